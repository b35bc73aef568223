import { Datagrid, List, SearchInput, SelectField, SelectInput, TextField, UrlField, usePermissions } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { agreementChoices, platformKindChoices } from './choices';
import { NumberField } from '../common/format';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={platformKindChoices} />];

export function PlatformList() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={can(permissions, 'PR_SPECIALIST') ? 'edit' : false} bulkActionButtons={false}>
        <TextField source="name" />
        <SelectField source="kind" choices={platformKindChoices} />
        <UrlField source="url" emptyText="—" />
        <SelectField source="agreementStatus" choices={agreementChoices} />
        <NumberField source="replyLengthLimit" emptyText="—" />
      </Datagrid>
    </List>
  );
}
