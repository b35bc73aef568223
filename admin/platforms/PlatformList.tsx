import { Datagrid, List, SearchInput, SelectField, SelectInput, TextField, UrlField, usePermissions, useTranslate } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { csvExporter } from '../common/csv';
import { ExportActions } from '../common/ExportActions';
import { agreementChoices, platformKindChoices } from './choices';
import { NumberField } from '../common/format';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="kind" source="kind" choices={platformKindChoices} />];

interface PlatformRow {
  name: string;
  kind: string;
  url: string | null;
  agreementStatus: string;
  replyLengthLimit: number | null;
}

const exporter = csvExporter<PlatformRow>('platforms', [
  { header: 'name', value: (row) => row.name },
  { header: 'kind', value: (row) => row.kind },
  { header: 'url', value: (row) => row.url ?? '' },
  { header: 'agreementStatus', value: (row) => row.agreementStatus },
  { header: 'replyLengthLimit', value: (row) => row.replyLengthLimit ?? '' },
]);

/** The outside site, in a new tab (UrlField already keeps the click from also opening the row). */
function PlatformLink() {
  const translate = useTranslate();
  return (
    <UrlField
      source="url"
      emptyText="—"
      target="_blank"
      rel="noopener noreferrer"
      title={translate('workflows.platforms.opensInNewTab')}
    />
  );
}

export function PlatformList() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} exporter={exporter} actions={<ExportActions />}>
      <Datagrid rowClick={can(permissions, 'PR_SPECIALIST') ? 'edit' : false} bulkActionButtons={false}>
        <TextField source="name" />
        <SelectField source="kind" choices={platformKindChoices} />
        <PlatformLink />
        <SelectField source="agreementStatus" choices={agreementChoices} />
        <NumberField source="replyLengthLimit" emptyText="—" />
      </Datagrid>
    </List>
  );
}
