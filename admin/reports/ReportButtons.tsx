import AcceptIcon from '@mui/icons-material/CheckCircle';
import DownloadIcon from '@mui/icons-material/Download';
import ReturnIcon from '@mui/icons-material/Undo';
import SubmitIcon from '@mui/icons-material/Send';
import { Box, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, MenuItem, TextField } from '@mui/material';
import DeleteIcon from '@mui/icons-material/Delete';
import { useState } from 'react';
import { Button, EditButton, usePermissions, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { downloadExportFile, saveBlob, type ExportFile } from '../common/exportFile';
import { graphql } from '../graphql';
import { useApiCall } from '../useApiCall';
import { ACCEPT, MARKDOWN, PDF, RETURN, SECTIONS, SUBMIT, type ReportRecord } from './graphql';

function Downloads({ report }: { report: ReportRecord }) {
  const translate = useTranslate();
  const markdown = async () => {
    const { reportMarkdown } = await graphql<{ reportMarkdown: string }>(MARKDOWN, { id: report.id });
    saveBlob(new Blob([reportMarkdown], { type: 'text/markdown;charset=utf-8' }), `report-${report.firstDay}.md`);
  };
  const pdf = async () => {
    const { reportPdf } = await graphql<{ reportPdf: ExportFile }>(PDF, { id: report.id });
    downloadExportFile(reportPdf);
  };
  return (
    <>
      <MuiButton size="small" startIcon={<DownloadIcon />} onClick={() => void markdown()}>
        {translate('reports.actions.markdown')}
      </MuiButton>
      <MuiButton size="small" startIcon={<DownloadIcon />} onClick={() => void pdf()}>
        {translate('reports.actions.pdf')}
      </MuiButton>
    </>
  );
}

interface ItemComment {
  subject: string;
  comment: string;
}

function ReturnDialog({ report, open, onClose, onReturn, busy }: { report: ReportRecord; open: boolean; onClose: () => void; onReturn: (comment: string, comments: ItemComment[]) => void; busy: boolean }) {
  const translate = useTranslate();
  const [comment, setComment] = useState('');
  const [comments, setComments] = useState<ItemComment[]>([]);
  const subjects = [
    ...report.figures.map((figure) => ({ id: figure.metric, name: translate(`repbase.kpiMetrics.${figure.metric}`) })),
    ...SECTIONS.map((section) => ({ id: section, name: translate(`resources.reports.fields.${section}`) })),
  ];
  const change = (index: number, item: Partial<ItemComment>) => setComments(comments.map((current, at) => (at === index ? { ...current, ...item } : current)));
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>{translate('reports.returnDialog.title')}</DialogTitle>
      <DialogContent>
        <TextField autoFocus multiline minRows={2} fullWidth margin="dense" label={translate('reports.returnDialog.comment')} value={comment} onChange={(event) => setComment(event.target.value)} slotProps={{ htmlInput: { 'data-testid': 'return-comment' } }} />
        {comments.map((item, index) => (
          <Box key={index} sx={{ display: 'flex', gap: 1, alignItems: 'center' }}>
            <TextField select label={translate('reports.returnDialog.subject')} value={item.subject} onChange={(event) => change(index, { subject: event.target.value })} sx={{ minWidth: 240 }} margin="dense">
              {subjects.map((subject) => (
                <MenuItem key={subject.id} value={subject.id}>
                  {subject.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField fullWidth margin="dense" label={translate('reports.returnDialog.itemComment')} value={item.comment} onChange={(event) => change(index, { comment: event.target.value })} slotProps={{ htmlInput: { 'data-testid': `item-comment-${index}` } }} />
            <IconButton aria-label={translate('ra.action.remove')} onClick={() => setComments(comments.filter((_, at) => at !== index))}>
              <DeleteIcon />
            </IconButton>
          </Box>
        ))}
        <MuiButton size="small" onClick={() => setComments([...comments, { subject: subjects[0].id, comment: '' }])}>
          {translate('reports.returnDialog.addComment')}
        </MuiButton>
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" disabled={!comment.trim() || busy} onClick={() => onReturn(comment, comments.filter((item) => item.comment.trim()))}>
          {translate('reports.returnDialog.confirm')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
}

/** The moves the report's state allows (allowedActions), offered to whom the API lets make them. */
export function ReportButtons() {
  const report = useRecordContext<ReportRecord>();
  const { permissions } = usePermissions<Permissions>();
  const refresh = useRefresh();
  const { call, busy } = useApiCall();
  const [returning, setReturning] = useState(false);
  if (!report) return null;
  const allows = (action: string) => report.allowedActions.includes(action);
  const run = async (query: string, variables: Record<string, unknown>, success: string) => {
    const answer = await call(query, { id: report.id, version: report.version, ...variables }, { success, resource: 'reports', errorDuration: 10_000 });
    if (answer) refresh();
    return answer;
  };
  const representative = can(permissions, 'REPRESENTATIVE');
  const reviewer = can(permissions, 'PR_SPECIALIST');
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
      {representative && allows('updateReport') && <EditButton />}
      {representative && allows('submitReport') && (
        <Button label="reports.actions.submit" onClick={() => void run(SUBMIT, {}, 'reports.messages.submitted')} disabled={busy}>
          <SubmitIcon />
        </Button>
      )}
      {reviewer && allows('acceptReport') && (
        <Button label="reports.actions.accept" onClick={() => void run(ACCEPT, {}, 'reports.messages.accepted')} disabled={busy}>
          <AcceptIcon />
        </Button>
      )}
      {reviewer && allows('returnReport') && (
        <Button label="reports.actions.return" onClick={() => setReturning(true)} disabled={busy}>
          <ReturnIcon />
        </Button>
      )}
      <Downloads report={report} />
      <ReturnDialog
        report={report}
        open={returning}
        busy={busy}
        onClose={() => setReturning(false)}
        onReturn={(comment, comments) => void run(RETURN, { comment, comments }, 'reports.messages.returned').then((answer) => answer && setReturning(false))}
      />
    </Box>
  );
}
