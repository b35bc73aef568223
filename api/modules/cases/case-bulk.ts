import { bulkIds } from '../../common/bulk-ids';
import { ErrorReason } from '../../common/error-reasons';
import { badInput } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../context';
import { Membership } from '../users/membership.entity';
import { Role } from '../users/role';
import type { CaseStatus } from './case-status';
import { Case } from './case.entity';
import { applyMove } from './case.service';

/**
 * Moves every selected case to `status`, each by the rules moveCase applies, all or nothing: one
 * illegal move refuses the whole selection (extensions.caseId names the case), so a list never ends
 * half moved.
 */
export async function moveCases(context: RequestContext, ids: string[], status: CaseStatus, note: string | null): Promise<Case[]> {
  const selected = bulkIds(ids);
  return context.transaction(async (transaction) => {
    const moved: Case[] = [];
    for (const id of selected) {
      const caseRow = await transaction.tenant.get(Case, id, 'pessimistic_write');
      try {
        moved.push(await applyMove(context, transaction, caseRow, status, note));
      } catch (error) {
        if (error && typeof error === 'object' && 'details' in error) Object.assign((error as { details: object }).details, { caseId: caseRow.id });
        throw error;
      }
    }
    return moved;
  });
}

/** Gives the selected cases to a representative of the client (a user holding the REPRESENTATIVE role here). */
export async function assignCases(context: RequestContext, ids: string[], representativeUserId: string): Promise<Case[]> {
  const selected = bulkIds(ids);
  return context.transaction(async (transaction) => {
    const clientId = transaction.tenant.clientId;
    const holdsRole = isUuid(representativeUserId) && (await transaction.manager.existsBy(Membership, { userId: representativeUserId, clientId, role: Role.REPRESENTATIVE }));
    if (!holdsRole) {
      throw badInput({ field: 'representativeUserId', message: 'must be a user holding the REPRESENTATIVE role in this client' }, ErrorReason.NOT_A_REPRESENTATIVE);
    }
    const assigned: Case[] = [];
    for (const id of selected) {
      const caseRow = await transaction.tenant.get(Case, id, 'pessimistic_write');
      assigned.push(caseRow.representativeUserId === representativeUserId ? caseRow : await transaction.update(Case, caseRow, { representativeUserId }, { action: 'ASSIGN' }));
    }
    return assigned;
  });
}
