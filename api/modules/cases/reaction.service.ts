import { badInput, conflict, forbidden } from '../../common/errors';
import type { TransactionScope } from '../../common/transaction-scope';
import type { RequestContext } from '../../context';
import { Reply, ReplyStatus } from '../argument-base/reply.entity';
import { normaliseHandle } from '../argument-base/approved-reply.service';
import { assertNoBreach, overrideReasonOf } from '../argument-base/brief-breaches';
import { renderReply, wordingsOf, type RenderedReply } from '../argument-base/rendered-reply';
import { checkReplyText } from '../argument-base/reply-check';
import { recordDeliveries } from '../argument-base/reply-rotation';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { Mention } from '../mentions/mention.entity';
import { Platform } from '../platforms/platform.entity';
import { BRIEF_POST_KIND, type LoggedPostKind } from '../posts/post-kind';
import { OfficialAccount } from '../representatives/official-account.entity';
import { Representative } from '../representatives/representative.entity';
import { Role } from '../users/role';
import { confirmCaseExample } from './base-learning';
import type { LogReactionInput, PostingAllowance } from './case.inputs';
import { AWAITING_ANSWER, CaseStatus, FINAL_STATUSES } from './case-status';
import { Case } from './case.entity';
import { transition } from './case-workflow';
import { assertMayPost, postingAllowance } from './posting-limits';
import { assertCertifiedToPost } from '../certification/certification-requirement';
import { Reaction } from './reaction.entity';
import { ErrorReason } from '../../common/error-reasons';

const CLOCK_SKEW_MS = 10 * 60 * 1000;

const spacing = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Which wording of the approved reply was posted, as rendered for this author (with or without their
 * name); null when the words were changed. Spacing does not count as a change.
 */
function postedWording(reply: Reply, text: string, values: { name: string | null; brand: string }): RenderedReply | null {
  const posted = spacing(text);
  for (let index = 0; index < wordingsOf(reply).length; index += 1) {
    for (const name of [values.name, null]) {
      const rendered = renderReply(reply, index, { name, brand: values.brand });
      if (spacing(rendered.text) === posted) return rendered;
    }
  }
  return null;
}

/** Whether one more post of `kind` may go out on the platform now (what logReaction and logPost will check). */
export async function canPost(context: RequestContext, platformId: string, kind: LoggedPostKind): Promise<PostingAllowance> {
  const platform = await context.tenant.get(Platform, platformId);
  const brief = await loadBriefInForce(context.tenant);
  return postingAllowance(context.tenant, platform, brief?.content.postingRules ?? [], new Date(), BRIEF_POST_KIND[kind]);
}

/**
 * The official account a post goes out from: the one named (which must be on the case's platform,
 * active, and the caller's own unless a PR specialist logs it), else the caller's own account there.
 * Posts never go out from anything but an official, brand-named account.
 */
export async function accountForPost(context: RequestContext, transaction: TransactionScope, platform: Platform, accountId: string | null | undefined) {
  const onBehalf = context.hasRole(Role.PR_SPECIALIST);
  let account: OfficialAccount | null;
  if (accountId) {
    account = await transaction.tenant.get(OfficialAccount, accountId);
    if (account.platformId !== platform.id) throw badInput({ field: 'officialAccountId', message: `this account is not on "${platform.name}", where the case is` }, ErrorReason.WRONG_PLATFORM);
  } else {
    const representative = await transaction.tenant.findOne(Representative, { where: { userId: context.user.id } });
    account = representative ? await transaction.tenant.findOne(OfficialAccount, { where: { representativeId: representative.id, platformId: platform.id } }) : null;
    if (!account) {
      throw badInput(
        { field: 'officialAccountId', message: `you have no official account on "${platform.name}"; a PR specialist registers one (Representatives → accounts), or name the account posted from` },
        ErrorReason.NO_OFFICIAL_ACCOUNT,
      );
    }
  }
  const representative = await transaction.tenant.get(Representative, account.representativeId);
  if (!account.isActive || !representative.isActive) throw badInput({ field: 'officialAccountId', message: `the account "${account.handle}" or its representative is inactive` }, ErrorReason.ACCOUNT_INACTIVE);
  if (representative.userId !== context.user.id && !onBehalf) {
    throw forbidden(`The account "${account.handle}" belongs to another representative; log posts from your own account.`, { reason: ErrorReason.NOT_YOUR_ACCOUNT });
  }
  return { account, representative };
}

/**
 * Logs a post the brand made in answer to a case (the reaction): checks the account, the reply, the
 * platform's length limit, the certificate the brief may require and the brief's posting limit, moves the case to ANSWERED, records the
 * first response time, and lets the base learn from the reply used.
 */
export async function logReaction(context: RequestContext, caseId: string, input: LogReactionInput): Promise<Case> {
  return context.transaction(async (transaction) => {
    const caseRow = await transaction.tenant.get(Case, caseId, 'pessimistic_write');
    if (FINAL_STATUSES.includes(caseRow.status)) {
      throw conflict(`This case is ${caseRow.status}; it is final and takes no more posts.`, { reason: ErrorReason.CASE_FINISHED, status: caseRow.status });
    }
    const platform = await transaction.tenant.get(Platform, caseRow.platformId);
    const text = input.text.trim();
    if (platform.replyLengthLimit && text.length > platform.replyLengthLimit) {
      throw badInput({ field: 'text', message: `"${platform.name}" accepts at most ${platform.replyLengthLimit} characters; this text has ${text.length}` }, ErrorReason.TOO_LONG_FOR_PLATFORM);
    }
    const postedAt = input.postedAt ?? new Date();
    if (postedAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw badInput({ field: 'postedAt', message: 'postedAt cannot be in the future' }, ErrorReason.TIME_IN_FUTURE);
    if (postedAt < caseRow.requestedAt) {
      throw badInput({ field: 'postedAt', message: `postedAt is before the post it answers (${caseRow.requestedAt.toISOString()})` }, ErrorReason.BEFORE_THE_POST);
    }
    let reply: Reply | null = null;
    if (input.replyId) {
      reply = await transaction.tenant.get(Reply, input.replyId);
      if (reply.status !== ReplyStatus.APPROVED) throw badInput({ field: 'replyId', message: `this reply is ${reply.status}; only approved replies are posted` }, ErrorReason.REPLY_NOT_APPROVED);
    }
    const { account, representative } = await accountForPost(context, transaction, platform, input.officialAccountId);

    // One post at a time per platform, so that two representatives cannot both take the last slot.
    await transaction.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`posting:${platform.id}`]);
    const brief = await loadBriefInForce(transaction.tenant);
    const overrideReason = overrideReasonOf('overrideReason', input.overrideReason);
    const checkFindings = assertNoBreach(checkReplyText(text, brief?.content ?? null, null), overrideReason, { text: 'text', reasonField: 'overrideReason' });
    await assertCertifiedToPost(transaction.tenant, { platform, userId: representative.userId, postingRules: brief?.content.postingRules ?? [] });
    assertMayPost(await postingAllowance(transaction.tenant, platform, brief?.content.postingRules ?? [], postedAt));

    const mention = await transaction.tenant.get(Mention, caseRow.mentionId);
    const wording = reply ? postedWording(reply, text, { name: mention.authorName, brand: context.client.brandName }) : null;
    await transaction.insert(
      Reaction,
      {
        caseId: caseRow.id,
        platformId: platform.id,
        userId: representative.userId,
        officialAccountId: account.id,
        replyId: reply?.id ?? null,
        // Edited words are not the approved revision's: the post is not recorded as a use of them.
        replyRevision: reply && wording ? reply.revision : null,
        situationId: reply?.situationId ?? null,
        text,
        postedAt,
        postUrl: input.postUrl?.trim() || null,
        edited: Boolean(reply && !wording),
        checkFindings,
        overrideReason: checkFindings.length ? overrideReason : null,
      },
      { action: 'POST' },
    );
    if (reply && wording) {
      // The author now has these words: the next reply to them (here or by a tool) takes another wording.
      await recordDeliveries(transaction.tenant, [
        { reply, to: { platformId: platform.id, authorHandle: normaliseHandle(mention.authorHandle), caseId: caseRow.id }, rendered: wording },
      ]);
    }
    const changes: Partial<Case> = AWAITING_ANSWER.includes(caseRow.status) ? await transition(transaction, caseRow, CaseStatus.ANSWERED) : {};
    if (!caseRow.firstResponseAt || postedAt < caseRow.firstResponseAt) changes.firstResponseAt = postedAt;
    if (!caseRow.representativeUserId) changes.representativeUserId = representative.userId;
    if (reply) {
      changes.situationId = reply.situationId;
      await confirmCaseExample(transaction, caseRow, reply.situationId, mention.text);
    }
    return transaction.update(Case, caseRow, changes, { expectedVersion: input.version, action: 'REACT' });
  });
}
