import DeleteIcon from '@mui/icons-material/RemoveCircle';
import { Box, Button, IconButton, List, ListItem, ListItemText, MenuItem, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetList, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';
import { clientRoleChoices } from './roleChoices';

interface Membership {
  id: string;
  role: string;
  client: { id: string; name: string };
}

/** A user's roles per client: list, take away, give a new one. Changes save at once. */
export function MembershipPanel() {
  const user = useRecordContext<{ id: string; memberships: Membership[] }>();
  const translate = useTranslate();
  const { call } = useApiCall();
  const refresh = useRefresh();
  const { data: clients = [] } = useGetList('clients', { pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } });
  const [clientId, setClientId] = useState('');
  const [role, setRole] = useState('');
  if (!user) return null;

  const run = async (query: string, variables: Record<string, unknown>, message: string) => {
    if (await call(query, variables, { success: message, resource: 'users' })) refresh();
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 640 }}>
      <Typography variant="h6">{translate('repbase.memberships.title')}</Typography>
      {user.memberships.length === 0 && <Typography color="text.secondary">{translate('repbase.memberships.empty')}</Typography>}
      <List dense>
        {user.memberships.map((membership) => (
          <ListItem
            key={membership.id}
            secondaryAction={
              <IconButton
                aria-label={translate('repbase.memberships.revoke')}
                onClick={() => void run('mutation($id: ID!) { revokeRole(id: $id) { id } }', { id: membership.id }, 'repbase.memberships.revoked')}
              >
                <DeleteIcon />
              </IconButton>
            }
          >
            <ListItemText primary={translate(`repbase.roles.${membership.role}`)} secondary={membership.client.name} />
          </ListItem>
        ))}
      </List>
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        <TextField select size="small" label={translate('resources.users.fields.clientId')} value={clientId} onChange={(event) => setClientId(event.target.value)} sx={{ minWidth: 220 }}>
          {clients.map((client) => (
            <MenuItem key={client.id} value={client.id}>
              {client.name}
            </MenuItem>
          ))}
        </TextField>
        <TextField select size="small" label={translate('resources.users.fields.role')} value={role} onChange={(event) => setRole(event.target.value)} sx={{ minWidth: 200 }}>
          {clientRoleChoices.map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {translate(choice.name)}
            </MenuItem>
          ))}
        </TextField>
        <Button
          variant="outlined"
          disabled={!clientId || !role}
          onClick={() =>
            void run(
              'mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }',
              { input: { userId: user.id, clientId, role } },
              'repbase.memberships.granted',
            )
          }
        >
          {translate('repbase.memberships.grant')}
        </Button>
      </Box>
    </Box>
  );
}
