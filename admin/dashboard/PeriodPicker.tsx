import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { useDashboardPeriod } from './period';
import { PERIOD_PRESETS, type PeriodPreset } from './period-days';

/** Picks the dashboard's period: a preset (this month by default) or two days of the client's. */
export function PeriodPicker({ state }: { state: ReturnType<typeof useDashboardPeriod> }) {
  const translate = useTranslate();
  const { preset, setPreset, period, setCustom } = state;
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: "center" }} data-testid="period-picker">
      <TextField
        select
        size="small"
        label={translate('dashboards.period.label')}
        value={preset}
        onChange={(event) => {
          const next = event.target.value as PeriodPreset;
          if (next === 'CUSTOM') setCustom({ from: period.from, to: period.to });
          setPreset(next);
        }}
        sx={{ minWidth: 200 }}
        slotProps={{ htmlInput: { 'data-testid': 'period-preset' } }}
      >
        {PERIOD_PRESETS.map((value) => (
          <MenuItem key={value} value={value}>
            {translate(`dashboards.period.presets.${value}`)}
          </MenuItem>
        ))}
      </TextField>
      {preset === 'CUSTOM' && (
        <>
          <TextField type="date" size="small" label={translate('dashboards.period.from')} value={period.from} onChange={(event) => event.target.value && setCustom({ from: event.target.value, to: period.to })} slotProps={{ inputLabel: { shrink: true } }} />
          <TextField type="date" size="small" label={translate('dashboards.period.to')} value={period.to} onChange={(event) => event.target.value && setCustom({ from: period.from, to: event.target.value })} slotProps={{ inputLabel: { shrink: true } }} />
        </>
      )}
    </Stack>
  );
}
