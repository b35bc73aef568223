import { BooleanInput, Edit, PasswordInput, SimpleForm, TextInput, email, minLength, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { MembershipPanel } from './MembershipPanel';

export function UserEdit() {
  return (
    <Edit mutationMode="pessimistic" aside={undefined}>
      <SimpleForm toolbar={<EditToolbar canDelete={(record) => record.isActive} confirmContent="deletes.user" />}>
        <TextInput source="name" validate={required()} fullWidth />
        <TextInput source="email" validate={[required(), email()]} fullWidth />
        <PasswordInput source="password" validate={minLength(8)} helperText={false} />
        <BooleanInput source="isAdmin" />
        <BooleanInput source="isActive" />
        <MembershipPanel />
      </SimpleForm>
    </Edit>
  );
}
