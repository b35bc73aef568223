import { Create, Edit, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput, maxLength, minValue, required } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { enteredMetricChoices } from './graphql';

const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

/** Metric, platform and day say what the entry is: a correction changes only the figure and its source. */
function MetricEntryForm({ editing = false }: { editing?: boolean }) {
  return (
    <SimpleForm toolbar={<EditToolbar canDelete={() => true} />}>
      <SelectInput source="metric" choices={enteredMetricChoices} validate={required()} disabled={editing} />
      <ReferenceInput source="platformId" reference="platforms">
        <SelectInput optionText="name" validate={required()} disabled={editing} />
      </ReferenceInput>
      <TextInput source="day" type="date" validate={required()} disabled={editing} defaultValue={editing ? undefined : yesterday()} />
      <NumberInput source="value" validate={[required(), minValue(0)]} />
      <TextInput source="source" validate={maxLength(200)} fullWidth />
    </SimpleForm>
  );
}

export function MetricEntryCreate() {
  return (
    <Create redirect="list">
      <MetricEntryForm />
    </Create>
  );
}

export function MetricEntryEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <MetricEntryForm editing />
    </Edit>
  );
}
