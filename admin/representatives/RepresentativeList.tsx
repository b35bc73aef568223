import { Chip, Stack } from '@mui/material';
import { BooleanField, Datagrid, FunctionField, List, SearchInput, TextField, usePermissions } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { DateField } from '../common/format';
import { CertificationChips, type CertificationEntry } from '../certification-standard/CertificationChips';

interface Account {
  id: string;
  handle: string;
  platform: { name: string } | null;
}

export function RepresentativeList() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn />]} sort={{ field: 'name', order: 'ASC' }} exporter={false}>
      <Datagrid rowClick={can(permissions, 'PR_SPECIALIST') ? 'edit' : false} bulkActionButtons={false}>
        <TextField source="name" />
        <FunctionField
          source="accounts"
          sortable={false}
          render={(record: { accounts: Account[] }) => (
            <Stack direction="row" sx={{ gap: 0.5, flexWrap: "wrap" }}>
              {record.accounts.map((account) => (
                <Chip key={account.id} size="small" label={`${account.handle} · ${account.platform?.name ?? ''}`} />
              ))}
            </Stack>
          )}
        />
        <FunctionField source="certifications" sortable={false} render={(record: { certifications: CertificationEntry[] }) => <CertificationChips entries={record.certifications ?? []} />} />
        <BooleanField source="isActive" />
        <DateField source="createdAt" />
      </Datagrid>
    </List>
  );
}
