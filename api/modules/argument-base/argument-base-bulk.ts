import { bulkIds } from '../../common/bulk-ids';
import type { RequestContext } from '../../context';
import { Reply, ReplyStatus } from './reply.entity';
import { approveIn } from './reply.service';
import { Situation } from './situation.entity';

/** Archives the selected situations in one transaction; those already archived stay as they are. */
export async function archiveSituations(context: RequestContext, ids: string[]): Promise<Situation[]> {
  const selected = bulkIds(ids);
  return context.transaction(async (transaction) => {
    const archived: Situation[] = [];
    for (const id of selected) {
      const situation = await transaction.tenant.get(Situation, id, 'pessimistic_write');
      archived.push(situation.isArchived ? situation : await transaction.update(Situation, situation, { isArchived: true }, { action: 'ARCHIVE' }));
    }
    // The selection is recorded even when every situation was archived already: the request is audited, not only its changes.
    await transaction.record({ entityType: 'ArgumentBase', entityId: transaction.tenant.clientId, action: 'ARCHIVE_SITUATIONS', after: { situations: selected, archived: archived.filter((situation) => situation.isArchived).length } });
    return archived;
  });
}

/**
 * Approves the draft replies of the selected situations (their current revisions) in one
 * transaction, as approveReply does for one; approved and retired replies are left as they are.
 */
export async function approveSituationReplies(context: RequestContext, ids: string[]): Promise<Reply[]> {
  const selected = bulkIds(ids);
  return context.transaction(async (transaction) => {
    const approved: Reply[] = [];
    for (const id of selected) {
      const situation = await transaction.tenant.get(Situation, id);
      const drafts = await transaction.tenant.query(Reply, 'reply').andWhere('reply.situationId = :situationId', { situationId: situation.id }).andWhere('reply.status = :draft', { draft: ReplyStatus.DRAFT }).orderBy('reply.id').setLock('pessimistic_write').getMany();
      for (const reply of drafts) approved.push(await approveIn(transaction, reply));
    }
    // Recorded even when no selected situation had a draft: the request is audited, not only its changes.
    await transaction.record({ entityType: 'ArgumentBase', entityId: transaction.tenant.clientId, action: 'APPROVE_SITUATION_REPLIES', after: { situations: selected, replies: approved.map((reply) => reply.id) } });
    return approved;
  });
}
