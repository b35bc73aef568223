import { Chip, Stack } from '@mui/material';
import { CreateButton, Datagrid, FunctionField, List, SearchInput, SelectField, SelectInput, TextField, TopToolbar, usePermissions, useTranslate } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { categoryChoices } from './choices';
import { TopicField } from '../common/topics';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />];

interface ReplySummary {
  status: string;
}

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
  return <TopToolbar>{can(permissions, 'PR_SPECIALIST') && <CreateButton />}</TopToolbar>;
}

export function SituationList() {
  return (
    <List filters={filters} sort={{ field: 'title', order: 'ASC' }} exporter={false} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" />
        <TextField source="key" />
        <SelectField source="category" choices={categoryChoices} />
        <TopicField source="topic" />
        <FunctionField source="replies" sortable={false} render={(record: { replies: ReplySummary[] }) => <ReplyCounts replies={record.replies} />} />
      </Datagrid>
    </List>
  );
}
