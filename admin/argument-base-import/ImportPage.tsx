import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Checkbox, FormControlLabel, LinearProgress, Typography } from '@mui/material';
import { useState } from 'react';
import { downloadCSV, Title, usePermissions, useTranslate } from 'react-admin';
import { session } from '../session';
import { sampleArgumentBaseCsv } from './format';
import { can, type Permissions } from '../authProvider';
import { ImportProblemTable } from '../common/ImportProblems';
import { uploadArgumentBase, type ImportOutcome } from './upload';

/** Upload of an argument-base CSV (the public format): progress, then the counts or every bad row. */
export function ImportPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const [file, setFile] = useState<File | null>(null);
  const [approve, setApprove] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const start = async () => {
    if (!file) return;
    setOutcome(null);
    setFailure(null);
    setProgress(0);
    try {
      setOutcome(await uploadArgumentBase(await file.text(), approve, setProgress));
    } catch (error) {
      setFailure((error as Error).message);
    } finally {
      setProgress(null);
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
