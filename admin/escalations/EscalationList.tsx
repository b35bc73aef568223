import { Button, Typography } from '@mui/material';
import { Datagrid, FunctionField, List, SelectField, SelectInput, TextField, useCreatePath, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { can, type Permissions } from '../authProvider';
import { csvExporter } from '../common/csv';
import { ExportActions } from '../common/ExportActions';
import { escalationStatusChoices } from '../crm/choices';
import { DateField, useFormat } from '../common/format';

const filters = [
  <SelectInput key="status" source="status" choices={escalationStatusChoices} alwaysOn />,
  <SelectInput key="overdue" source="overdue" choices={[{ id: true, name: 'crm.questions.overdue' }]} alwaysOn />,
];

interface Row {
  id: string;
  status: string;
  caseId: string;
  question: string;
  assigneeName: string;
  assigneePosition: string | null;
  dueAt: string | null;
  isOverdue: boolean;
}

const exporter = csvExporter<Row & { createdAt: string; answer: string | null }>('escalations', [
  { header: 'status', value: (row) => row.status },
  { header: 'question', value: (row) => row.question },
  { header: 'assignee', value: (row) => (row.assigneePosition ? `${row.assigneeName}, ${row.assigneePosition}` : row.assigneeName) },
  { header: 'dueAt', value: (row) => row.dueAt ?? '' },
  { header: 'overdue', value: (row) => (row.isOverdue ? 'yes' : '') },
  { header: 'createdAt', value: (row) => row.createdAt },
  { header: 'answer', value: (row) => row.answer ?? '' },
]);

/** The PR specialist's escalation queue: questions waiting, answers to archive into the base. */
export function EscalationList() {
  const format = useFormat();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { permissions } = usePermissions<Permissions>();
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={exporter} actions={<ExportActions create={false} />}>
      <Datagrid rowClick={(_id, _resource, record) => createPath({ resource: 'cases', id: record.caseId, type: 'show' })} bulkActionButtons={false}>
        <SelectField source="status" choices={escalationStatusChoices} />
        <TextField source="question" />
        <FunctionField source="assigneeName" render={(record: Row) => (record.assigneePosition ? `${record.assigneeName}, ${record.assigneePosition}` : record.assigneeName)} />
        <FunctionField
          source="dueAt"
          render={(record: Row) =>
            record.dueAt ? (
              <Typography variant="body2" color={record.isOverdue ? 'error' : 'inherit'}>
                {format.dateTime(record.dueAt)}
              </Typography>
            ) : (
              '—'
            )
          }
        />
        <DateField source="createdAt" showTime />
        <FunctionField
          render={(record: Row) =>
            record.status === 'ANSWERED' && can(permissions, 'PR_SPECIALIST') ? (
              <Button size="small" variant="contained" component={RouterLink} to={`/escalations/${record.id}/archive`} onClick={(event) => event.stopPropagation()}>
                {translate('crm.escalations.archive')}
              </Button>
            ) : null
          }
        />
      </Datagrid>
    </List>
  );
}
