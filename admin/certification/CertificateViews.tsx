import { Button } from '@mui/material';
import { Datagrid, List, ReferenceInput, SelectField, SelectInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { DateField, NumberField } from '../common/format';
import { certificateStatusChoices } from './choices';
import { downloadCertificate } from './download';

function DownloadButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Button size="small" onClick={(event) => (event.stopPropagation(), void downloadCertificate(String(record.id)))}>
      {translate('certification.download')}
    </Button>
  );
}

const filters = [
  <ReferenceInput key="quizId" source="quizId" reference="quizzes" alwaysOn>
    <SelectInput optionText="title" />
  </ReferenceInput>,
  <ReferenceInput key="representativeId" source="representativeId" reference="representatives" alwaysOn>
    <SelectInput optionText="name" />
  </ReferenceInput>,
];

export function CertificateList() {
  return (
    <List filters={filters} sort={{ field: 'issuedAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick={false} bulkActionButtons={false}>
        <TextField source="representativeName" sortable={false} />
        <TextField source="quizTitle" sortable={false} />
        <NumberField source="score" />
        <DateField source="issuedAt" />
        <DateField source="validUntil" emptyText="—" />
        <SelectField source="status" choices={certificateStatusChoices} sortable={false} />
        <TextField source="verificationCode" sortable={false} />
        <DownloadButton />
      </Datagrid>
    </List>
  );
}
