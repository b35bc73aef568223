import { BooleanInput, Edit, SimpleForm, TextField, TextInput } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { AccountsPanel } from './AccountsPanel';

export function RepresentativeEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar canDelete={(record) => record.isActive} confirmContent="deletes.representative" />}>
        <TextField source="name" variant="h6" />
        <TextInput source="note" multiline fullWidth />
        <BooleanInput source="isActive" />
        <AccountsPanel />
      </SimpleForm>
    </Edit>
  );
}
