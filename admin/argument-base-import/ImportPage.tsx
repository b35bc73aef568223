import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { downloadCSV, Title, usePermissions, useTranslate } from 'react-admin';
import { session } from '../session';
import { sampleArgumentBaseCsv } from './format';
import { can, type Permissions } from '../authProvider';
import { ImportProblemTable } from '../common/ImportProblems';
import { followImport, uploadArgumentBase, type ImportOutcome, type WrittenRows } from './upload';

/** A version 4 UUID; crypto.randomUUID exists only on https or localhost, getRandomValues everywhere. */
function newProgressId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Upload of an argument-base CSV (the public format): the upload's progress, then the rows written, then the counts or every bad row. */
export function ImportPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const [file, setFile] = useState<File | null>(null);
  const [approve, setApprove] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [written, setWritten] = useState<WrittenRows | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const start = async () => {
    if (!file) return;
    setOutcome(null);
    setFailure(null);
    setProgress(0);
    setWritten(null);
    // The id is ours, so the rows written can be polled while the import's request is still open.
    const progressId = newProgressId();
    const stop = followImport(progressId, setWritten);
    try {
      setOutcome(await uploadArgumentBase(await file.text(), approve, setProgress, progressId));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      stop();
      setProgress(null);
      setWritten(null);
    }
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="repbase.import.title" />
      <CardContent>
        <Typography gutterBottom>{translate('repbase.import.intro')}</Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', my: 2 }}>
          <Button variant="outlined" component="label" startIcon={<UploadIcon />}>
            {translate('repbase.import.choose')}
            <input hidden type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </Button>
          <Typography color="text.secondary">{file ? file.name : translate('repbase.import.noFile')}</Typography>
          {can(permissions, 'PR_SPECIALIST') && (
            <FormControlLabel control={<Checkbox checked={approve} onChange={(event) => setApprove(event.target.checked)} />} label={translate('repbase.import.approve')} />
          )}
          <Button variant="contained" disabled={!file || progress !== null} onClick={() => void start()}>
            {translate('repbase.import.start')}
          </Button>
          <Button variant="text" startIcon={<DownloadIcon />} data-testid="import-sample" onClick={() => downloadCSV(sampleArgumentBaseCsv(session.clientSlug() ?? 'client'), 'argument-base-sample')}>
            {translate('workflows.import.sample')}
          </Button>
        </Box>
        {progress !== null && (
          <Box sx={{ my: 2 }}>
            <LinearProgress variant="determinate" value={Math.round(progress * 100)} />
            <Typography variant="caption">{translate('repbase.import.progress', { percent: Math.round(progress * 100) })}</Typography>
            {progress >= 1 && (
              <Box sx={{ mt: 1 }} data-testid="import-written">
                {/* Floored: the bar is full only once every row is written. */}
                <LinearProgress variant={written ? 'determinate' : 'indeterminate'} value={written ? Math.floor((written.done / written.total) * 100) : undefined} />
                <Typography variant="caption">
                  {written ? translate('repbase.import.written', { done: written.done, total: written.total }) : translate('repbase.import.reading')}
                </Typography>
              </Box>
            )}
          </Box>
        )}
        {failure && <Alert severity="error">{translate(failure, { _: failure })}</Alert>}
        {outcome && 'counts' in outcome && (
          <Alert severity="success" data-testid="import-counts">
            {translate('repbase.import.done', outcome.counts)}
          </Alert>
        )}
        {outcome && 'problems' in outcome && <ImportProblemTable problems={outcome.problems} />}
      </CardContent>
    </Card>
  );
}
