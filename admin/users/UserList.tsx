import { BooleanField, Datagrid, List, ReferenceInput, SearchInput, SelectInput, TextField } from 'react-admin';
import { RoleChips } from './RoleChips';
import { clientRoleChoices } from './roleChoices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="clientId" source="clientId" reference="clients">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="role" source="role" choices={clientRoleChoices} />,
];

export function UserList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="email" />
        <RoleChips label="resources.users.fields.memberships" />
        <BooleanField source="isActive" />
      </Datagrid>
    </List>
  );
}
