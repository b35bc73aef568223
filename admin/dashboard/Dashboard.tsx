import { Card, CardContent, Typography } from '@mui/material';
import { Title, useGetIdentity, usePermissions, useTranslate } from 'react-admin';
import type { Permissions } from '../authProvider';
import { CaseDashboardCard } from './CaseDashboardCard';
import { PrDashboard } from './PrDashboard';
import { RepresentativeDashboard } from './RepresentativeDashboard';
import { ResponsibleDashboard } from './ResponsibleDashboard';

/** The landing page: who you are and which client you work on. Module cards are added beside it. */
export function Dashboard() {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const current = permissions?.clients.find((client) => client.slug === permissions.currentClient);
  // Each role's own figures; an administrator (who holds every role) gets the PR specialist's view.
  const has = (role: string) => Boolean(permissions?.isAdmin || current?.roles.includes(role));
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
    {current && has('PR_SPECIALIST') && <PrDashboard />}
    {current && has('REPRESENTATIVE') && !permissions!.isAdmin && <RepresentativeDashboard />}
    {current && has('RESPONSIBLE') && !permissions!.isAdmin && <ResponsibleDashboard />}
    </>
  );
}
