import CompareIcon from '@mui/icons-material/CompareArrows';
import PrintIcon from '@mui/icons-material/Print';
import { Datagrid, FunctionField, List, SelectInput, TextField, TopToolbar, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { Button } from '@mui/material';
import { statusChoices } from './choices';
import { FourEyesSwitch } from './FourEyesSwitch';
import { NewDraftButton } from './NewDraftButton';
import { StatusChip } from './StatusChip';
import { DateField, NumberField } from '../common/format';

const filters = [<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />];

function ListActions() {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <FourEyesSwitch />
      <NewDraftButton copyInForce />
      <NewDraftButton />
      <Button component={Link} to="/brief-diff" size="small" startIcon={<CompareIcon />}>
        {translate('briefs.actions.compare')}
      </Button>
      <Button component={Link} to="/brief" size="small" startIcon={<PrintIcon />}>
        {translate('briefs.actions.print')}
      </Button>
    </TopToolbar>
  );
}

/** The version history, newest first: drafts open in the editor, the others as documents. */
export function BriefVersionList() {
  return (
    <List filters={filters} sort={{ field: 'number', order: 'DESC' }} actions={<ListActions />} exporter={false}>
      <Datagrid rowClick={(_id, _resource, record) => (record.status === 'DRAFT' ? 'edit' : 'show')} bulkActionButtons={false}>
        <NumberField source="number" />
        <TextField source="title" />
        <FunctionField source="status" render={() => <StatusChip />} />
        <TextField source="createdBy.name" label="resources.brief-versions.fields.createdBy" emptyText="—" />
        <DateField source="createdAt" showTime />
        <DateField source="submittedAt" showTime emptyText="—" />
        <DateField source="approvedAt" showTime emptyText="—" />
      </Datagrid>
    </List>
  );
}
