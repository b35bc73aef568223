import { Datagrid, Pagination, ReferenceManyField, SelectField, TextField, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { DateField, NumberField } from '../common/format';
import { eventChoices, statusChoices } from './choices';
import { ResendButton } from './ResendButton';

/** The endpoint's deliveries, newest first: status, attempts, response code, latency, with resend. */
export function DeliveryLog() {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" sx={{ mt: 3 }}>
        {translate('repbase.webhooks.deliveries')}
      </Typography>
      <ReferenceManyField reference="webhook-deliveries" target="endpointId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} pagination={<Pagination />}>
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<Typography sx={{ p: 2 }}>{translate('repbase.webhooks.noDeliveries')}</Typography>}>
          <DateField source="createdAt" showTime />
          <SelectField source="eventType" choices={eventChoices} />
          <SelectField source="status" choices={statusChoices} />
          <NumberField source="attempts" />
          <NumberField source="responseCode" emptyText="—" options={{ useGrouping: false }} />
          <NumberField source="latencyMs" emptyText="—" />
          <DateField source="lastAttemptAt" showTime emptyText="—" />
          <TextField source="lastError" emptyText="—" sortable={false} />
          <ResendButton label="repbase.webhooks.resend" />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
}
