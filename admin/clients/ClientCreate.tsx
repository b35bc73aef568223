import { Create, SimpleForm, TextInput, maxLength, regex, required } from 'react-admin';

const slugRule = regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a-z, 0-9, -');

export function ClientCreate() {
  return (
    <Create redirect="list">
      <SimpleForm>
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="slug" validate={[required(), slugRule, maxLength(60)]} />
        <TextInput source="brandName" validate={[required(), maxLength(200)]} fullWidth />
      </SimpleForm>
    </Create>
  );
}
