import { AutocompleteInput, Edit, NumberInput, SimpleForm, TextInput, maxLength, minValue, maxValue, required, useTranslate } from 'react-admin';
import { EditToolbar } from '../common/EditToolbar';

// The zones this browser knows: the API checks the same IANA names (IsTimeZone).
const TIME_ZONES = (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? ['Europe/Moscow'];
const timeZoneChoices = TIME_ZONES.map((zone) => ({ id: zone, name: zone }));

export function ClientEdit() {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic">
      {/* A client is never deleted from the panel: it holds everything of the company it serves. */}
      <SimpleForm toolbar={<EditToolbar canDelete={() => false} />}>
        <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
        <TextInput source="slug" disabled />
        <TextInput source="brandName" validate={[required(), maxLength(200)]} fullWidth />
        <AutocompleteInput source="timeZone" choices={timeZoneChoices} validate={required()} helperText={translate('resources.clients.helpers.timeZone')} />
        <NumberInput
          source="callCentreAnswerMinutes"
          min={0}
          step={1}
          validate={[minValue(0), maxValue(100000)]}
          helperText={translate('resources.clients.helpers.callCentreAnswerMinutes')}
        />
      </SimpleForm>
    </Edit>
  );
}
