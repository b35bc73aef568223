import { BooleanInput, Datagrid, DateTimeInput, List, TextField, TextInput, usePermissions } from 'react-admin';
import type { Permissions } from '../authProvider';
import { AuditDiff } from './AuditDiff';
import { DateField } from '../common/format';

export function AuditEventList() {
  const { permissions } = usePermissions<Permissions>();
  const filters = [
    <TextInput key="actor" source="actor" alwaysOn />,
    <TextInput key="entityType" source="entityType" />,
    <TextInput key="action" source="action" />,
    <TextInput key="entityId" source="entityId" />,
    <DateTimeInput key="from" source="from" />,
    <DateTimeInput key="to" source="to" />,
    ...(permissions?.isAdmin ? [<BooleanInput key="agencyWide" source="agencyWide" label="repbase.audit.agencyWide" />] : []),
  ];
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="expand" expand={<AuditDiff />} bulkActionButtons={false}>
        <DateField source="createdAt" showTime />
        <TextField source="actorLabel" />
        <TextField source="action" />
        <TextField source="entityType" />
        <TextField source="entityId" sortable={false} />
      </Datagrid>
    </List>
  );
}
