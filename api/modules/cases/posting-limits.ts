import type { TenantScope } from '../../auth/tenant-scope';
import { conflict } from '../../common/errors';
import { PostKind, type PostingRuleItem } from '../briefs/brief-content';
import type { Platform } from '../platforms/platform.entity';
import type { PostingAllowance } from './case.inputs';
import { ErrorReason } from '../../common/error-reasons';

const DAY = 24 * 60 * 60 * 1000;
const WEEK = 7 * DAY;

/**
 * The posting rule for a platform: its own rule, else the rule for its kind, else a rule for every
 * platform. Limits are rolling windows (the last 24 hours, the last 7 days), so "when it frees up"
 * is exact and no client time zone is needed.
 */
export function postingRuleFor(rules: PostingRuleItem[], platform: Pick<Platform, 'id' | 'kind'>): PostingRuleItem | null {
  return (
    rules.find((rule) => rule.platformId === platform.id) ??
    rules.find((rule) => !rule.platformId && rule.platformKind === platform.kind) ??
    rules.find((rule) => !rule.platformId && !rule.platformKind) ??
    null
  );
}

/** When the window holding `posts` (sorted, oldest first) has room for one more under `max`. */
function freesAt(posts: Date[], max: number, window: number): Date | null {
  if (posts.length < max) return null;
  return new Date(posts[posts.length - max].getTime() + window);
}

/**
 * Whether the brand may post one more post of `kind` (an answer unless said) on the platform at `at`,
 * counting everything posted there: answers to cases (reactions) and logged news, offers and answers.
 */
export async function postingAllowance(tenant: TenantScope, platform: Platform, rules: PostingRuleItem[], at: Date, kind: PostKind = PostKind.ANSWER): Promise<PostingAllowance> {
  const rule = postingRuleFor(rules, platform);
  const base = {
    platformId: platform.id,
    ruleKey: rule?.key ?? null,
    maxPostsPerDay: rule?.maxPostsPerDay ?? null,
    maxPostsPerWeek: rule?.maxPostsPerWeek ?? null,
  };
  const rows = (await tenant.sql(
    `SELECT posted_at FROM reaction WHERE client_id = $client AND platform_id = $2 AND posted_at > $3::timestamptz - interval '7 days' AND posted_at <= $3
     UNION ALL
     SELECT posted_at FROM post WHERE client_id = $client AND platform_id = $2 AND posted_at > $3::timestamptz - interval '7 days' AND posted_at <= $3
     ORDER BY posted_at`,
    [platform.id, at],
  )) as { posted_at: Date }[];
  const week = rows.map((row) => new Date(row.posted_at));
  const day = week.filter((postedAt) => postedAt.getTime() > at.getTime() - DAY);
  const counts = { postsLastDay: day.length, postsLastWeek: week.length };
  if (rule && rule.allowedPostKinds.length > 0 && !rule.allowedPostKinds.includes(kind)) {
    const what = kind === PostKind.ANSWER ? 'answers' : `${kind} posts`;
    return { ...base, ...counts, allowed: false, freesAt: null, reason: `the brief allows only ${rule.allowedPostKinds.join(', ')} posts on "${platform.name}", not ${what}` };
  }
  const dayFree = rule?.maxPostsPerDay != null ? freesAt(day, rule.maxPostsPerDay, DAY) : null;
  const weekFree = rule?.maxPostsPerWeek != null ? freesAt(week, rule.maxPostsPerWeek, WEEK) : null;
  if (!dayFree && !weekFree) return { ...base, ...counts, allowed: true, freesAt: null, reason: null };
  const limits = [
    dayFree ? `${rule!.maxPostsPerDay} a day (${day.length} in the last 24 hours)` : null,
    weekFree ? `${rule!.maxPostsPerWeek} a week (${week.length} in the last 7 days)` : null,
  ].filter(Boolean);
  const free = new Date(Math.max(dayFree?.getTime() ?? 0, weekFree?.getTime() ?? 0));
  return {
    ...base,
    ...counts,
    allowed: false,
    freesAt: free,
    reason: `the brief allows ${limits.join(' and ')} on "${platform.name}"; the next post is possible at ${free.toISOString()}`,
  };
}

/** Refuses a post the limit does not allow, saying the limit and when it frees up. */
export function assertMayPost(allowance: PostingAllowance): void {
  if (allowance.allowed) return;
  throw conflict(`Posting limit reached: ${allowance.reason}.`, {
    reason: ErrorReason.POSTING_LIMIT,
    ruleKey: allowance.ruleKey,
    maxPostsPerDay: allowance.maxPostsPerDay,
    maxPostsPerWeek: allowance.maxPostsPerWeek,
    postsLastDay: allowance.postsLastDay,
    postsLastWeek: allowance.postsLastWeek,
    freesAt: allowance.freesAt?.toISOString() ?? null,
  });
}
