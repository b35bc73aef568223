import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormat, type Formatter } from '../common/format';
import { changedFields, fieldWords } from './audit-words';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function shown(value: unknown, format: Formatter, translate: (key: string) => string): string {
  if (value === undefined || value === null || value === '') return translate('repbase.audit.empty');
  if (typeof value === 'boolean') return translate(value ? 'repbase.audit.yes' : 'repbase.audit.no');
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') return ISO_DATE.test(value) ? format.dateTime(value) : value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('; ');
  return JSON.stringify(value);
}

/** The fields an event changed, by their labels, before and after side by side. */
export function AuditDiff() {
  const record = useRecordContext<{ entityType: string; before: Record<string, unknown> | null; after: Record<string, unknown> | null }>();
  const translate = useTranslate();
  const format = useFormat();
  if (!record) return null;
  const fields = changedFields(record.before, record.after);
  return (
    <Box sx={{ p: 1 }} data-testid="audit-diff">
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell />
            {record.before && <TableCell>{translate('repbase.audit.before')}</TableCell>}
            {record.after && <TableCell>{translate('repbase.audit.after')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {fields.map((field) => (
            <TableRow key={field}>
              <TableCell sx={{ fontWeight: 500 }}>{fieldWords(translate, record.entityType, field)}</TableCell>
              {record.before && <TableCell sx={{ wordBreak: 'break-word' }}>{shown(record.before[field], format, translate)}</TableCell>}
              {record.after && <TableCell sx={{ wordBreak: 'break-word' }}>{shown(record.after[field], format, translate)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
}
