import { PersonalDataKind, type PersonalDataFinding } from './matching.types';

/**
 * Personal data in a post. A value present (a phone, an e-mail, a card, contract or passport
 * number) or one named as about to be sent ("скиньте номер договора") both mean: answer in private.
 */

function luhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** A card number passes the Luhn check, or is written the way cards are (four groups of four), typo or not. */
const VALUES: { kind: PersonalDataKind; pattern: RegExp; accept?: (match: string) => boolean }[] = [
  { kind: PersonalDataKind.EMAIL, pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  { kind: PersonalDataKind.CARD_NUMBER, pattern: /(?<!\d)(?:\d[ -]?){12,18}\d(?!\d)/g, accept: (match) => luhn(match.replace(/\D/g, '')) || /^\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}$/.test(match.trim()) },
  { kind: PersonalDataKind.PHONE, pattern: /(?<![\d\w])(?:\+7|8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/g },
  { kind: PersonalDataKind.PASSPORT, pattern: /паспорт\p{L}*[^\d\n]{0,20}\d{2}\s?\d{2}\s?№?\s?\d{6}(?!\d)/giu },
  { kind: PersonalDataKind.CONTRACT_NUMBER, pattern: /(?:договор\p{L}*|контракт\p{L}*)\s*(?:№|n|номер)?\s*[:#]?\s*[\p{L}]{0,3}[-/]?\d[\d/-]{3,}/giu },
];

/** Naming a kind of personal data without its value. */
const MENTIONS: { kind: PersonalDataKind; pattern: RegExp }[] = [
  { kind: PersonalDataKind.PHONE, pattern: /(?:номер\p{L}*\s+(?:моего\s+|своего\s+|вашего\s+)?телефон\p{L}*|мой\s+телефон|телефон\s+для\s+связи)/giu },
  { kind: PersonalDataKind.EMAIL, pattern: /(?:e-?mail|имейл|электронн\p{L}*\s+почт\p{L}*)/giu },
  { kind: PersonalDataKind.CARD_NUMBER, pattern: /(?:номер\p{L}*\s+карт\p{L}*|данн\p{L}*\s+карт\p{L}*|cvv|cvc|пин-?код\p{L}*)/giu },
  { kind: PersonalDataKind.CONTRACT_NUMBER, pattern: /номер\p{L}*\s+договор\p{L}*/giu },
  { kind: PersonalDataKind.PASSPORT, pattern: /паспорт\p{L}*/giu },
];

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const overlaps = (start: number, end: number) => findings.some((finding) => start < finding.end && finding.start < end);
  for (const { kind, pattern, accept } of VALUES) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].trimEnd().length;
      if (accept && !accept(match[0])) continue;
      if (overlaps(start, end)) continue;
      findings.push({ kind, present: true, start, end });
    }
  }
  for (const { kind, pattern } of MENTIONS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      if (overlaps(start, end) || findings.some((finding) => finding.kind === kind && finding.present)) continue;
      findings.push({ kind, present: false, start, end });
    }
  }
  return findings.sort((left, right) => left.start - right.start);
}
