import { badInput } from '../../common/errors';
import type { RequestContext } from '../../context';
import { pickReplyFor, renderReply } from '../argument-base/rendered-reply';
import type { ReplyStatus } from '../argument-base/reply.entity';
import { Situation } from '../argument-base/situation.entity';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { Platform } from '../platforms/platform.entity';
import { briefVocabulary, buildGuidance, type PostWord } from './guidance';
import { queryMatchCandidates, type CandidateSituation } from './match-query';
import { rankCandidates } from './matching.ranking';
import type { MatchSituationsInput, SituationMatch, SituationMatches } from './matching.types';
import { brandWords, foldText, meaningfulText } from './post-text';

const DEFAULT_LIMIT = 3;

/** The words of a post, as people read them (hyphenated words kept whole). */
export function postWords(text: string): string[] {
  return [...new Set(text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])];
}

function asSituation(candidate: CandidateSituation): Situation {
  const { documents: _documents, replies: _replies, ...fields } = candidate;
  return Object.assign(new Situation(), fields);
}

/**
 * matchSituations: which situations of the base the post is, with their approved replies rendered
 * for the platform, and what the brief in force says about answering it. A constant number of SQL
 * statements whatever the size of the base: the platform (when given), the brief, the match.
 */
export async function matchSituations(context: RequestContext, input: MatchSituationsInput): Promise<SituationMatches> {
  if (!input.text.trim()) throw badInput({ field: 'text', message: 'the post cannot be empty' });
  const client = context.client;
  const manager = context.dataSource.manager;
  const [platform, brief] = await Promise.all([input.platformId ? context.tenant.get(Platform, input.platformId) : Promise.resolve(null), loadBriefInForce(manager, client.id)]);
  const words = postWords(input.text);
  const keywords = briefVocabulary(brief);
  const result = await queryMatchCandidates(manager, client.id, meaningfulText(input.text, brandWords(client.brandName)), [...words.map(foldText), ...keywords]);
  const ranking = rankCandidates(result);

  const lexemesOf = new Map(result.words.map((entry) => [entry.word, entry.lexemes]));
  const analysed: PostWord[] = words.map((word) => ({ word, lexemes: lexemesOf.get(foldText(word)) ?? [] }));
  const limit = input.limit ?? DEFAULT_LIMIT;
  const matches: SituationMatch[] = ranking.noMatch
    ? []
    : ranking.ranked.slice(0, limit).map(({ situation, score }) => {
        const reply = pickReplyFor(situation.replies.map((candidate) => ({ ...candidate, status: candidate.status as ReplyStatus })), platform?.kind ?? null);
        return {
          score: Math.round(score * 1000) / 1000,
          situation: asSituation(situation),
          reply: reply ? renderReply(reply, 0, { brand: client.brandName, name: null }) : null,
        };
      });
  const guidance = buildGuidance({
    text: input.text,
    words: analysed,
    lexemesOf,
    brief,
    platform: platform ? { id: platform.id, kind: platform.kind } : null,
    category: ranking.category,
    matchedTopic: matches[0]?.situation.topic ?? null,
    now: new Date(),
  });
  return { category: ranking.category, noMatch: ranking.noMatch, matches, guidance };
}
