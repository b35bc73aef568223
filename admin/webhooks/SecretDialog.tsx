import { Alert, Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** The signing secret, shown once; the dialog must be acknowledged. */
export function SecretDialog({ secret, onDone }: { secret: string | null; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const translate = useTranslate();
  return (
    <Dialog open={secret !== null} maxWidth="md">
      <DialogTitle>{translate('repbase.webhooks.secretTitle')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('repbase.webhooks.secretWarning')}
        </Alert>
        <Box sx={{ p: 2, bgcolor: 'grey.100', borderRadius: 1 }}>
          <Typography data-testid="webhook-secret" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
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
          {translate(copied ? 'repbase.webhooks.copied' : 'repbase.webhooks.copy')}
        </MuiButton>
        <MuiButton variant="contained" onClick={onDone}>
          {translate('repbase.webhooks.done')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}
