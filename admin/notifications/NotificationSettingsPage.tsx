import { Card, CardContent, Checkbox, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';

interface Channels {
  kind: string;
  inApp: boolean;
  email: boolean;
}

/** Each person chooses, per kind, the bell and e-mail. E-mail goes out only where the server has SMTP settings. */
export function NotificationSettingsPage() {
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const [rows, setRows] = useState<Channels[]>([]);

  useEffect(() => {
    void call<{ myNotificationPreferences: Channels[] }>('{ myNotificationPreferences { kind inApp email } }').then((answer) => answer && setRows(answer.myNotificationPreferences));
  }, [call]);

  const change = async (row: Channels, changes: Partial<Channels>) => {
    const next = { ...row, ...changes };
    const answer = await call<{ setNotificationPreference: Channels }>(
      'mutation($kind: NotificationKind!, $inApp: Boolean!, $email: Boolean!) { setNotificationPreference(kind: $kind, inApp: $inApp, email: $email) { kind inApp email } }',
      next,
      { success: 'notifications.saved' },
    );
    if (answer) setRows((current) => current.map((item) => (item.kind === row.kind ? answer.setNotificationPreference : item)));
  };

  return (
    <Card>
      <Title title={translate('notifications.settingsTitle')} />
      <CardContent>
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {translate('notifications.settingsIntro')}
        </Typography>
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('notifications.kindColumn')}</TableCell>
              <TableCell align="center">{translate('notifications.inApp')}</TableCell>
              <TableCell align="center">{translate('notifications.email')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.kind}>
                <TableCell>{translate(`notifications.kinds.${row.kind}`)}</TableCell>
                <TableCell align="center">
                  <Checkbox checked={row.inApp} disabled={busy} onChange={(event) => void change(row, { inApp: event.target.checked })} slotProps={{ input: { 'aria-label': `${row.kind} inApp` } }} />
                </TableCell>
                <TableCell align="center">
                  <Checkbox checked={row.email} disabled={busy} onChange={(event) => void change(row, { email: event.target.checked })} slotProps={{ input: { 'aria-label': `${row.kind} email` } }} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
