import { ExampleSource, SituationExample } from '../argument-base/situation-example.entity';
import type { TransactionScope } from '../../common/transaction-scope';
import type { Case } from './case.entity';

/**
 * The base learns from confirmed work: the post of a case answered with a situation's reply (or
 * whose situation a person corrected) becomes a CONFIRMED example of that situation. A case has at
 * most one confirmed example, following its situation; doing it again changes nothing. Callers hold
 * the case row locked, which keeps two requests from adding it twice.
 */
export async function confirmCaseExample(transaction: TransactionScope, caseRow: Pick<Case, 'id'>, situationId: string, postText: string): Promise<SituationExample> {
  const existing = await transaction.tenant.findOne(SituationExample, { where: { caseId: caseRow.id, source: ExampleSource.CONFIRMED } });
  if (!existing) {
    return transaction.insert(SituationExample, { situationId, text: postText, source: ExampleSource.CONFIRMED, caseId: caseRow.id }, { action: 'CONFIRM' });
  }
  if (existing.situationId === situationId) return existing;
  return transaction.update(SituationExample, existing, { situationId }, { action: 'CONFIRM' });
}
