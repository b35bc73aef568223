import { Edit, SimpleForm, TextInput, maxLength, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';

export function ClientEdit() {
  return (
    <Edit mutationMode="pessimistic">
      {/* A client is never deleted from the panel: it holds everything of the company it serves. */}
      <SimpleForm toolbar={<EditToolbar canDelete={() => false} />}>
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="slug" disabled />
        <TextInput source="brandName" validate={[required(), maxLength(200)]} fullWidth />
      </SimpleForm>
    </Edit>
  );
}
