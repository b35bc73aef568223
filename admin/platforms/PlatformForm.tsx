import {
  ArrayInput,
  BooleanInput,
  DateInput,
  NumberInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxLength,
  minValue,
  required,
} from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';
import { agreementChoices, kpiMetricChoices, kpiPeriodChoices, platformKindChoices } from './choices';

export function PlatformForm({ editing = false }: { editing?: boolean }) {
  return (
    <SimpleForm toolbar={<EditToolbar canDelete={(record) => !record.isArchived} confirmContent="deletes.platform" />}>
      <SelectInput source="kind" choices={platformKindChoices} validate={required()} />
      <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="url" type="url" fullWidth />
      <TextInput source="audience" multiline fullWidth />
      <TextInput source="geography" fullWidth />
      <SelectInput source="agreementStatus" choices={agreementChoices} defaultValue="NOT_STARTED" />
      <TextInput source="agreementContact" fullWidth />
      <DateInput source="agreementDate" />
      <NumberInput source="replyLengthLimit" validate={minValue(1)} />
      <ArrayInput source="kpiCeilings">
        <SimpleFormIterator inline>
          <SelectInput source="metric" choices={kpiMetricChoices} validate={required()} />
          <NumberInput source="value" validate={[required(), minValue(0)]} />
          <SelectInput source="period" choices={kpiPeriodChoices} validate={required()} />
        </SimpleFormIterator>
      </ArrayInput>
      {editing && <BooleanInput source="isArchived" />}
    </SimpleForm>
  );
}
