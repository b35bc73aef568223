import { Datagrid, FunctionField, List, SelectField, SelectInput, TextField } from 'react-admin';
import { DateField } from '../common/format';

const statusChoices = ['DRAFT', 'PUBLISHED'].map((status) => ({ id: status, name: `crm.stories.statuses.${status}` }));

export function CaseStoryList() {
  return (
    <List filters={[<SelectInput key="status" source="status" choices={statusChoices} alwaysOn />]} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="edit" bulkActionButtons={false}>
        <TextField source="title" />
        <SelectField source="status" choices={statusChoices} />
        <FunctionField label="resources.case-stories.fields.text" render={(record: { text: string }) => record.text.length} />
        <DateField source="createdAt" />
        <DateField source="publishedAt" emptyText="—" />
      </Datagrid>
    </List>
  );
}
