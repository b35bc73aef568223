export const webhookEventTypes = [
  'CASE_CREATED',
  'CASE_OVERDUE',
  'ESCALATION_CREATED',
  'ESCALATION_ANSWERED',
  'REPLY_APPROVED',
  'BRIEF_VERSION_APPROVED',
  'REPORT_SUBMITTED',
  'CERTIFICATE_LAPSING',
] as const;

export const eventChoices = webhookEventTypes.map((type) => ({ id: type, name: `repbase.webhooks.events.${type}` }));

export const statusChoices = ['PENDING', 'DELIVERED', 'FAILED'].map((status) => ({ id: status, name: `repbase.webhooks.statuses.${status}` }));
