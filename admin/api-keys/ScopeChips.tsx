import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';

const names: Record<string, string> = { REPLIES_READ: 'replies:read', MENTIONS_WRITE: 'mentions:write', METRICS_WRITE: 'metrics:write' };

/** Scopes under the names external tools' docs use. `label` is the Datagrid column header. */
export function ScopeChips(_props: { label?: string }) {
  const record = useRecordContext<{ scopes: string[] }>();
  return (
    <Stack direction="row" spacing={0.5}>
      {(record?.scopes ?? []).map((scope) => (
        <Chip key={scope} size="small" variant="outlined" label={names[scope] ?? scope} />
      ))}
    </Stack>
  );
}
