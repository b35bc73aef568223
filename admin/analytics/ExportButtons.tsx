import DownloadIcon from '@mui/icons-material/Download';
import ImageIcon from '@mui/icons-material/Image';
import { Button, Menu, MenuItem } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useApiCall } from '../useApiCall';
import {
  type AnalyticsPeriod,
  type AnalyticsTable,
  CASE_INFOGRAPHIC,
  EXPORT_CASE_ANALYTICS,
  EXPORT_CASES,
} from './queries';
import { downloadExportFile, type ExportFile } from '../common/exportFile';

/** A button opening a menu of formats; choosing one asks the API for the file and saves it. */
function DownloadMenu({ label, icon, formats, fetchFile, testId }: { label: string; icon: ReactNode; formats: string[]; fetchFile: (format: string) => Promise<ExportFile | undefined>; testId: string }) {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = async (format: string) => {
    setAnchor(null);
    setBusy(true);
    const file = await fetchFile(format);
    setBusy(false);
    if (file) downloadExportFile(file);
  };
  return (
    <>
      <Button size="small" startIcon={icon} disabled={busy} onClick={(event) => setAnchor(event.currentTarget)} data-testid={testId}>
        {translate(label)}
      </Button>
      <Menu anchorEl={anchor} open={Boolean(anchor)} onClose={() => setAnchor(null)}>
        {formats.map((format) => (
          <MenuItem key={format} onClick={() => choose(format)} data-testid={`${testId}-${format}`}>
            {format}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}

/** Downloads one table of caseAnalytics (the same period, grouping and filter as the chart beside it) as CSV or XLSX. */
export function AnalyticsTableExportButton({ period, table }: { period: AnalyticsPeriod; table: AnalyticsTable }) {
  const { call } = useApiCall();
  return (
    <DownloadMenu
      label="analytics.export.table"
      icon={<DownloadIcon />}
      formats={['CSV', 'XLSX']}
      testId={`export-${table.toLowerCase()}`}
      fetchFile={async (format) => (await call<{ exportCaseAnalytics: ExportFile }>(EXPORT_CASE_ANALYTICS, { ...period, table, format }))?.exportCaseAnalytics}
    />
  );
}

/** Downloads every case of the period, one row each (a representative gets their own). */
export function CasesExportButton({ period }: { period: AnalyticsPeriod }) {
  const { call } = useApiCall();
  return (
    <DownloadMenu
      label="analytics.export.cases"
      icon={<DownloadIcon />}
      formats={['CSV', 'XLSX']}
      testId="export-cases"
      fetchFile={async (format) => (await call<{ exportCases: ExportFile }>(EXPORT_CASES, { from: period.from, to: period.to, filter: period.filter, format }))?.exportCases}
    />
  );
}

/** Downloads the period's infographic (PR specialists). */
export function InfographicButton({ period }: { period: AnalyticsPeriod }) {
  const { call } = useApiCall();
  return (
    <DownloadMenu
      label="analytics.export.infographic"
      icon={<ImageIcon />}
      formats={['PNG', 'PDF']}
      testId="infographic"
      fetchFile={async (format) => (await call<{ caseInfographic: ExportFile }>(CASE_INFOGRAPHIC, { from: period.from, to: period.to, format }))?.caseInfographic}
    />
  );
}
