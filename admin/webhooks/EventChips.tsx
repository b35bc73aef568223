import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** The events an endpoint receives. `label` is the Datagrid column header. */
export function EventChips(_props: { label?: string }) {
  const record = useRecordContext<{ events: string[] }>();
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: "wrap" }}>
      {(record?.events ?? []).map((event) => (
        <Chip key={event} size="small" variant="outlined" label={translate(`repbase.webhooks.events.${event}`)} />
      ))}
    </Stack>
  );
}
