import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../authProvider';
import { CaseDashboardCard } from './CaseDashboardCard';

/** The landing page: who you are and which client you work on. Module cards are added beside it. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const current = permissions?.clients.find((client) => client.slug === permissions.currentClient);
  return (
    <>
    <Card sx={{ mt: 2 }}>
      <Title title="repbase.title" />
      <CardContent>
        <Typography variant="h5" gutterBottom>
          {translate('repbase.dashboard.welcome', { name: identity?.fullName ?? '' })}
        </Typography>
        <Typography gutterBottom>{translate('repbase.dashboard.intro')}</Typography>
        {current ? (
          <>
            <Typography data-testid="current-client">{translate('repbase.dashboard.currentClient', { name: current.name })}</Typography>
            <Typography>
              {translate('repbase.dashboard.roles', {
                roles: (permissions!.isAdmin ? ['ADMIN'] : current.roles).map((role) => translate(`repbase.roles.${role}`)).join(', '),
              })}
            </Typography>
          </>
        ) : (
          <Typography>{translate('repbase.dashboard.noClients')}</Typography>
        )}
      </CardContent>
    </Card>
    {current && <CaseDashboardCard />}
    </>
  );
}
