import { badInput } from '../../common/errors';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { BRIEF_SECTIONS, emptyBriefContent } from './brief-content';
import { normaliseContent, type DraftContent } from './brief-content-rules';
import { staleVersionConflict } from './brief-conflict';
import { assertAllowed, BriefAction } from './brief-lifecycle';
import { completeContent, loadReferences } from './brief-references';
import { BriefStatus, BriefVersion } from './brief-version.entity';
import { Brief } from './brief.entity';
import type { CreateBriefDraftInput, UpdateBriefDraftInput } from './brief.inputs';
import { ErrorReason } from '../../common/error-reasons';

/**
 * The client's brief, locked for the rest of the transaction, so version numbers are handed out and
 * approvals made one at a time. Created on first use; the advisory lock makes two first drafts
 * created at once agree on a single brief.
 */
export async function lockBrief(transaction: TransactionScope, brandName: string): Promise<Brief> {
  const find = () => transaction.tenant.findOne(Brief, { where: {}, lock: { mode: 'pessimistic_write' } });
  const existing = await find();
  if (existing) return existing;
  await transaction.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`brief:${transaction.tenant.clientId}`]);
  return (await find()) ?? transaction.insert(Brief, { title: `Техническое задание онлайн-представителя: ${brandName}` });
}

async function nextNumber(transaction: TransactionScope, briefId: string): Promise<number> {
  const row = await transaction.tenant
    .query(BriefVersion, 'version')
    .select('COALESCE(MAX(version.number), 0)', 'last')
    .andWhere('version.briefId = :briefId', { briefId })
    .getRawOne<{ last: number }>();
  return Number(row?.last ?? 0) + 1;
}

/**
 * A new DRAFT: empty, or a copy of a version's content with its item keys. It replaces whatever is in
 * force now; approving it later is refused if something else was approved in between.
 */
export async function createBriefDraft(context: RequestContext, input: CreateBriefDraftInput): Promise<BriefVersion> {
  return context.transaction(async (transaction) => {
    const source = input.copyFromVersionId ? await transaction.tenant.get(BriefVersion, input.copyFromVersionId) : null;
    const brief = await lockBrief(transaction, context.client.brandName);
    const inForce = await transaction.tenant.findOne(BriefVersion, { where: { briefId: brief.id, status: BriefStatus.APPROVED } });
    return transaction.insert(
      BriefVersion,
      {
        briefId: brief.id,
        number: await nextNumber(transaction, brief.id),
        status: BriefStatus.DRAFT,
        title: input.title?.trim() || source?.title || inForce?.title || brief.title,
        content: source ? completeContent(source.content) : emptyBriefContent(),
        basedOnVersionId: source?.id ?? null,
        replacesVersionId: inForce?.id ?? null,
        createdById: context.user.id,
        submittedAt: null,
        submittedById: null,
        approvedAt: null,
        approvedById: null,
        archivedAt: null,
        reviewComment: null,
      },
      { action: 'CREATE_DRAFT' },
    );
  });
}

/**
 * Saves a draft. The sections sent replace the draft's; the result is checked as a whole. The save is
 * conditioned on the version the editor read: a stale one gets CONFLICT saying who changed what since.
 */
export async function updateBriefDraft(context: RequestContext, id: string, input: UpdateBriefDraftInput): Promise<BriefVersion> {
  const { version: expectedVersion, title, ...sections } = input;
  return context.transaction(async (transaction) => {
    const draft = await transaction.tenant.get(BriefVersion, id, 'pessimistic_write');
    assertAllowed(draft, BriefAction.EDIT);
    if (draft.version !== expectedVersion) throw await staleVersionConflict(transaction, draft, expectedVersion);
    const given: DraftContent = {};
    for (const section of BRIEF_SECTIONS) {
      if (sections[section]) Object.assign(given, { [section]: sections[section] });
    }
    const merged: DraftContent = { ...completeContent(draft.content), ...given };
    const { content, problems } = normaliseContent(merged, await loadReferences(transaction.tenant, merged));
    if (problems.length) throw badInput(problems, ErrorReason.INVALID_BRIEF);
    const changes: Partial<BriefVersion> = { content };
    if (title !== undefined && title !== null) changes.title = title.trim();
    return transaction.update(BriefVersion, draft, changes, { expectedVersion });
  });
}
