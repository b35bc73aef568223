import { Typography } from '@mui/material';
import { Datagrid, FunctionField, List, ReferenceInput, SearchInput, SelectField, SelectInput, useTranslate } from 'react-admin';
import { caseStatusChoices, categoryChoices, sentimentChoices } from '../crm/choices';
import { StatusChip } from '../crm/StatusChip';
import { DateField, useFormat } from '../common/format';

const overdueChoices = [
  { id: true, name: 'crm.case.overdue' },
];

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={caseStatusChoices} alwaysOn />,
  <SelectInput key="category" source="category" choices={categoryChoices} alwaysOn />,
  <ReferenceInput key="platformId" source="platformId" reference="platforms" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="overdue" source="overdue" choices={overdueChoices} alwaysOn />,
  <SelectInput key="sentiment" source="sentiment" choices={sentimentChoices} />,
];

interface Row {
  status: string;
  isOverdue: boolean;
  deadlineAt: string | null;
  platform: { name: string } | null;
  author: { handle: string; name: string | null } | null;
  mention: { text: string } | null;
}

/** The case queue: what came in, what is waiting, what is overdue. */
export function CaseList() {
  const format = useFormat();
  const translate = useTranslate();
  return (
    <List filters={filters} sort={{ field: 'requestedAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false} rowSx={(record) => (record.isOverdue ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {})}>
        <FunctionField source="status" render={(record: Row) => <StatusChip status={record.status} />} />
        <DateField source="requestedAt" showTime />
        <FunctionField source="platform" sortable={false} render={(record: Row) => record.platform?.name ?? ''} />
        <FunctionField source="author" sortable={false} render={(record: Row) => record.author?.name ?? record.author?.handle ?? ''} />
        <FunctionField
          source="mention"
          sortable={false}
          render={(record: Row) => (
            <Typography variant="body2" sx={{ maxWidth: 420, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
              {record.mention?.text ?? ''}
            </Typography>
          )}
        />
        <SelectField source="category" choices={categoryChoices} emptyText="—" />
        <FunctionField
          source="deadlineAt"
          render={(record: Row) =>
            record.deadlineAt ? (
              <Typography variant="body2" color={record.isOverdue ? 'error' : 'inherit'} data-testid={record.isOverdue ? 'overdue' : undefined}>
                {format.dateTime(record.deadlineAt)}
                {record.isOverdue ? ` · ${translate('crm.case.overdue')}` : ''}
              </Typography>
            ) : (
              '—'
            )
          }
        />
      </Datagrid>
    </List>
  );
}
