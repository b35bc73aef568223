import { Alert, Box, Button, List, ListItem, ListItemText, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Permissions } from '../authProvider';
import { useApiCall } from '../useApiCall';

interface Account {
  id: string;
  handle: string;
  displayName: string;
  profileUrl: string;
  platform: { id: string; name: string } | null;
}

/** A representative's official accounts, one per platform, each openly named as the brand. */
export function AccountsPanel() {
  const record = useRecordContext<{ id: string; accounts: Account[] }>();
  const translate = useTranslate();
  const { call } = useApiCall();
  const refresh = useRefresh();
  const { permissions } = usePermissions<Permissions>();
  const brand = permissions?.clients.find((client) => client.slug === permissions.currentClient)?.name ?? '';
  const { data: platforms = [] } = useGetList('platforms', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const [platformId, setPlatformId] = useState('');
  const [handle, setHandle] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [profileUrl, setProfileUrl] = useState('');
  if (!record) return null;

  const add = async () => {
    const added = await call('mutation($input: CreateOfficialAccountInput!) { createOfficialAccount(input: $input) { id } }', {
      input: { representativeId: record.id, platformId, handle, displayName, profileUrl },
    }, { success: 'crm.representatives.added' });
    if (!added) return;
    setHandle('');
    setProfileUrl('');
    refresh();
  };

  return (
    <Box sx={{ mt: 2, width: '100%', maxWidth: 900 }}>
      <Typography variant="h6">{translate('crm.representatives.accounts')}</Typography>
      {record.accounts.length === 0 && <Typography color="text.secondary">{translate('crm.representatives.noAccounts')}</Typography>}
      <List dense>
        {record.accounts.map((account) => (
          <ListItem key={account.id}>
            <ListItemText primary={`${account.displayName} (@${account.handle})`} secondary={`${account.platform?.name ?? ''} · ${account.profileUrl}`} />
          </ListItem>
        ))}
      </List>
      <Alert severity="info" sx={{ mb: 1 }}>
        {translate('crm.representatives.disclosure', { brand })}
      </Alert>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
        <TextField select size="small" label={translate('crm.representatives.platform')} value={platformId} onChange={(event) => setPlatformId(event.target.value)} sx={{ minWidth: 220 }}>
          {platforms.map((platform) => (
            <MenuItem key={platform.id} value={platform.id}>
              {platform.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField size="small" label={translate('crm.representatives.handle')} value={handle} onChange={(event) => setHandle(event.target.value)} />
        <TextField size="small" label={translate('crm.representatives.displayName')} value={displayName} onChange={(event) => setDisplayName(event.target.value)} sx={{ minWidth: 280 }} />
        <TextField size="small" label={translate('crm.representatives.profileUrl')} value={profileUrl} onChange={(event) => setProfileUrl(event.target.value)} sx={{ minWidth: 260 }} />
        <Button variant="outlined" disabled={!platformId || !handle || !displayName || !profileUrl} onClick={() => void add()}>
          {translate('crm.representatives.addAccount')}
        </Button>
      </Box>
    </Box>
  );
}
