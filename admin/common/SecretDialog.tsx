import { Alert, Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A secret (an API key, a webhook's signing secret) shown once, in a dialog that must be
 * acknowledged. `messages` is the i18n prefix holding secretTitle, secretWarning, copy, copied, done.
 */
export function SecretDialog({ secret, onDone, messages, testId }: { secret: string | null; onDone: () => void; messages: string; testId: string }) {
  const [copied, setCopied] = useState(false);
  const translate = useTranslate();
  return (
    <Dialog open={secret !== null} maxWidth="md">
      <DialogTitle>{translate(`${messages}.secretTitle`)}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate(`${messages}.secretWarning`)}
        </Alert>
        <Box sx={{ p: 2, bgcolor: 'grey.100', borderRadius: 1 }}>
          <Typography data-testid={testId} sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
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
          {translate(copied ? `${messages}.copied` : `${messages}.copy`)}
        </MuiButton>
        <MuiButton variant="contained" onClick={onDone}>
          {translate(`${messages}.done`)}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}
