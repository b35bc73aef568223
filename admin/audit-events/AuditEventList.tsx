import { Link } from '@mui/material';
import { BooleanInput, Datagrid, DateTimeInput, FunctionField, List, SelectInput, TextInput, useCreatePath, usePermissions, useResourceDefinitions, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { Permissions } from '../authProvider';
import { DateField } from '../common/format';
import { en } from '../i18n/en';
import { AuditDiff } from './AuditDiff';
import { actionWords, changedFields, entityWords, fieldWords, recordTarget } from './audit-words';

interface AuditEventRecord {
  id: string;
  actorName: string | null;
  actorType: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const ACTIONS = Object.keys(en.repbase.audit.actions);
const ENTITIES = Object.keys(en.repbase.audit.entities);

/** What happened, to which record (linked when the panel has a page for it). */
function WhatField({ record }: { record: AuditEventRecord }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const registered = useResourceDefinitions();
  const target = recordTarget(record);
  const definition = target && registered[target.resource];
  // A record without a page of its own (an API key) is found on its list.
  const type = definition?.hasShow ? 'show' : definition?.hasEdit ? 'edit' : definition?.hasList ? 'list' : null;
  const entity = entityWords(translate, record.entityType);
  return (
    <span>
      {actionWords(translate, record.action)}:{' '}
      {target && type ? (
        <Link component={RouterLink} to={createPath({ resource: target.resource, id: type === 'list' ? undefined : target.id, type })} onClick={(event) => event.stopPropagation()}>
          {entity}
        </Link>
      ) : (
        entity
      )}
    </span>
  );
}

export function AuditEventList() {
  const { permissions } = usePermissions<Permissions>();
  const translate = useTranslate();
  const filters = [
    <TextInput key="actor" source="actor" alwaysOn />,
    <SelectInput key="entityType" source="entityType" choices={ENTITIES.map((type) => ({ id: type, name: `repbase.audit.entities.${type}` }))} />,
    <SelectInput key="action" source="action" choices={ACTIONS.map((action) => ({ id: action, name: `repbase.audit.actions.${action}` }))} />,
    <DateTimeInput key="from" source="from" />,
    <DateTimeInput key="to" source="to" />,
    ...(permissions?.isAdmin ? [<BooleanInput key="agencyWide" source="agencyWide" label="repbase.audit.agencyWide" />] : []),
  ];
  return (
    <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} exporter={false}>
      <Datagrid rowClick="expand" expand={<AuditDiff />} bulkActionButtons={false}>
        <DateField source="createdAt" showTime />
        <FunctionField<AuditEventRecord> source="actorName" sortable={false} render={(record) => record.actorName ?? translate('repbase.audit.system')} />
        <FunctionField<AuditEventRecord> source="action" render={(record) => <WhatField record={record} />} />
        <FunctionField<AuditEventRecord>
          label="repbase.audit.changed"
          render={(record) => (record.before && record.after ? changedFields(record.before, record.after).map((field) => fieldWords(translate, record.entityType, field)).join(', ') : '')}
        />
      </Datagrid>
    </List>
  );
}
