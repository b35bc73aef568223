import { Datagrid, List, SearchInput, TextField } from 'react-admin';
import { DateField } from '../common/format';
import { EventChips } from './EventChips';
import { WebhookState } from './WebhookState';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export function WebhookList() {
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="url" />
        <EventChips label="resources.webhook-endpoints.fields.events" />
        <WebhookState label="resources.webhook-endpoints.fields.active" />
        <TextField source="disabledReason" emptyText="—" sortable={false} />
        <DateField source="createdAt" showTime />
      </Datagrid>
    </List>
  );
}
