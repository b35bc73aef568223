import { useState } from 'react';
import { CheckboxGroupInput, Create, NumberInput, SimpleForm, TextInput, maxLength, maxValue, minValue, required, useRedirect } from 'react-admin';
import { SecretDialog } from '../common/SecretDialog';
import { scopeChoices } from './scopeChoices';

/** Creates a key and shows its secret once, in a dialog that must be acknowledged. */
export function ApiKeyCreate() {
  const [secret, setSecret] = useState<string | null>(null);
  const redirect = useRedirect();
  return (
    <>
      <Create mutationOptions={{ onSuccess: (created) => setSecret((created as { secret?: string }).secret ?? null) }}>
        <SimpleForm defaultValues={{ scopes: ['REPLIES_READ'], requestsPerMinute: 300 }}>
          <TextInput source="name" validate={[required(), maxLength(200)]} fullWidth />
          <CheckboxGroupInput source="scopes" choices={scopeChoices} validate={required()} row={false} />
          <NumberInput source="requestsPerMinute" step={1} validate={[required(), minValue(1), maxValue(100_000)]} />
        </SimpleForm>
      </Create>
      <SecretDialog
        secret={secret}
        messages="repbase.apiKeys"
        testId="api-key-secret"
        onDone={() => {
          setSecret(null);
          redirect('list', 'api-keys');
        }}
      />
    </>
  );
}
