import { Create, DateInput, ReferenceInput, SelectInput, SimpleForm, usePermissions } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { kpiPeriodChoices } from '../platforms/choices';

/** A new draft for the period holding the day chosen (today by default), prefilled by the API from the facts. */
export function ReportCreate() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <Create redirect="edit">
      <SimpleForm>
        {can(permissions, 'PR_SPECIALIST') && (
          <ReferenceInput source="representativeId" reference="representatives">
            <SelectInput optionText="name" />
          </ReferenceInput>
        )}
        <ReferenceInput source="platformId" reference="platforms">
          <SelectInput optionText="name" emptyText="reports.allPlatforms" />
        </ReferenceInput>
        <SelectInput source="period" choices={kpiPeriodChoices} defaultValue="MONTH" />
        <DateInput source="at" />
      </SimpleForm>
    </Create>
  );
}
