import { Alert, Box, Card, CardContent, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useGetList, usePermissions, useTranslate } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { useFormat } from '../common/format';
import { kpiPeriodChoices } from '../platforms/choices';
import { useApiCall } from '../useApiCall';
import { KPI_PROGRESS, type KpiProgress } from './graphql';
import { KpiTable } from './KpiTable';

/**
 * Plan vs fact for the current month or quarter. A PR specialist sees the client's figures or one
 * representative's; a representative sees their own (the API enforces it, the page only says so).
 */
export function KpiPage() {
  const translate = useTranslate();
  const format = useFormat();
  const { permissions } = usePermissions<Permissions>();
  const isPr = can(permissions, 'PR_SPECIALIST');
  const { call, busy } = useApiCall();
  const [period, setPeriod] = useState('MONTH');
  const [platformId, setPlatformId] = useState('');
  const [representativeId, setRepresentativeId] = useState('');
  const [progress, setProgress] = useState<KpiProgress | null>(null);
  const { data: platforms = [] } = useGetList('platforms', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const { data: representatives = [] } = useGetList('representatives', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } }, { enabled: isPr });

  useEffect(() => {
    let current = true;
    void call<{ kpiProgress: KpiProgress }>(KPI_PROGRESS, { period, platformId: platformId || null, representativeId: representativeId || null }).then((data) => {
      if (current && data) setProgress(data.kpiProgress);
    });
    return () => {
      current = false;
    };
  }, [call, period, platformId, representativeId]);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="kpis.title" />
      <CardContent>
        <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 2 }}>
          <TextField select size="small" fullWidth={false} label={translate('kpis.period')} value={period} onChange={(event) => setPeriod(event.target.value)} sx={{ minWidth: 160 }}>
            {kpiPeriodChoices.map((choice) => (
              <MenuItem key={choice.id} value={choice.id}>
                {translate(choice.name)}
              </MenuItem>
            ))}
          </TextField>
          <TextField select size="small" fullWidth={false} label={translate('kpis.platform')} value={platformId} onChange={(event) => setPlatformId(event.target.value)} sx={{ minWidth: 240 }}>
            <MenuItem value="">{translate('kpis.allPlatforms')}</MenuItem>
            {platforms.map((platform) => (
              <MenuItem key={platform.id} value={platform.id}>
                {platform.name}
              </MenuItem>
            ))}
          </TextField>
          {isPr && (
            <TextField select size="small" fullWidth={false} label={translate('kpis.representative')} value={representativeId} onChange={(event) => setRepresentativeId(event.target.value)} sx={{ minWidth: 240 }}>
              <MenuItem value="">{translate('kpis.wholeClient')}</MenuItem>
              {representatives.map((representative) => (
                <MenuItem key={representative.id} value={representative.id}>
                  {representative.name ?? representative.user?.name}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Box>
        {busy && <LinearProgress sx={{ mb: 1 }} />}
        {progress && (
          <Box>
            <Typography variant="body2" color="text.secondary" gutterBottom data-testid="kpi-elapsed">
              {translate('kpis.elapsed', { percent: format.number(Math.round(progress.elapsedShare * 100)), first: format.date(`${progress.firstDay}T12:00:00`), last: format.date(`${progress.lastDay}T12:00:00`) })}
              {!isPr && ` ${translate('kpis.own')}`}
            </Typography>
            {progress.briefVersionNumber === null && (
              <Alert severity="info" sx={{ mb: 1 }}>
                {translate('kpis.noBrief')}
              </Alert>
            )}
            <KpiTable rows={progress.rows} />
            <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
              {translate('kpis.statusRule')}
            </Typography>
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
