import { conflict, type AppError } from '../../common/errors';
import type { TransactionScope } from '../../common/transaction-scope';
import { AuditEvent } from '../audit/audit-event.entity';
import { changedFields, snapshot } from '../audit/audit-snapshot';
import type { BriefContent } from './brief-content';
import { diffContent, sectionHasChanges } from './brief-diff';
import { platformNames, completeContent } from './brief-references';
import { BriefVersion } from './brief-version.entity';
import { ErrorReason } from '../../common/error-reasons';

/** One section as changed by one save: the labels of the items added, removed and changed. */
export interface SectionChangeSummary {
  section: string;
  added: string[];
  removed: string[];
  changed: string[];
  reordered: boolean;
}

export interface DraftChange {
  by: string;
  at: string;
  action: string;
  fields: string[];
  sections: SectionChangeSummary[];
}

function describe(summary: SectionChangeSummary): string {
  const parts = [
    summary.added.length ? `added ${summary.added.map((label) => `«${label}»`).join(', ')}` : '',
    summary.removed.length ? `removed ${summary.removed.map((label) => `«${label}»`).join(', ')}` : '',
    summary.changed.length ? `changed ${summary.changed.map((label) => `«${label}»`).join(', ')}` : '',
    summary.reordered ? 'reordered' : '',
  ].filter(Boolean);
  return `${summary.section} (${parts.join('; ')})`;
}

/**
 * CONFLICT for a change made on a stale read of a brief version: who changed it since, and what,
 * section by section and item by item, read from the before/after snapshots of its audit events.
 */
export async function staleVersionConflict(transaction: TransactionScope, current: BriefVersion, expectedVersion: number): Promise<AppError> {
  const events = await transaction.manager
    .createQueryBuilder(AuditEvent, 'event')
    .where('event.entityType = :entityType AND event.entityId = :entityId', { entityType: 'BriefVersion', entityId: current.id })
    .andWhere('event.clientId = :clientId', { clientId: current.clientId })
    .andWhere(`(event.after ->> 'version')::int > :expectedVersion`, { expectedVersion })
    .orderBy('event.createdAt', 'ASC')
    .getMany();
  const contentOf = (state: Record<string, unknown> | null) => completeContent(state?.content as Partial<BriefContent> | undefined);
  const platforms = await platformNames(
    transaction.tenant,
    events.flatMap((event) => [contentOf(event.before), contentOf(event.after)]),
  );
  const changes: DraftChange[] = events.map((event) => ({
    by: event.actorLabel,
    at: event.createdAt.toISOString(),
    action: event.action,
    fields: changedFields(event.before, event.after),
    sections: diffContent(contentOf(event.before), contentOf(event.after), platforms)
      .filter(sectionHasChanges)
      .map((section) => ({
        section: section.section,
        added: section.added.map((item) => item.label),
        removed: section.removed.map((item) => item.label),
        changed: section.changed.map((item) => item.label),
        reordered: section.reordered,
      })),
  }));
  const who = [...new Set(changes.map((change) => change.by))].join(', ') || 'someone else';
  const whatChanged = changes.flatMap((change) => [
    ...change.sections.map(describe),
    ...change.fields.filter((field) => field !== 'content'),
  ]);
  return conflict(
    `Brief version ${current.number} was changed by ${who} after you opened it (you had version ${expectedVersion}, it is now ${current.version}` +
      (whatChanged.length ? `; changed: ${[...new Set(whatChanged)].join('; ')}` : '') +
      '). Reload it and apply your edit again.',
    {
      reason: ErrorReason.STALE_VERSION,
      expectedVersion,
      currentVersion: current.version,
      changes,
      current: snapshot(transaction.manager, BriefVersion, current),
    },
  );
}
