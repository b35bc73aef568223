import { BooleanInput, CheckboxGroupInput, Edit, SimpleForm, TextInput, Toolbar, SaveButton, maxLength, required } from 'react-admin';
import { eventChoices } from './choices';
import { DeliveryLog } from './DeliveryLog';
import { RegenerateSecretButton } from './RegenerateSecretButton';
import { WebhookState } from './WebhookState';

function EditToolbar() {
  return (
    <Toolbar>
      <SaveButton />
      <RegenerateSecretButton />
    </Toolbar>
  );
}

export function WebhookEdit() {
  return (
    <Edit mutationMode="pessimistic">
      <SimpleForm toolbar={<EditToolbar />}>
        <WebhookState />
        <TextInput source="url" validate={[required(), maxLength(2000)]} fullWidth helperText="repbase.webhooks.urlHelp" />
        <CheckboxGroupInput source="events" choices={eventChoices} validate={required()} row={false} />
        <BooleanInput source="active" />
        <TextInput source="secretPrefix" disabled format={(prefix: string) => (prefix ? `${prefix}…` : '')} />
        <DeliveryLog />
      </SimpleForm>
    </Edit>
  );
}
