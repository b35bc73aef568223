import { Create, Datagrid, Edit, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, SimpleForm, TextField, TextInput, maxLength, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';

export function CategoryList() {
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="parentId" reference="question-categories" link={false} emptyText="—" />
        <TextField source="description" emptyText="—" />
      </Datagrid>
    </List>
  );
}

function CategoryForm() {
  return (
    <SimpleForm toolbar={<EditToolbar canDelete={() => true} />}>
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="description" multiline fullWidth />
      <ReferenceInput source="parentId" reference="question-categories">
        <SelectInput optionText="name" emptyText="—" />
      </ReferenceInput>
    </SimpleForm>
  );
}

export const CategoryCreate = () => (
  <Create redirect="list">
    <CategoryForm />
  </Create>
);

export const CategoryEdit = () => (
  <Edit mutationMode="pessimistic">
    <CategoryForm />
  </Edit>
);
