import { validateSync } from 'class-validator';
import { badInput, type FieldProblem } from '../../common/errors';
import { isUuid } from '../../common/ids';
import type { Platform } from '../platforms/platform.entity';
import { normaliseHandle } from '../representatives/brand-disclosure';
import { MAX_MENTIONS_PER_CALL, MentionInput } from './mention.inputs';
import { ErrorReason } from '../../common/error-reasons';

/** A mention as ingest stores it: trimmed, with the author's handle normalised. */
export interface CleanMention {
  index: number;
  platform: Platform;
  externalId: string | null;
  url: string | null;
  authorHandle: string;
  authorKey: string;
  authorName: string | null;
  text: string;
  postedAt: Date;
}

/** Clocks of monitoring tools drift; a post "from the future" beyond this is a mistake in the data. */
const CLOCK_SKEW_MS = 10 * 60 * 1000;
/** Enough problems to fix a batch without drowning the message. */
const PROBLEMS_SHOWN = 50;

const at = (index: number, field: string, message: string): FieldProblem => ({ field: `input.${index}.${field}`, message });

/**
 * Checks the whole batch before anything is written, and names each bad mention by its index and
 * field ("input.3.text: text cannot be empty"), so that one bad mention refuses the batch clearly.
 */
export function cleanMentions(input: MentionInput[], platforms: Map<string, Platform>): CleanMention[] {
  if (input.length === 0) throw badInput({ field: 'input', message: 'send at least one mention' }, ErrorReason.EMPTY_BATCH);
  if (input.length > MAX_MENTIONS_PER_CALL) {
    throw badInput({ field: 'input', message: `send at most ${MAX_MENTIONS_PER_CALL} mentions per call (got ${input.length}); split the batch` }, ErrorReason.BATCH_TOO_LARGE);
  }
  const problems: FieldProblem[] = [];
  const clean: CleanMention[] = [];
  const latest = Date.now() + CLOCK_SKEW_MS;
  input.forEach((mention, index) => {
    const before = problems.length;
    // Tools may hand over plain objects (tests, the benchmark); validation needs the class.
    const checked = mention instanceof MentionInput ? mention : Object.assign(new MentionInput(), mention);
    for (const error of validateSync(checked, { skipMissingProperties: true, forbidUnknownValues: false })) {
      for (const message of Object.values(error.constraints ?? {})) problems.push(at(index, error.property, message));
    }
    // IsNotEmpty lets blanks through; a mention of spaces is as empty as one of nothing.
    for (const field of ['text', 'authorHandle'] as const) {
      const value = mention[field];
      if (typeof value === 'string' && value.length > 0 && !value.trim()) problems.push(at(index, field, `${field} cannot be empty`));
    }
    const externalId = mention.externalId?.trim() || null;
    const url = mention.url?.trim() || null;
    if (!externalId && !url) problems.push(at(index, 'externalId', 'give externalId or url (or both), so that sending the mention again creates nothing new'));
    const platform = isUuid(mention.platformId) ? platforms.get(mention.platformId) : undefined;
    if (!platform) problems.push(at(index, 'platformId', `no platform ${mention.platformId} in this client`));
    else if (platform.isArchived) problems.push(at(index, 'platformId', `the platform "${platform.name}" is archived`));
    if (!(mention.postedAt instanceof Date) || Number.isNaN(mention.postedAt.getTime())) problems.push(at(index, 'postedAt', 'postedAt must be a date and time'));
    else if (mention.postedAt.getTime() > latest) problems.push(at(index, 'postedAt', `postedAt ${mention.postedAt.toISOString()} is in the future`));
    const authorHandle = normaliseHandle(mention.authorHandle ?? '');
    if (mention.authorHandle?.trim() && !authorHandle) problems.push(at(index, 'authorHandle', 'authorHandle must hold more than "@"'));
    if (problems.length > before || !platform) return;
    clean.push({
      index,
      platform,
      externalId,
      url,
      authorHandle,
      authorKey: authorHandle.toLowerCase(),
      authorName: mention.authorName?.trim() || null,
      text: mention.text.trim(),
      postedAt: mention.postedAt,
    });
  });
  if (problems.length) {
    const shown = problems.slice(0, PROBLEMS_SHOWN);
    const bad = new Set(problems.map((problem) => problem.field.split('.')[1])).size;
    const error = badInput(shown, ErrorReason.INVALID_MENTIONS);
    error.details.invalidMentions = bad;
    throw error;
  }
  return clean;
}

/** The keys that make two mentions the same post. */
export function identityKeys(mention: Pick<CleanMention, 'platform' | 'externalId' | 'url'>): string[] {
  const keys: string[] = [];
  if (mention.externalId) keys.push(`id:${mention.platform.id}:${mention.externalId}`);
  if (mention.url) keys.push(`url:${mention.url}`);
  return keys;
}
