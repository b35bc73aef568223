import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { Show, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { useFormat } from '../common/format';
import { FiguresTable } from './FiguresTable';
import { SECTIONS, type ReportRecord } from './graphql';
import { ReportButtons } from './ReportButtons';
import { ReportStatusChip } from './ReportStatusChip';

/** Heading, the reviewer's comment when returned, the figures and the narrative with comments beside. */
export function ReportBody() {
  const report = useRecordContext<ReportRecord>();
  const translate = useTranslate();
  const format = useFormat();
  if (!report) return null;
  const commentOn = (subject: string) => report.comments.find((comment) => comment.subject === subject)?.comment;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Typography variant="h6" sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
        {translate('reports.heading', { name: report.representativeName, from: format.date(report.firstDay), to: format.date(report.lastDay) })}
        <ReportStatusChip />
      </Typography>
      <Typography variant="body2">{report.platform?.name ?? translate('reports.allPlatforms')}</Typography>
      {report.reviewComment && report.status === 'RETURNED' && (
        <Alert severity="warning" data-testid="report-review-comment">
          {translate('reports.reviewComment', { comment: report.reviewComment })}
        </Alert>
      )}
      <FiguresTable />
      {SECTIONS.map((section) => (
        <Box key={section}>
          <Typography variant="subtitle1" sx={{ fontWeight: 500 }}>
            {translate(`resources.reports.fields.${section}`)}
          </Typography>
          <Typography variant="body1" sx={{ whiteSpace: 'pre-wrap' }} data-testid={`section-${section}`}>
            {report[section] || '—'}
          </Typography>
          {commentOn(section) && (
            <Typography variant="body2" color="error" data-testid={`section-comment-${section}`}>
              {commentOn(section)}
            </Typography>
          )}
        </Box>
      ))}
    </Box>
  );
}

export function ReportShow() {
  return (
    <Show actions={<TopToolbar><ReportButtons /></TopToolbar>}>
      <Card variant="outlined" sx={{ border: 0 }}>
        <CardContent>
          <ReportBody />
        </CardContent>
      </Card>
    </Show>
  );
}
