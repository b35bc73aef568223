import { ErrorReason } from '../../common/error-reasons';
import { badInput } from '../../common/errors';
import type { BriefContent } from '../briefs/brief-content';
import { fillPlaceholders, wordingsOf } from './rendered-reply';
import { checkReplyText } from './reply-check';
import type { ReplyCheckRule, ReplyViolation } from './reply-check.types';
import type { Reply } from './reply.entity';

export const OVERRIDE_REASON_LIMIT = 2000;

export function breachesOf(violations: ReplyViolation[]): ReplyViolation[] {
  return violations.filter((violation) => violation.breach);
}

/** The override reason as it will be recorded: trimmed, null when none was given. */
export function overrideReasonOf(field: string, reason: string | null | undefined): string | null {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length > OVERRIDE_REASON_LIMIT) {
    throw badInput({ field, message: `${field} can be at most ${OVERRIDE_REASON_LIMIT} characters` }, ErrorReason.TOO_LONG);
  }
  return trimmed || null;
}

/**
 * Refuses words that breach the brief unless a reason is given; returns the rules found (recorded
 * with the reason). `field` names the text refused and `reasonField` the argument that overrides.
 */
export function assertNoBreach(violations: ReplyViolation[], override: string | null, fields: { text: string; reasonField: string }): ReplyCheckRule[] {
  const breaches = breachesOf(violations);
  if (breaches.length && !override) {
    const found = breaches.map((breach) => `«${breach.fragment}» (${breach.rule}: ${breach.message.replace(/\.$/, '')})`).join('; ');
    throw badInput(
      { field: fields.text, message: `breaks the brief in force: ${found}. Change the words, or give ${fields.reasonField} to go ahead anyway (it is recorded)` },
      ErrorReason.BREAKS_BRIEF,
    );
  }
  return [...new Set(breaches.map((breach) => breach.rule))];
}

/** Every wording of a reply checked as it would be posted: {brand} filled, {name} as a plain name. */
export function checkReplyWordings(reply: Pick<Reply, 'text' | 'variants'>, brief: BriefContent | null, brand: string): ReplyViolation[] {
  return wordingsOf(reply).flatMap((wording) => checkReplyText(fillPlaceholders(wording, { brand, name: 'Анна' }).text, brief, null));
}
