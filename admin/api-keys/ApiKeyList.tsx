import { Datagrid, FunctionField, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { RevokeButton } from './RevokeButton';
import { ScopeChips } from './ScopeChips';
import { DateField, NumberField, useFormat } from '../common/format';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput
    key="revoked"
    source="revoked"
    choices={[
      { id: false, name: 'repbase.apiKeys.active' },
      { id: true, name: 'repbase.apiKeys.revokedState' },
    ]}
  />,
];

export function ApiKeyList() {
  const format = useFormat();
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick={false} bulkActionButtons={false}>
        <TextField source="name" />
        <FunctionField source="prefix" render={(record: { prefix: string }) => `${record.prefix}…`} />
        <ScopeChips label="resources.api-keys.fields.scopes" />
        <NumberField source="requestsPerMinute" />
        <TextField source="createdBy.name" label="resources.api-keys.fields.createdBy" sortable={false} />
        <DateField source="createdAt" showTime />
        <DateField source="lastUsedAt" showTime emptyText="—" />
        <FunctionField
          source="revokedAt"
          render={(record: { revokedAt: string | null }) =>
            record.revokedAt ? `${translate('repbase.apiKeys.revokedState')} ${format.dateTime(record.revokedAt)}` : translate('repbase.apiKeys.active')
          }
        />
        <RevokeButton />
      </Datagrid>
    </List>
  );
}
