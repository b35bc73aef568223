import { BooleanInput, Edit, SimpleForm, TextField, TextInput } from 'react-admin';
import { AccountsPanel } from './AccountsPanel';

export function RepresentativeEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm>
        <TextField source="name" variant="h6" />
        <TextInput source="note" multiline fullWidth />
        <BooleanInput source="isActive" />
        <AccountsPanel />
      </SimpleForm>
    </Edit>
  );
}
