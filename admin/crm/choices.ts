export const caseStatuses = ['NEW', 'IN_PROGRESS', 'ANSWERED', 'MOVED_TO_PRIVATE', 'RESOLVED', 'CLOSED'] as const;
export const caseStatusChoices = caseStatuses.map((status) => ({ id: status, name: `crm.caseStatuses.${status}` }));

export { categories, categoryChoices } from '../common/choices';

export const sentimentChoices = ['POSITIVE', 'NEUTRAL', 'NEGATIVE'].map((sentiment) => ({ id: sentiment, name: `crm.sentiments.${sentiment}` }));
export const escalationStatusChoices = ['OPEN', 'ANSWERED', 'ARCHIVED'].map((status) => ({ id: status, name: `crm.escalationStatuses.${status}` }));

/** Chip colours of case statuses: what needs attention stands out. */
export const statusColor: Record<string, 'default' | 'primary' | 'success' | 'warning' | 'info'> = {
  NEW: 'warning',
  IN_PROGRESS: 'primary',
  ANSWERED: 'info',
  MOVED_TO_PRIVATE: 'info',
  RESOLVED: 'success',
  CLOSED: 'default',
};
