import { badInput } from '../../common/errors';
import type { RequestContext } from '../../context';
import { pickReplyFor, renderReply } from '../argument-base/rendered-reply';
import { normaliseHandle } from '../argument-base/approved-reply.service';
import { serveWordings } from '../argument-base/reply-rotation';
import type { ReplyStatus } from '../argument-base/reply.entity';
import { Situation } from '../argument-base/situation.entity';
import { loadAuthorProfileViews, type AuthorProfileView } from '../authors/author-profile';
import type { BriefInForce } from '../briefs/brief-content';
import { loadBriefInForce } from '../briefs/brief-in-force';
import type { Client } from '../clients/client.entity';
import { Platform } from '../platforms/platform.entity';
import { briefVocabulary, buildGuidance, type PostWord } from './guidance';
import { queryMatchCandidates, type CandidateSituation, type MatchQueryResult } from './match-query';
import { rankCandidates } from './matching.ranking';
import type { MatchSituationsInput, SituationMatch, SituationMatches } from './matching.types';
import { brandWords, foldText, meaningfulText } from './post-text';
import { ErrorReason } from '../../common/error-reasons';

const DEFAULT_LIMIT = 3;

/** The words of a post, as people read them (hyphenated words kept whole). */
export function postWords(text: string): string[] {
  return [...new Set(text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [])];
}

function asSituation(candidate: CandidateSituation): Situation {
  const { documents: _documents, replies: _replies, ...fields } = candidate;
  return Object.assign(new Situation(), fields);
}

export interface MatchSubject {
  text: string;
  platform: Pick<Platform, 'id' | 'kind'> | null;
  brief: BriefInForce | null;
  /** What MATCH_SQL returned for the post, asked with the post's words and the brief's keywords. */
  result: MatchQueryResult;
  author: AuthorProfileView | null;
  limit: number;
  /** The base time of the guidance's deadline: now for a post in hand, the post time for a case. */
  now: Date;
  /** Fills {name}: matchSituations leaves it out; a case's suggestion greets its author. */
  authorName?: string | null;
}

/** The words MATCH_SQL is asked to analyse for a post: its own (for guidance) and the brief's keywords. */
export function wordsToAnalyse(text: string, brief: BriefInForce | null): string[] {
  return [...postWords(text).map(foldText), ...briefVocabulary(brief)];
}

/** The answer of matchSituations for a post whose candidates are in hand: ranking, replies, guidance. */
export function buildSituationMatches(client: Pick<Client, 'brandName'>, subject: MatchSubject): SituationMatches {
  const { result, platform, brief } = subject;
  const ranking = rankCandidates(result);
  const lexemesOf = new Map(result.words.map((entry) => [entry.word, entry.lexemes]));
  const analysed: PostWord[] = postWords(subject.text).map((word) => ({ word, lexemes: lexemesOf.get(foldText(word)) ?? [] }));
  const matches: SituationMatch[] = ranking.noMatch
    ? []
    : ranking.ranked.slice(0, subject.limit).map(({ situation, score }) => {
        const reply = pickReplyFor(situation.replies.map((candidate) => ({ ...candidate, status: candidate.status as ReplyStatus })), platform?.kind ?? null);
        return {
          score: Math.round(score * 1000) / 1000,
          situation: asSituation(situation),
          reply: reply ? renderReply(reply, 0, { brand: client.brandName, name: subject.authorName ?? null }) : null,
        };
      });
  const guidance = buildGuidance({
    text: subject.text,
    words: analysed,
    lexemesOf,
    brief,
    platform: platform ? { id: platform.id, kind: platform.kind } : null,
    category: ranking.category,
    matchedTopic: matches[0]?.situation.topic ?? null,
    now: subject.now,
  });
  return { category: ranking.category, noMatch: ranking.noMatch, confidence: Math.round(ranking.confidence * 1000) / 1000, matches, guidance, author: subject.author };
}

/**
 * matchSituations: which situations of the base the post is, with their approved replies rendered
 * for the platform, what the brief in force says about answering it, and who its author is when
 * their handle is given. A constant number of SQL statements whatever the size of the base and of
 * the author's history: the platform (when given), the brief, the author and their cases (when a
 * handle is given), the match.
 */
export async function matchSituations(context: RequestContext, input: MatchSituationsInput): Promise<SituationMatches> {
  if (!input.text.trim()) throw badInput({ field: 'text', message: 'the post cannot be empty' }, ErrorReason.EMPTY_TEXT);
  const client = context.client;
  const handle = input.authorHandle?.trim() || null;
  const [platform, brief, authors] = await Promise.all([
    input.platformId ? context.tenant.get(Platform, input.platformId) : Promise.resolve(null),
    loadBriefInForce(context.tenant),
    handle ? loadAuthorProfileViews(context.tenant, [{ platformId: input.platformId ?? null, handle }]) : Promise.resolve([null]),
  ]);
  const result = await queryMatchCandidates(context.tenant, meaningfulText(input.text, brandWords(client.brandName)), wordsToAnalyse(input.text, brief));
  const matches = buildSituationMatches(client, { text: input.text, platform, brief, result, author: authors[0], limit: input.limit ?? DEFAULT_LIMIT, now: new Date() });
  if (handle) await serveNextWordings(context, result, matches, { platformId: platform?.id ?? null, handle, name: input.authorName?.trim() || authors[0]?.name || null });
  return matches;
}

/**
 * Given the author, each match's reply is served as approvedReply serves it: the wording this author
 * was not sent last time, {name} filled, the delivery recorded; a tool needs no second call.
 */
async function serveNextWordings(
  context: RequestContext,
  result: MatchQueryResult,
  matches: SituationMatches,
  author: { platformId: string | null; handle: string; name: string | null },
): Promise<void> {
  const served = matches.matches.filter((match) => match.reply);
  if (!served.length) return;
  const replies = new Map(result.candidates.flatMap((candidate) => candidate.replies.map((reply) => [reply.id, { ...reply, situationId: candidate.id }] as const)));
  const to = { platformId: author.platformId, authorHandle: normaliseHandle(author.handle) };
  const values = { name: author.name, brand: context.client.brandName };
  const rendered = await context.transaction(({ tenant }) =>
    serveWordings(
      tenant,
      served.map((match) => ({ reply: replies.get(match.reply!.replyId)!, to, values })),
    ),
  );
  served.forEach((match, index) => (match.reply = rendered[index]));
}
