import { BooleanField, Datagrid, FunctionField, List, ReferenceInput, SelectField, SelectInput, TextField } from 'react-admin';
import { DateField, useFormat } from '../common/format';
import { kpiMetricChoices, kpiPeriodChoices } from '../platforms/choices';

const filters = [
  <SelectInput key="metric" source="metric" choices={kpiMetricChoices} alwaysOn />,
  <ReferenceInput key="platformId" source="platformId" reference="platforms" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

interface RevisionRow {
  oldTarget: number | null;
  newTarget: number | null;
}

/** "3 000 → 3 500"; "— → 20" for a new target, "10 → —" for a removed one. */
function Change() {
  const format = useFormat();
  const value = (target: number | null) => (target === null ? '—' : format.number(target));
  return <FunctionField<RevisionRow> source="newTarget" render={(row) => `${value(row.oldTarget)} → ${value(row.newTarget)}`} />;
}

export function KpiRevisionList() {
  return (
    <List filters={filters} sort={{ field: 'changedAt', order: 'DESC' }} exporter={false}>
      <Datagrid bulkActionButtons={false} rowClick={false}>
        <DateField source="changedAt" showTime />
        <SelectField source="metric" choices={kpiMetricChoices} />
        <SelectField source="period" choices={kpiPeriodChoices} />
        <TextField source="platform.name" emptyText="—" sortable={false} />
        <Change />
        <BooleanField source="isPriority" sortable={false} />
        <TextField source="reason" emptyText="—" sortable={false} />
        <TextField source="changedBy.name" emptyText="—" sortable={false} />
      </Datagrid>
    </List>
  );
}
