import { Box, Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useTranslate } from 'react-admin';
import { graphql } from '../graphql';
import { Tile } from './ChartCard';

interface Figures {
  open: number;
  overdue: number;
  awaitingAnswer: number;
  averageFirstResponseHours: number | null;
  openEscalations: number;
}

/** Open and overdue cases and the average first answer, as the API counts them. */
export function CaseDashboardCard() {
  const translate = useTranslate();
  const { data } = useQuery({
    queryKey: ['case-dashboard'],
    queryFn: () => graphql<{ caseDashboard: Figures }>('{ caseDashboard { open overdue awaitingAnswer averageFirstResponseHours openEscalations } }'),
  });
  const figures = data?.caseDashboard;
  const tiles: [string, string | number, string?][] = figures
    ? [
        ['crm.dashboard.open', figures.open],
        ['crm.dashboard.overdue', figures.overdue, figures.overdue > 0 ? 'error.main' : undefined],
        ['crm.dashboard.awaiting', figures.awaitingAnswer],
        ['crm.dashboard.average', figures.averageFirstResponseHours === null ? translate('crm.dashboard.none') : translate('crm.dashboard.hours', { hours: figures.averageFirstResponseHours })],
        ['crm.dashboard.escalations', figures.openEscalations],
      ]
    : [];
  return (
    <Card sx={{ mt: 2 }} data-testid="case-dashboard">
      <CardContent>
        <Typography variant="h6" gutterBottom>
          {translate('crm.dashboard.title')}
        </Typography>
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          {tiles.map(([label, value, color]) => (
            <Tile key={label} label={label} value={value} color={color} />
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}
