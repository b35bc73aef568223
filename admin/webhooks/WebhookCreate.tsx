import { useState } from 'react';
import { BooleanInput, CheckboxGroupInput, Create, SimpleForm, TextInput, maxLength, required, useRedirect } from 'react-admin';
import { eventChoices } from './choices';
import { SecretDialog } from '../common/SecretDialog';

/** Registers an endpoint and shows its signing secret once. */
export function WebhookCreate() {
  const [created, setCreated] = useState<{ id: string; secret: string } | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create mutationOptions={{ onSuccess: (record) => setCreated({ id: String((record as { id: string }).id), secret: (record as { secret?: string }).secret ?? '' }) }}>
        <SimpleForm defaultValues={{ events: ['CASE_CREATED'], active: true }}>
          <TextInput source="url" validate={[required(), maxLength(2000)]} fullWidth helperText="repbase.webhooks.urlHelp" />
          <CheckboxGroupInput source="events" choices={eventChoices} validate={required()} row={false} />
          <BooleanInput source="active" />
        </SimpleForm>
      </Create>
      <SecretDialog messages="repbase.webhooks" testId="webhook-secret" secret={created?.secret ?? null} onDone={() => redirect('edit', 'webhook-endpoints', created?.id)} />
    </>
  );
}
