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

/** A stable wording per case: different people get different words, one case keeps its own. */
export function wordingFor(caseId: string, count: number): number {
  let hash = 0;
  for (const character of caseId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return count > 0 ? hash % count : 0;
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
  return posts.map(({ caseRow, mention, platform }, index) =>
    buildSituationMatches(client, {
      text: mention.text,
      platform,
      brief,
      result: results[index],
      author: authors[index],
      limit: MAX_MATCHES,
      now: caseRow.requestedAt,
      authorName: mention.authorName ?? authors[index].name,
      wording: (count) => wordingFor(caseRow.id, count),
    }),
  );
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
