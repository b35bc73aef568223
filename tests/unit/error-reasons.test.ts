import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { reasonsEn } from '../../admin/i18n/reasons.en';
import { reasonsRu } from '../../admin/i18n/reasons.ru';
import { ERROR_REASON_MEANINGS, ErrorReason } from '../../api/common/error-reasons';

const API = join(__dirname, '../../api');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Skips a string or template literal starting at `at`; returns the index after it. */
function skipLiteral(source: string, at: number): number {
  const quote = source[at];
  let index = at + 1;
  while (index < source.length && source[index] !== quote) {
    if (source[index] === '\\') index += 2;
    else if (quote === '`' && source.startsWith('${', index)) index = skipGroup(source, index + 1) ;
    else index += 1;
  }
  return index + 1;
}

/** Skips a bracketed group starting at `at` ('(' or '{'); returns the index after its closing bracket. */
function skipGroup(source: string, at: number): number {
  const close = source[at] === '(' ? ')' : '}';
  let index = at + 1;
  while (index < source.length && source[index] !== close) {
    const char = source[index];
    if (char === "'" || char === '"' || char === '`') index = skipLiteral(source, index);
    else if (char === '(' || char === '{' || char === '[') index = char === '[' ? index + 1 : skipGroup(source, index);
    else index += 1;
  }
  return index + 1;
}

/** The top-level arguments of the call whose '(' is at `open`. */
function argumentsOf(source: string, open: number): string[] {
  const end = skipGroup(source, open) - 1;
  const parts: string[] = [];
  let start = open + 1;
  let index = start;
  while (index < end) {
    const char = source[index];
    if (char === "'" || char === '"' || char === '`') index = skipLiteral(source, index);
    else if (char === '(' || char === '{') index = skipGroup(source, index);
    else if (char === ',') {
      parts.push(source.slice(start, index).trim());
      start = index += 1;
    } else index += 1;
  }
  parts.push(source.slice(start, end).trim());
  return parts.filter(Boolean);
}

/** Every construction of a refusal in api/ (outside errors.ts, where the helpers require a reason by type). */
function refusals(): { where: string; call: string; args: string[] }[] {
  return sourceFiles(API)
    .filter((file) => !file.endsWith(join('common', 'errors.ts')))
    .flatMap((file) => {
      const source = readFileSync(file, 'utf8');
      return [...source.matchAll(/\b(new AppError|badInput|conflict|forbidden)\(/g)].map((match) => {
        const open = match.index! + match[0].length - 1;
        const line = source.slice(0, match.index).split('\n').length;
        return { where: `${relative(API, file)}:${line}`, call: match[1], args: argumentsOf(source, open) };
      });
    });
}

describe('every refusal says why, from the closed ErrorReason set', () => {
  it('finds the refusals the services throw', () => {
    expect(refusals().length).toBeGreaterThan(50);
  });

  it('gives each a reason: AppError and conflict/forbidden in their details, badInput as its second argument', () => {
    const missing = refusals().filter(({ call, args }) => {
      if (call === 'badInput') return args.length < 2 || !/ErrorReason\.\w+|reason/.test(args[1]);
      const details = call === 'new AppError' ? args[2] : args[1];
      return !details || !/\breason\b/.test(details);
    });
    expect(missing.map(({ where, call }) => `${where} ${call}`)).toEqual([]);
  });

  it('documents each value in one line', () => {
    for (const reason of Object.values(ErrorReason)) {
      expect([reason, ERROR_REASON_MEANINGS[reason]]).toEqual([reason, expect.stringMatching(/^[^\n]{10,200}$/)]);
    }
  });

  it('has a Russian and an English text for each value in the admin, and none for a value that does not exist', () => {
    const values = Object.values(ErrorReason).sort();
    expect(Object.keys(reasonsEn).sort()).toEqual(values);
    expect(Object.keys(reasonsRu).sort()).toEqual(values);
    for (const reason of values) {
      expect([reason, reasonsRu[reason as keyof typeof reasonsRu]]).toEqual([reason, expect.stringMatching(/[а-яё]/i)]);
      expect([reason, reasonsEn[reason as keyof typeof reasonsEn]]).toEqual([reason, expect.stringMatching(/^[^а-яё]+$/i)]);
    }
  });
});
