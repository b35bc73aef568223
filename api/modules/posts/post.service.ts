import { badInput, conflict } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { isUuid } from '../../common/ids';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import { containing } from '../../common/sql';
import type { RequestContext } from '../../context';
import { checkReplyText } from '../argument-base/reply-check';
import { ReplyCheckRule } from '../argument-base/reply-check.types';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { assertMayPost, postingAllowance } from '../cases/posting-limits';
import { accountForPost } from '../cases/reaction.service';
import { Platform } from '../platforms/platform.entity';
import { BRIEF_POST_KIND } from './post-kind';
import { Post } from './post.entity';
import type { LogPostInput, PostFilter, PostListArgs } from './post.inputs';

const CLOCK_SKEW_MS = 10 * 60 * 1000;
const SORTABLE = { postedAt: 'post.postedAt', kind: 'post.kind', platformId: 'post.platformId', createdAt: 'post.createdAt' };

function postsMatching(context: RequestContext, filter: PostFilter = {}) {
  const query = context.tenant.query(Post, 'post');
  const id = (value: string) => (isUuid(value) ? value : null);
  if (filter.ids) query.andWhere('post.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.platformId) query.andWhere('post.platformId = :platformId', { platformId: id(filter.platformId) });
  if (filter.kind) query.andWhere('post.kind = :kind', { kind: filter.kind });
  if (filter.userId) query.andWhere('post.userId = :userId', { userId: id(filter.userId) });
  if (filter.postedFrom) query.andWhere('post.postedAt >= :postedFrom', { postedFrom: filter.postedFrom });
  if (filter.postedTo) query.andWhere('post.postedAt < :postedTo', { postedTo: filter.postedTo });
  if (filter.hasViolations !== undefined) query.andWhere(`jsonb_array_length(post.violations) ${filter.hasViolations ? '>' : '='} 0`);
  if (filter.q) query.andWhere('post.text ILIKE :q', { q: containing(filter.q) });
  return query;
}

export function listPosts(context: RequestContext, args: PostListArgs): Promise<Post[]> {
  return paginate(postsMatching(context, args.filter), args, SORTABLE, { field: 'postedAt', order: SortOrder.DESC }).getMany();
}

export async function countPosts(context: RequestContext, filter?: PostFilter): Promise<ListMetadata> {
  return { count: await postsMatching(context, filter).getCount() };
}

export function getPost(context: RequestContext, id: string): Promise<Post> {
  return context.tenant.get(Post, id);
}

/**
 * Logs news, an offer or a free-standing answer posted from an official account. The brief's posting
 * limit counts it with the answers (refused when reached, or when the platform's rule does not allow
 * the kind); the brief check is run and its findings kept on the post: it is already public, so the
 * record shows what the brief would have flagged instead of losing the post.
 */
export async function logPost(context: RequestContext, input: LogPostInput): Promise<Post> {
  return context.transaction(async (transaction) => {
    const platform = await transaction.tenant.get(Platform, input.platformId);
    if (platform.isArchived) throw conflict(`The platform "${platform.name}" is archived; nothing is posted there any more.`, { reason: ErrorReason.PLATFORM_ARCHIVED });
    const text = input.text.trim();
    if (platform.replyLengthLimit && [...text].length > platform.replyLengthLimit) {
      throw badInput({ field: 'text', message: `"${platform.name}" accepts at most ${platform.replyLengthLimit} characters; this text has ${[...text].length}` }, ErrorReason.TOO_LONG_FOR_PLATFORM);
    }
    const postedAt = input.postedAt ?? new Date();
    if (postedAt.getTime() > Date.now() + CLOCK_SKEW_MS) throw badInput({ field: 'postedAt', message: 'postedAt cannot be in the future' }, ErrorReason.TIME_IN_FUTURE);
    const { account, representative } = await accountForPost(context, transaction, platform, input.officialAccountId);

    // One post at a time per platform (the same lock as logReaction), so two posts cannot both take the last slot.
    await transaction.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`posting:${platform.id}`]);
    const brief = await loadBriefInForce(transaction.tenant);
    assertMayPost(await postingAllowance(transaction.tenant, platform, brief?.content.postingRules ?? [], postedAt, BRIEF_POST_KIND[input.kind]));
    const violations = checkReplyText(text, brief?.content ?? null, platform).filter((violation) => violation.rule !== ReplyCheckRule.LENGTH_LIMIT);
    return transaction.insert(
      Post,
      { platformId: platform.id, kind: input.kind, text, url: input.url?.trim() || null, postedAt, userId: representative.userId, officialAccountId: account.id, violations },
      { action: 'POST' },
    );
  });
}
