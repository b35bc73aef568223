import { MenuItem, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router-dom';
import { useNotify, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../authProvider';
import { session } from '../session';

/**
 * Which client the panel works on (sent as X-Client). Shown to staff with more than one client;
 * switching reloads every list for the new client.
 */
export function ClientSwitcher() {
  const { permissions } = usePermissions<Permissions>();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const notify = useNotify();
  const translate = useTranslate();
  if (!permissions || permissions.clients.length < 2) return null;

  const choose = async (slug: string) => {
    session.chooseClient(slug);
    const resource = location.pathname.split('/')[1];
    navigate(resource ? `/${resource}` : '/');
    await queryClient.resetQueries();
    const name = permissions.clients.find((client) => client.slug === slug)?.name ?? slug;
    notify('repbase.client.switched', { messageArgs: { name }, type: 'info' });
  };

  return (
    <TextField
      select
      size="small"
      label={translate('repbase.client.label')}
      value={permissions.currentClient ?? ''}
      onChange={(event) => void choose(event.target.value)}
      sx={{ width: 260, flex: '0 0 auto', mx: 1, '& .MuiInputBase-root': { color: 'inherit' }, '& .MuiInputLabel-root': { color: 'inherit' } }}
      slotProps={{ htmlInput: { 'data-testid': 'client-switcher' } }}
    >
      {permissions.clients.map((client) => (
        <MenuItem key={client.slug} value={client.slug}>
          {client.name}
        </MenuItem>
      ))}
    </TextField>
  );
}
