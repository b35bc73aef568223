import { Edit, SimpleForm, TextInput, maxLength, required } from 'react-admin';

export function ClientEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="slug" disabled />
        <TextInput source="brandName" validate={[required(), maxLength(200)]} fullWidth />
      </SimpleForm>
    </Edit>
  );
}
