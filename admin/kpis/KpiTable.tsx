import WarningIcon from '@mui/icons-material/WarningAmber';
import { Chip, Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormat } from '../common/format';
import type { KpiProgressRow, KpiStatus } from './graphql';

const STATUS_COLOURS: Record<KpiStatus, 'success' | 'warning' | 'error'> = { ON_TRACK: 'success', AT_RISK: 'warning', OFF_TRACK: 'error' };

/** Plan vs fact, one line per target (then the facts without a target), with the ceiling marked. */
export function KpiTable({ rows }: { rows: KpiProgressRow[] }) {
  const translate = useTranslate();
  const format = useFormat();
  const number = (value: number | null, digits = 1) => (value === null ? '—' : format.number(value, { maximumFractionDigits: digits }));
  const column = (key: string) => translate(`kpis.columns.${key}`);
  return (
    <Table size="small" data-testid="kpi-table">
      <TableHead>
        <TableRow>
          {['metric', 'platform', 'target', 'fact', 'forecast', 'shareOfPlan', 'ceiling', 'status'].map((key) => (
            <TableCell key={key} align={['metric', 'platform', 'status'].includes(key) ? 'left' : 'right'}>
              {column(key)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={`${row.targetKey ?? 'fact'}-${row.metric}-${row.platformId ?? 'all'}`} data-testid={`kpi-row-${row.metric}`}>
            <TableCell>
              {translate(`repbase.kpiMetrics.${row.metric}`)}
              {row.lowerIsBetter && ` (${translate('kpis.lowerIsBetter')})`}
            </TableCell>
            <TableCell sx={{ whiteSpace: 'nowrap' }}>{row.platformName ?? translate('kpis.allPlatforms')}</TableCell>
            <TableCell align="right">{row.target === null ? translate('kpis.noTarget') : number(row.target)}</TableCell>
            <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
              <Tooltip title={translate(`kpis.sources.${row.factSource}`)}>
                <span>{row.outOf !== null && row.fact !== null ? translate('kpis.outOf', { value: number(row.fact), outOf: number(row.outOf) }) : number(row.fact)}</span>
              </Tooltip>
            </TableCell>
            <TableCell align="right">{number(row.forecast)}</TableCell>
            <TableCell align="right">{row.shareOfPlan === null ? '—' : format.number(row.shareOfPlan, { style: 'percent', maximumFractionDigits: 0 })}</TableCell>
            <TableCell align="right">
              {number(row.ceiling)}
              {row.aboveCeiling && (
                <Tooltip title={translate('kpis.aboveCeiling')}>
                  <WarningIcon color="warning" fontSize="small" sx={{ verticalAlign: 'middle', ml: 0.5 }} data-testid="above-ceiling" />
                </Tooltip>
              )}
            </TableCell>
            <TableCell>{row.status ? <Chip size="small" color={STATUS_COLOURS[row.status]} label={translate(`kpis.statuses.${row.status}`)} /> : '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
