import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

interface Membership {
  id: string;
  role: string;
  client: { name: string };
}

/** `label` is read by the Datagrid for the column header. */
export function RoleChips(_props: { label?: string }) {
  const record = useRecordContext<{ memberships?: Membership[]; isAdmin?: boolean }>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap' }} useFlexGap>
      {record.isAdmin && <Chip size="small" color="primary" label={translate('repbase.roles.ADMIN')} />}
      {(record.memberships ?? []).map((membership) => (
        <Chip key={membership.id} size="small" label={`${translate(`repbase.roles.${membership.role}`)} · ${membership.client.name}`} />
      ))}
    </Stack>
  );
}
