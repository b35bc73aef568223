import { Alert, Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { CheckboxGroupInput, Create, NumberInput, SimpleForm, TextInput, maxLength, maxValue, minValue, required, useRedirect, useTranslate } from 'react-admin';
import { scopeChoices } from './scopeChoices';

/** Creates a key and shows its secret once, in a dialog that must be acknowledged. */
export function ApiKeyCreate() {
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const translate = useTranslate();
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
      <Dialog open={secret !== null} maxWidth="md">
        <DialogTitle>{translate('repbase.apiKeys.secretTitle')}</DialogTitle>
        <DialogContent>
          <Alert severity="warning" sx={{ mb: 2 }}>
            {translate('repbase.apiKeys.secretWarning')}
          </Alert>
          <Box sx={{ p: 2, bgcolor: 'grey.100', borderRadius: 1 }}>
            <Typography data-testid="api-key-secret" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
              {secret}
            </Typography>
          </Box>
        </DialogContent>
        <DialogActions>
          <MuiButton
            onClick={() => {
              void navigator.clipboard?.writeText(secret ?? '');
              setCopied(true);
            }}
          >
            {translate(copied ? 'repbase.apiKeys.copied' : 'repbase.apiKeys.copy')}
          </MuiButton>
          <MuiButton
            variant="contained"
            onClick={() => {
              setSecret(null);
              redirect('list', 'api-keys');
            }}
          >
            {translate('repbase.apiKeys.done')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
