import UploadIcon from '@mui/icons-material/UploadFile';
import { Button } from '@mui/material';
import { CreateButton, Datagrid, List, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, TextField, TextInput, TopToolbar, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { csvExporter } from '../common/csv';
import { DateField, NumberField } from '../common/format';
import { enteredMetricChoices } from './graphql';

const filters = [
  <SelectInput key="metric" source="metric" choices={enteredMetricChoices} alwaysOn />,
  <ReferenceInput key="platformId" source="platformId" reference="platforms" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <TextInput key="dayFrom" source="dayFrom" type="date" alwaysOn />,
  <TextInput key="dayTo" source="dayTo" type="date" alwaysOn />,
  <SearchInput key="q" source="q" />,
];

interface EntryRow {
  metric: string;
  platformId: string;
  day: string;
  value: number;
  source: string;
}

const exporter = csvExporter<EntryRow>('metric-entries', [
  { header: 'metric', value: (row) => row.metric },
  { header: 'platform', value: (row) => row.platformId },
  { header: 'day', value: (row) => row.day },
  { header: 'value', value: (row) => row.value },
  { header: 'source', value: (row) => row.source },
]);

function Actions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <CreateButton />
      <Button component={Link} to="/metric-entries/import" size="small" startIcon={<UploadIcon />} data-testid="metric-import">
        {translate('kpis.import.button')}
      </Button>
    </TopToolbar>
  );
}

export function MetricEntryList() {
  return (
    <List filters={filters} sort={{ field: 'day', order: 'DESC' }} exporter={exporter} actions={<Actions />}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <DateField source="day" />
        <SelectField source="metric" choices={enteredMetricChoices} />
        <ReferenceField source="platformId" reference="platforms" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <NumberField source="value" />
        <TextField source="source" />
        <DateField source="updatedAt" showTime />
      </Datagrid>
    </List>
  );
}
