import { Datagrid, List, SearchInput, TextField, usePermissions } from 'react-admin';
import type { Permissions } from '../authProvider';
import { DateField } from '../common/format';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function ClientList() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={permissions?.isAdmin ? 'edit' : false} bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="slug" />
        <TextField source="brandName" />
        <DateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
