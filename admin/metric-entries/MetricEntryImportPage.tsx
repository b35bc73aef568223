import DownloadIcon from '@mui/icons-material/Download';
import UploadIcon from '@mui/icons-material/UploadFile';
import { Alert, Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useState } from 'react';
import { downloadCSV, Title, useGetList, useTranslate } from 'react-admin';
import { ImportProblemTable, type ImportCounts, type ImportProblem } from '../common/ImportProblems';
import { useApiCall } from '../useApiCall';
import { IMPORT_METRIC_ENTRIES, sampleMetricEntriesCsv } from './graphql';

/** A CSV of metric entries, all or nothing: the counts, or every bad cell by line and column. */
export function MetricEntryImportPage() {
  const translate = useTranslate();
  const { call, busy } = useApiCall();
  const { data: platforms } = useGetList('platforms', { pagination: { page: 1, perPage: 1 }, sort: { field: 'name', order: 'ASC' } });
  const [file, setFile] = useState<File | null>(null);
  const [counts, setCounts] = useState<ImportCounts | null>(null);
  const [problems, setProblems] = useState<ImportProblem[] | null>(null);

  const start = async () => {
    if (!file) return;
    setCounts(null);
    setProblems(null);
    const data = await call<{ importMetricEntries: ImportCounts }>(IMPORT_METRIC_ENTRIES, { csv: await file.text() }, {
      onRefused: (error) => setProblems((error.extensions.problems as ImportProblem[] | undefined) ?? null),
    });
    if (data) setCounts(data.importMetricEntries);
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title="kpis.import.title" />
      <CardContent>
        <Typography gutterBottom>{translate('kpis.import.intro')}</Typography>
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', my: 2 }}>
          <Button variant="outlined" component="label" startIcon={<UploadIcon />}>
            {translate('kpis.import.choose')}
            <input hidden type="file" accept=".csv,text/csv" data-testid="metric-import-file" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
          </Button>
          <Typography color="text.secondary">{file ? file.name : translate('kpis.import.noFile')}</Typography>
          <Button variant="contained" disabled={!file || busy} onClick={() => void start()} data-testid="metric-import-start">
            {translate('kpis.import.start')}
          </Button>
          <Button variant="text" startIcon={<DownloadIcon />} onClick={() => downloadCSV(sampleMetricEntriesCsv(platforms?.[0]?.name ?? 'Форум'), 'metric-entries-sample')}>
            {translate('kpis.import.sample')}
          </Button>
        </Box>
        {counts && (
          <Alert severity="success" data-testid="metric-import-counts">
            {translate('kpis.import.done', counts)}
          </Alert>
        )}
        {problems && <ImportProblemTable problems={problems} />}
      </CardContent>
    </Card>
  );
}
