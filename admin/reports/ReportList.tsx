import { BooleanInput, Datagrid, FunctionField, List, SelectInput, TextField, usePermissions, useTranslate } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { useFormat } from '../common/format';
import type { ReportRecord } from './graphql';
import { ReportStatusChip } from './ReportStatusChip';

const STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];

function Period() {
  const format = useFormat();
  return <FunctionField<ReportRecord> source="firstDay" render={(report) => `${format.date(report.firstDay)} – ${format.date(report.lastDay)}`} />;
}

/** A PR specialist opens on the queue of reports awaiting review; a representative sees their own. */
export function ReportList() {
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const reviewer = can(permissions, 'PR_SPECIALIST');
  const filters = [
    <SelectInput key="status" source="status" choices={STATUSES.map((status) => ({ id: status, name: translate(`reports.statuses.${status}`) }))} alwaysOn />,
    ...(reviewer ? [<BooleanInput key="awaitingReview" source="awaitingReview" alwaysOn />] : []),
  ];
  return (
    <List filters={filters} filterDefaultValues={reviewer ? { awaitingReview: true } : {}} sort={{ field: 'firstDay', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <Period />
        <TextField source="representativeName" sortable={false} />
        <TextField source="platform.name" emptyText={translate('reports.allPlatforms')} sortable={false} />
        <FunctionField source="status" render={() => <ReportStatusChip />} />
      </Datagrid>
    </List>
  );
}
