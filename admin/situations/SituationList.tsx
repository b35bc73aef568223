import { Chip, Stack } from '@mui/material';
import { CreateButton, Datagrid, ExportButton, FilterButton, FunctionField, List, SearchInput, SelectField, SelectInput, TextField, TopToolbar, usePermissions, useTranslate } from 'react-admin';
import { ARGUMENT_BASE_HEADER, EXAMPLE_SEPARATOR } from '../argument-base-import/format';
import { can, type Permissions } from '../authProvider';
import { csvExporter } from '../common/csv';
import { EXPORT_MAX_ROWS } from '../common/ExportActions';
import { TopicField } from '../common/briefInForce';
import { session } from '../session';
import { categoryChoices } from './choices';
import { SituationBulkActions } from './SituationBulkActions';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />];

interface ReplySummary {
  status: string;
  text?: string;
}

interface SituationRow {
  key: string;
  title: string;
  category: string;
  topic: string | null;
  examples: { text: string }[];
  replies: ReplySummary[];
}

/** The list exported in the public argument-base format, so the file can be edited and imported back. */
const columns: ((row: SituationRow) => unknown)[] = [
  () => session.clientSlug() ?? '',
  (row) => row.key,
  (row) => row.title,
  (row) => row.category,
  (row) => row.examples.map((example) => example.text).join(EXAMPLE_SEPARATOR),
  (row) => row.replies.find((reply) => reply.status === 'APPROVED')?.text ?? '',
  (row) => row.topic ?? '',
];
const exporter = csvExporter<SituationRow>('argument-base', columns.map((value, index) => ({ header: ARGUMENT_BASE_HEADER[index], value })));

/** How many replies of each status a situation has, as chips (drafts are visible to PR only). */
function ReplyCounts({ replies }: { replies: ReplySummary[] }) {
  const translate = useTranslate();
  const approved = replies.filter((reply) => reply.status === 'APPROVED').length;
  const drafts = replies.filter((reply) => reply.status === 'DRAFT').length;
  return (
    <Stack direction="row" spacing={1}>
      <Chip size="small" color={approved ? 'success' : 'default'} label={translate('repbase.situations.approvedCount', { count: approved })} />
      {drafts > 0 && <Chip size="small" color="warning" label={translate('repbase.situations.draftCount', { count: drafts })} />}
    </Stack>
  );
}

function ListActions() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <TopToolbar>
      <FilterButton />
      {can(permissions, 'PR_SPECIALIST') && <CreateButton />}
      <ExportButton maxResults={EXPORT_MAX_ROWS} />
    </TopToolbar>
  );
}

export function SituationList() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <List filters={filters} sort={{ field: 'title', order: 'ASC' }} exporter={exporter} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={can(permissions, 'PR_SPECIALIST') ? <SituationBulkActions /> : false}>
        <TextField source="title" />
        <TextField source="key" />
        <SelectField source="category" choices={categoryChoices} />
        <TopicField source="topic" />
        <FunctionField source="replies" sortable={false} render={(record: { replies: ReplySummary[] }) => <ReplyCounts replies={record.replies} />} />
      </Datagrid>
    </List>
  );
}
