import { BooleanInput, Create, PasswordInput, SimpleForm, TextInput, email, minLength, required } from 'react-admin';

export function UserCreate() {
  return (
    <Create redirect="edit">
      <SimpleForm>
        <TextInput source="name" validate={required()} fullWidth />
        <TextInput source="email" validate={[required(), email()]} fullWidth />
        <PasswordInput source="password" validate={[required(), minLength(8)]} />
        <BooleanInput source="isAdmin" />
      </SimpleForm>
    </Create>
  );
}
