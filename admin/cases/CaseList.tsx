import PersonIcon from '@mui/icons-material/Person';
import { Typography } from '@mui/material';
import {
  Button,
  Datagrid,
  FunctionField,
  List,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  useGetIdentity,
  useListContext,
  usePermissions,
  useTranslate,
} from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { csvExporter } from '../common/csv';
import { ExportActions } from '../common/ExportActions';
import { caseStatusChoices, categoryChoices, sentimentChoices } from '../crm/choices';
import { StatusChip } from '../crm/StatusChip';
import { CaseBulkActions } from './CaseBulkActions';
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
  id: string;
  status: string;
  category: string | null;
  requestedAt: string;
  representative: { name: string } | null;
  isOverdue: boolean;
  deadlineAt: string | null;
  platform: { name: string } | null;
  author: { handle: string; name: string | null } | null;
  mention: { text: string } | null;
}

const exporter = csvExporter<Row>('cases', [
  { header: 'id', value: (row) => row.id },
  { header: 'status', value: (row) => row.status },
  { header: 'requestedAt', value: (row) => row.requestedAt },
  { header: 'deadlineAt', value: (row) => row.deadlineAt ?? '' },
  { header: 'overdue', value: (row) => (row.isOverdue ? 'yes' : '') },
  { header: 'platform', value: (row) => row.platform?.name ?? '' },
  { header: 'author', value: (row) => row.author?.name ?? row.author?.handle ?? '' },
  { header: 'category', value: (row) => row.category ?? '' },
  { header: 'representative', value: (row) => row.representative?.name ?? '' },
  { header: 'text', value: (row) => row.mention?.text ?? '' },
]);

/** "My cases": the queue narrowed to the cases assigned to the signed-in representative; pressed again, everyone's. */
function MyCasesButton() {
  const { identity } = useGetIdentity();
  const { filterValues, setFilters, displayedFilters } = useListContext();
  if (!identity?.id || identity.id === 'key') return null;
  const mine = filterValues.representativeUserId === identity.id;
  const toggle = () => {
    const { representativeUserId: _mine, ...others } = filterValues;
    setFilters(mine ? others : { ...others, representativeUserId: identity.id }, displayedFilters);
  };
  return (
    <Button label="workflows.cases.mine" onClick={toggle} variant={mine ? 'contained' : 'text'} data-testid="my-cases" aria-pressed={mine}>
      <PersonIcon />
    </Button>
  );
}

function ListActions() {
  return (
    <ExportActions>
      <MyCasesButton />
    </ExportActions>
  );
}

/** The case queue: what came in, what is waiting, what is overdue; bulk moves and assignment, export, "my cases". */
export function CaseList() {
  const format = useFormat();
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  return (
    <List filters={filters} sort={{ field: 'requestedAt', order: 'DESC' }} exporter={exporter} actions={<ListActions />}>
      <Datagrid rowClick="show" bulkActionButtons={can(permissions, 'PR_SPECIALIST', 'REPRESENTATIVE') ? <CaseBulkActions /> : false} rowSx={(record) => (record.isOverdue ? { backgroundColor: 'rgba(211, 47, 47, 0.06)' } : {})}>
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
        <FunctionField label="workflows.cases.representative" sortable={false} render={(record: Row) => record.representative?.name ?? '—'} />
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
