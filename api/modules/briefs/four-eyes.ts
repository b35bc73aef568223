import { ErrorReason } from '../../common/error-reasons';
import { forbidden } from '../../common/errors';
import type { TransactionScope } from '../../common/transaction-scope';
import { Brief } from './brief.entity';

/**
 * Four eyes, when the client's brief asks for it: whoever wrote the words (a reply's revision) or
 * a brief version (created or edited it, as the audit log records) cannot approve them.
 */
export async function assertFourEyes(transaction: TransactionScope, what: { authors: (string | null)[]; description: string }): Promise<void> {
  const approver = transaction.actor.userId;
  if (!approver || !what.authors.includes(approver)) return;
  const brief = await transaction.tenant.findOne(Brief, { where: {} });
  if (!brief?.fourEyesApproval) return;
  throw forbidden(`The brief requires four eyes: you wrote ${what.description}, so someone else must approve it.`, { reason: ErrorReason.FOUR_EYES_REQUIRED });
}

/** Everyone who created or edited a brief version's draft, from the audit log. */
export async function briefVersionAuthors(transaction: TransactionScope, versionId: string): Promise<string[]> {
  const rows = await transaction.tenant.sql<{ actor_user_id: string }>(
    `SELECT DISTINCT actor_user_id FROM audit_event
     WHERE client_id = $client AND entity_type = 'BriefVersion' AND entity_id = $2 AND action IN ('CREATE', 'UPDATE') AND actor_user_id IS NOT NULL`,
    [versionId],
  );
  return rows.map((row) => row.actor_user_id);
}
