import AddIcon from '@mui/icons-material/Add';
import { Alert, Box, Button, Chip, Stack, Typography } from '@mui/material';
import {
  Datagrid,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectField,
  SelectInput,
  TextField,
  TopToolbar,
  UrlField,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { Link } from 'react-router-dom';
import { can, type Permissions } from '../authProvider';
import { DateField } from '../common/format';
import { postKindChoices } from './graphql';

interface Violation {
  rule: string;
  message: string;
  fragment: string;
  suggestion: string | null;
}

const filters = [
  <ReferenceInput key="platformId" source="platformId" reference="platforms" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={postKindChoices} alwaysOn />,
  <NullableBooleanInput key="hasViolations" source="hasViolations" alwaysOn />,
  <SearchInput key="q" source="q" />,
];

/** How many brief findings a post has: a red chip a PR specialist notices, or a quiet "none" (Datagrid reads the header from `label`). */
function ViolationsChip(_props: { label?: string }) {
  const record = useRecordContext<{ violations: Violation[] }>();
  const translate = useTranslate();
  if (!record) return null;
  return record.violations.length ? (
    <Chip size="small" color="error" label={translate('kpis.posts.violationsCount', { count: record.violations.length })} />
  ) : (
    <Typography variant="body2" color="text.secondary">
      {translate('kpis.posts.clean')}
    </Typography>
  );
}

/** The post as written, with each finding of the brief check and its fix. */
function PostPanel() {
  const record = useRecordContext<{ text: string; violations: Violation[] }>();
  if (!record) return null;
  return (
    <Box sx={{ p: 1 }}>
      <Typography sx={{ whiteSpace: 'pre-wrap', mb: 1 }}>{record.text}</Typography>
      <Stack spacing={1}>
        {record.violations.map((violation, index) => (
          <Alert key={index} severity="warning">
            «{violation.fragment}»: {violation.message}
          </Alert>
        ))}
      </Stack>
    </Box>
  );
}

function Actions() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  if (!can(permissions, 'PR_SPECIALIST', 'REPRESENTATIVE')) return null;
  return (
    <TopToolbar>
      <Button component={Link} to="/posts/log" size="small" startIcon={<AddIcon />} data-testid="open-log-post">
        {translate('kpis.posts.log')}
      </Button>
    </TopToolbar>
  );
}

export function PostList() {
  return (
    <List filters={filters} sort={{ field: 'postedAt', order: 'DESC' }} exporter={false} actions={<Actions />}>
      <Datagrid expand={<PostPanel />} rowClick="expand" bulkActionButtons={false}>
        <DateField source="postedAt" showTime />
        <SelectField source="kind" choices={postKindChoices} />
        <ReferenceField source="platformId" reference="platforms" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <TextField source="text" sx={{ display: 'block', maxWidth: 420, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
        <UrlField source="url" emptyText="—" target="_blank" rel="noopener noreferrer" />
        <ViolationsChip label="resources.posts.fields.violations" />
      </Datagrid>
    </List>
  );
}
