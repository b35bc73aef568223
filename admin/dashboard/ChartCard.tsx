import BarChartIcon from '@mui/icons-material/BarChart';
import TableChartIcon from '@mui/icons-material/TableChart';
import { Box, Card, CardContent, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A dashboard card with a chart and the table behind it (a toggle switches), and actions such as
 * the table's export. Every figure drawn can so be read exactly and copied.
 */
export function ChartCard({ title, testId, chart, table, actions }: { title: string; testId: string; chart: ReactNode; table: ReactNode; actions?: ReactNode }) {
  const translate = useTranslate();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card data-testid={testId} sx={{ height: '100%' }}>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'flex-end', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          <Typography variant="h6" sx={{ flexGrow: 1, whiteSpace: 'nowrap' }}>
            {translate(title)}
          </Typography>
          {actions}
          <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, next) => next && setView(next)}>
            <ToggleButton value="chart" aria-label={translate('dashboards.chart')} title={translate('dashboards.chart')}>
              <BarChartIcon fontSize="small" />
            </ToggleButton>
            <ToggleButton value="table" aria-label={translate('dashboards.table')} title={translate('dashboards.table')} data-testid={`${testId}-table-toggle`}>
              <TableChartIcon fontSize="small" />
            </ToggleButton>
          </ToggleButtonGroup>
        </Box>
        {view === 'chart' ? chart : <Box sx={{ overflowX: 'auto' }}>{table}</Box>}
      </CardContent>
    </Card>
  );
}

/** A figure with its label, as the dashboards' tiles show it. */
export function Tile({ label, value, color, testId, children }: { label: string; value: ReactNode; color?: string; testId?: string; children?: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box data-testid={testId}>
      <Typography variant="h4" color={color}>
        {value}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(label)}
      </Typography>
      {children}
    </Box>
  );
}
