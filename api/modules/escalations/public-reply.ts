import { checkReplyText } from '../argument-base/reply-check';
import { matchCase } from '../argument-base/text-matching';
import type { BriefContent } from '../briefs/brief-content';

/**
 * The responsible person writes to colleagues ("клиенту положена замена"); the public reads "вам".
 * Forms of "клиент" become the matching forms of "вы"; plural forms are left to the editor.
 */
const ADDRESS: [RegExp, string][] = [
  [/(?<![\p{L}])клиенту(?![\p{L}])/giu, 'вам'],
  [/(?<![\p{L}])клиента(?![\p{L}])/giu, 'вас'],
  [/(?<![\p{L}])клиентом(?![\p{L}])/giu, 'вами'],
  [/(?<![\p{L}])клиенте(?![\p{L}])/giu, 'вас'],
  [/(?<![\p{L}])клиент(?![\p{L}])/giu, 'вы'],
];

/** Fixes the brief's content rules suggest (brand spelling, preferred terms), applied from the end so indexes hold. */
function withBriefFixes(text: string, brief: BriefContent | null): string {
  const fixes = checkReplyText(text, brief, null).filter((violation) => violation.suggestion !== null);
  let fixed = text;
  let lastStart = Number.POSITIVE_INFINITY;
  for (const violation of [...fixes].sort((left, right) => right.start - left.start)) {
    if (violation.end > lastStart) continue;
    fixed = fixed.slice(0, violation.start) + violation.suggestion + fixed.slice(violation.end);
    lastStart = violation.start;
  }
  return fixed;
}

/**
 * A public reply drafted from a responsible person's answer: addressed to the author ({name}),
 * speaking to them rather than about them, with the brief's spellings and terms, and signed by the
 * brand ({brand}). A draft for the PR specialist to finish, never the internal note as it was written.
 */
export function draftPublicReply(answer: string, brief: BriefContent | null): string {
  let body = answer.trim().replace(/\s+/g, ' ');
  for (const [pattern, replacement] of ADDRESS) body = body.replace(pattern, (found) => matchCase(found, replacement));
  body = withBriefFixes(body, brief);
  if (!/[.!?…]$/.test(body)) body += '.';
  return `{name}, здравствуйте! ${body.charAt(0).toUpperCase()}${body.slice(1)} Если останутся вопросы, напишите нам — ответим. {brand}`;
}
