import DataLoader from 'dataloader';
import { notFound } from '../../common/errors';
import type { RequestContext } from '../../context';
import { loadAuthorProfileViews } from '../authors/author-profile';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { queryMatchCandidatesBatch } from '../matching/match-batch';
import { MAX_MATCHES, type SituationMatches } from '../matching/matching.types';
import { buildSituationMatches, wordsToAnalyse } from '../matching/matching.service';
import { brandWords, meaningfulText } from '../matching/post-text';
import { Mention } from '../mentions/mention.entity';
import { Platform } from '../platforms/platform.entity';
import type { Case } from './case.entity';
import { normaliseHandle } from '../argument-base/approved-reply.service';
import type { RenderedReply } from '../argument-base/rendered-reply';
import { nextWordings, type ReplyWordings } from '../argument-base/reply-rotation';

interface CaseWordingRequest {
  reply: ReplyWordings;
  caseRow: Pick<Case, 'id' | 'platformId'>;
  authorHandle: string | null;
  name: string | null;
}

const wordingLoaders = new WeakMap<RequestContext, DataLoader<CaseWordingRequest, RenderedReply, string>>();

/**
 * The wording a case's author gets next (the one the case was already given, if any), read without
 * recording anything: a page being read serves nothing. The delivery is recorded when the reply is
 * posted (logReaction). Batched: every reply of a request's cases costs one statement.
 */
export function caseWording(context: RequestContext, request: CaseWordingRequest): Promise<RenderedReply> {
  let loader = wordingLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(
      (requests: readonly CaseWordingRequest[]) =>
        nextWordings(
          context.tenant,
          requests.map(({ reply, caseRow, authorHandle, name }) => ({
            reply,
            to: { platformId: caseRow.platformId, authorHandle: normaliseHandle(authorHandle), caseId: caseRow.id },
            values: { name, brand: context.client.brandName },
          })),
        ),
      { cacheKeyFn: ({ reply, caseRow }) => `${caseRow.id}:${reply.id}:${reply.revision}` },
    );
    wordingLoaders.set(context, loader);
  }
  return loader.load(request);
}

/**
 * What the matcher suggests for cases, in bulk: the situations their posts are (with the approved
 * replies rendered for the case's platform and author), the brief's guidance, and the author. A page
 * of cases costs the same statements as one case: mentions, platforms, the brief, the authors and
 * their cases, and one matcher statement for every post.
 */
async function suggestionsFor(context: RequestContext, cases: readonly Case[]): Promise<SituationMatches[]> {
  const client = context.client;
  const [mentions, platforms, brief] = await Promise.all([
    context.loaders.byId(Mention).loadMany(cases.map((caseRow) => caseRow.mentionId)),
    context.loaders.byId(Platform).loadMany(cases.map((caseRow) => caseRow.platformId)),
    loadBriefInForce(context.tenant),
  ]);
  const posts = cases.map((caseRow, index) => {
    const mention = mentions[index];
    const platform = platforms[index];
    // Both cascade with the case, so neither can be missing unless it was deleted under this request.
    if (!mention || mention instanceof Error) throw notFound('Mention', caseRow.mentionId);
    if (!platform || platform instanceof Error) throw notFound('Platform', caseRow.platformId);
    return { caseRow, mention, platform };
  });
  const brand = brandWords(client.brandName);
  const [authors, results] = await Promise.all([
    loadAuthorProfileViews(context.tenant, posts.map(({ caseRow, mention }) => ({ platformId: caseRow.platformId, handle: mention.authorHandle }))),
    queryMatchCandidatesBatch(context.tenant, posts.map(({ mention }) => ({ text: meaningfulText(mention.text, brand), words: wordsToAnalyse(mention.text, brief) }))),
  ]);
  const suggestions = posts.map(({ caseRow, mention, platform }, index) =>
    buildSituationMatches(client, {
      text: mention.text,
      platform,
      brief,
      result: results[index],
      author: authors[index],
      limit: MAX_MATCHES,
      now: caseRow.requestedAt,
      authorName: mention.authorName ?? authors[index].name,
    }),
  );
  // Each suggested reply in the wording its author gets next, all cases' replies in one statement.
  const repliesById = new Map(results.flatMap((result) => result.candidates.flatMap((candidate) => candidate.replies.map((reply) => [reply.id, reply] as const))));
  await Promise.all(
    suggestions.flatMap((suggestion, index) =>
      suggestion.matches.map(async (match) => {
        const reply = match.reply && repliesById.get(match.reply.replyId);
        if (!reply) return;
        const { caseRow, mention } = posts[index];
        match.reply = await caseWording(context, { reply, caseRow, authorHandle: mention.authorHandle, name: mention.authorName ?? authors[index].name });
      }),
    ),
  );
  return suggestions;
}

const loaders = new WeakMap<RequestContext, DataLoader<Case, SituationMatches, string>>();

/** The matcher's suggestion for a case, batched with the other cases of the request. */
export function caseSuggestion(context: RequestContext, caseRow: Case): Promise<SituationMatches> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new DataLoader((cases: readonly Case[]) => suggestionsFor(context, cases), { cacheKeyFn: (caseRow) => caseRow.id });
    loaders.set(context, loader);
  }
  return loader.load(caseRow);
}
