import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

const show = (value: unknown) => (value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value));

/** The fields an event changed, before and after side by side. */
export function AuditDiff() {
  const record = useRecordContext<{ before: Record<string, unknown> | null; after: Record<string, unknown> | null }>();
  const translate = useTranslate();
  if (!record) return null;
  const keys = [...new Set([...Object.keys(record.before ?? {}), ...Object.keys(record.after ?? {})])].filter(
    (key) => !record.before || !record.after || show(record.before[key]) !== show(record.after[key]),
  );
  return (
    <Box sx={{ p: 1 }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell />
            <TableCell>{translate('repbase.audit.before')}</TableCell>
            <TableCell>{translate('repbase.audit.after')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {keys.map((key) => (
            <TableRow key={key}>
              <TableCell sx={{ fontWeight: 500 }}>{key}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{show(record.before?.[key])}</TableCell>
              <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{show(record.after?.[key])}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
