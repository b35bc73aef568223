import { ArrayInput, BooleanInput, SelectInput, SimpleForm, SimpleFormIterator, TextInput, maxLength, regex, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { categoryChoices } from './choices';

const slug = regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'repbase.situations.slugRule');

export function SituationForm({ editing = false }: { editing?: boolean }) {
  return (
    <SimpleForm toolbar={<EditToolbar canDelete={(record) => !record.isArchived} confirmContent="deletes.situation" />}>
      <TextInput source="title" validate={[required(), maxLength(300)]} fullWidth />
      <TextInput source="key" validate={[required(), slug, maxLength(120)]} helperText="repbase.situations.keyHelp" />
      <SelectInput source="category" choices={categoryChoices} validate={required()} />
      <TextInput source="topic" validate={slug} helperText="repbase.situations.topicHelp" />
      <ArrayInput source="examples">
        <SimpleFormIterator disableReordering fullWidth>
          <TextInput source="text" label="resources.situations.fields.exampleText" validate={required()} multiline fullWidth helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
      {editing && <BooleanInput source="isArchived" />}
    </SimpleForm>
  );
}
