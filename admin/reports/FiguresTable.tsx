import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../common/format';
import { graphql } from '../graphql';
import { LIVE_FIGURES, type ReportRecord } from './graphql';

interface Change {
  metric: string;
  live: number | null;
  delta: number | null;
  moved: boolean;
}

/** The figures beside the brief's targets; once submitted, beside the live facts where they moved since. */
export function FiguresTable() {
  const report = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const format = useFormat();
  const frozen = report?.status === 'SUBMITTED' || report?.status === 'ACCEPTED';
  const { data: changes = [] } = useQuery({
    queryKey: ['reportLiveFigures', report?.id, report?.version],
    queryFn: async () => (await graphql<{ Report: { liveFigures: Change[] } }>(LIVE_FIGURES, { id: report!.id })).Report.liveFigures,
    enabled: Boolean(report?.id) && frozen,
  });
  if (!report) return null;
  const number = (value: number | null) => (value === null ? '—' : format.number(value, { maximumFractionDigits: 1 }));
  const commentOn = (subject: string) => report.comments.find((comment) => comment.subject === subject)?.comment;
  return (
    <Table size="small" data-testid="report-figures">
      <TableHead>
        <TableRow>
          <TableCell>{translate('reports.columns.metric')}</TableCell>
          <TableCell align="right">{translate('reports.columns.value')}</TableCell>
          <TableCell align="right">{translate('reports.columns.target')}</TableCell>
          {frozen && <TableCell align="right">{translate('reports.columns.live')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {report.figures.map((figure) => {
          const change = changes.find((candidate) => candidate.metric === figure.metric);
          const comment = commentOn(figure.metric);
          return (
            <TableRow key={figure.metric} data-testid={`figure-${figure.metric}`}>
              <TableCell>
                {translate(`repbase.kpiMetrics.${figure.metric}`)}
                {comment && (
                  <Typography variant="body2" color="error" data-testid={`figure-comment-${figure.metric}`}>
                    {comment}
                  </Typography>
                )}
              </TableCell>
              <TableCell align="right">
                {figure.outOf !== null && figure.value !== null ? translate('reports.outOf', { value: number(figure.value), outOf: number(figure.outOf) }) : number(figure.value)}
                {figure.corrected && ` ${translate('reports.corrected')}`}
              </TableCell>
              <TableCell align="right">{number(figure.target)}</TableCell>
              {frozen && (
                <TableCell align="right" sx={{ color: change?.moved ? 'warning.main' : undefined }}>
                  {change?.moved ? `${number(change.live)}${change.delta !== null ? ` (${change.delta > 0 ? '+' : ''}${number(change.delta)})` : ''}` : '='}
                </TableCell>
              )}
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
