import { registerEnumType } from 'type-graphql';
import { overlaps, type Span } from './text-matching';

/** Kinds of personal data that must not appear in a public reply. Public API. */
export enum PersonalDataKind {
  PHONE = 'PHONE',
  EMAIL = 'EMAIL',
  CARD_NUMBER = 'CARD_NUMBER',
  BANK_ACCOUNT = 'BANK_ACCOUNT',
  CONTRACT_NUMBER = 'CONTRACT_NUMBER',
  PASSPORT_NUMBER = 'PASSPORT_NUMBER',
}
registerEnumType(PersonalDataKind, {
  name: 'PersonalDataKind',
  valuesConfig: {
    PHONE: { description: 'A phone number (toll-free 8-800 lines are the company\'s own and are not reported).' },
    EMAIL: { description: 'An e-mail address.' },
    CARD_NUMBER: { description: 'A payment card number (13–19 digits passing the Luhn check).' },
    BANK_ACCOUNT: { description: 'A 20-digit bank account number.' },
    CONTRACT_NUMBER: { description: 'The number of a contract or policy, named as such.' },
    PASSPORT_NUMBER: { description: 'Passport series and number.' },
  },
});

export interface PersonalDataFound extends Span {
  kind: PersonalDataKind;
  fragment: string;
}

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The Luhn checksum card numbers carry: it tells a card number from any other long number. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return digits.length > 0 && sum % 10 === 0;
}

interface Detector {
  kind: PersonalDataKind;
  pattern: RegExp;
  /** Which capture groups make the reported span (default: the whole match). */
  groups?: number[];
  accept?: (fragment: string, match: RegExpMatchArray) => boolean;
}

const NOT_DIGIT_BEFORE = '(?<![\\p{N}+])';
const NOT_DIGIT_AFTER = '(?!\\p{N})';

/** Most specific first: a span taken by one detector is not reported again by a later one. */
const DETECTORS: Detector[] = [
  {
    kind: PersonalDataKind.EMAIL,
    pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu,
  },
  {
    kind: PersonalDataKind.PASSPORT_NUMBER,
    pattern:
      /(?:паспорт\p{L}*(?:\s+РФ)?(?:\s+сери[яи])?|сери[яи])[\s:№]*(\d{2}\s?\d{2})[\s,:]*(?:(?:номер|№|N)[\s:]*)?(\d{6})(?!\p{N})/giu,
    groups: [1, 2],
  },
  {
    kind: PersonalDataKind.BANK_ACCOUNT,
    pattern: new RegExp(`${NOT_DIGIT_BEFORE}\\d{5}[ .-]?\\d{3}[ .-]?\\d[ .-]?\\d{4}[ .-]?\\d{7}${NOT_DIGIT_AFTER}`, 'gu'),
  },
  {
    kind: PersonalDataKind.CARD_NUMBER,
    pattern: new RegExp(`${NOT_DIGIT_BEFORE}\\d(?:[ -]?\\d){12,18}${NOT_DIGIT_AFTER}`, 'gu'),
    accept: (fragment) => passesLuhn(digitsOf(fragment)),
  },
  {
    // "договор № 45-КР/2024", "полис 1234567", "номер договора: 778812".
    kind: PersonalDataKind.CONTRACT_NUMBER,
    pattern:
      /(?:(?:договор|контракт|полис)\p{L}*[\s:]*(№|N|No\.?|номер)?|(?:номер|№)\s*(?:договор|контракт|полис)\p{L}*[\s:]*)\s*([\p{L}\p{N}][\p{L}\p{N}/-]*)/giu,
    groups: [2],
    // Named with "№" or "номер", three digits make a number; otherwise it takes six ("договор 2024 года" is a date).
    accept: (fragment, match) => digitsOf(fragment).length >= (match[1] || /^(номер|№)/i.test(match[0]) ? 3 : 6),
  },
  {
    kind: PersonalDataKind.PHONE,
    pattern: new RegExp(
      `${NOT_DIGIT_BEFORE}(?:(?:\\+7|8|7)[\\s-]*\\(?\\d{3}\\)?[\\s-]*|\\(\\d{3}\\)\\s*)\\d{3}[\\s-]?\\d{2}[\\s-]?\\d{2}${NOT_DIGIT_AFTER}` +
        `|\\+(?!7)\\d{1,3}[\\s-]?\\(?\\d{2,4}\\)?(?:[\\s-]?\\d{2,4}){2,3}${NOT_DIGIT_AFTER}`,
      'gu',
    ),
    accept: (fragment) => {
      const digits = digitsOf(fragment);
      const national = fragment.trim().startsWith('+7') || (digits.length === 11 && /^[78]/.test(digits)) ? digits.slice(1) : digits;
      return digits.length >= 10 && digits.length <= 15 && !national.startsWith('800');
    },
  },
];

/**
 * Personal data in a text, each with its span: e-mails, passport numbers, bank accounts, card
 * numbers, contract numbers, phones. A contract number is reported only when the text names it as
 * one ("договор № 45-КР/2024"), since a bare number could be anything.
 */
export function findPersonalData(text: string): PersonalDataFound[] {
  const found: PersonalDataFound[] = [];
  for (const detector of DETECTORS) {
    const pattern = new RegExp(detector.pattern.source, detector.pattern.flags.includes('d') ? detector.pattern.flags : `${detector.pattern.flags}d`);
    for (const match of text.matchAll(pattern)) {
      const indices = match.indices!;
      const parts = (detector.groups ?? [0]).map((group) => indices[group]).filter((part): part is [number, number] => Boolean(part));
      if (parts.length === 0) continue;
      const start = parts[0][0];
      const end = parts[parts.length - 1][1];
      const fragment = text.slice(start, end);
      if (detector.accept && !detector.accept(fragment, match)) continue;
      const span = { start, end };
      if (found.some((earlier) => overlaps(earlier, span))) continue;
      found.push({ kind: detector.kind, fragment, ...span });
    }
  }
  return found.sort((left, right) => left.start - right.start);
}
