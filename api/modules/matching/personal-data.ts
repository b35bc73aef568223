import { findPersonalData as findPersonalDataValues, PersonalDataKind } from '../argument-base/personal-data';
import type { PersonalDataFinding } from './matching.types';

/**
 * Personal data in a post, for guidance. A value present (the same detectors that check replies:
 * phones, e-mails, cards, accounts, contract and passport numbers) or one named as about to be sent
 * ("скиньте номер договора") both mean: answer in private.
 */

/** Naming a kind of personal data without its value. */
const MENTIONS: { kind: PersonalDataKind; pattern: RegExp }[] = [
  { kind: PersonalDataKind.PHONE, pattern: /(?:номер\p{L}*\s+(?:моего\s+|своего\s+|вашего\s+)?телефон\p{L}*|мой\s+телефон|телефон\s+для\s+связи)/giu },
  { kind: PersonalDataKind.EMAIL, pattern: /(?:e-?mail|имейл|электронн\p{L}*\s+почт\p{L}*)/giu },
  { kind: PersonalDataKind.CARD_NUMBER, pattern: /(?:номер\p{L}*\s+карт\p{L}*|данн\p{L}*\s+карт\p{L}*|cvv|cvc|пин-?код\p{L}*)/giu },
  { kind: PersonalDataKind.CONTRACT_NUMBER, pattern: /номер\p{L}*\s+договор\p{L}*/giu },
  { kind: PersonalDataKind.PASSPORT_NUMBER, pattern: /паспорт\p{L}*/giu },
];

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = findPersonalDataValues(text).map(({ kind, start, end }) => ({ kind, present: true, start, end }));
  const overlaps = (start: number, end: number) => findings.some((finding) => start < finding.end && finding.start < end);
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
