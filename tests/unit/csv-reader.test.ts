import { fastCsvLines, parseCsvRecords, rawLine } from '../../api/common/csv-import';
import { writeArgumentBaseCsv } from '../../api/modules/argument-base/argument-base.csv';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';

/** What csv-parse reads (the cells and the line each record starts on), or null when it refuses the file. */
function csvParseLines(csv: string): { cells: string[]; line: number }[] | null {
  try {
    return parseCsvRecords(csv).map((record) => ({ cells: record.record, line: record.info.lines - (rawLine(record).match(/\n/g)?.length ?? 0) }));
  } catch {
    return null;
  }
}

/** A small deterministic generator, so a failure names the file that showed it. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('the fast CSV reader', () => {
  it('reads what csv-parse reads, or leaves the file to csv-parse: never a different reading', () => {
    const pieces = ['a', 'bc', ',', '"', '""', '\n', '\r\n', '\r', ' ', '\ufeff', 'ё'];
    const next = random(15);
    let answered = 0;
    for (let file = 0; file < 20_000; file += 1) {
      const length = Math.floor(next() * 14);
      const csv = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const fast = fastCsvLines(csv);
      if (fast === null) continue;
      answered += 1;
      expect([csv, fast]).toEqual([csv, csvParseLines(csv)]);
    }
    // Most well-formed shapes take the fast road.
    expect(answered).toBeGreaterThan(5_000);
  });

  it('reads an exported base, quoted cells spanning lines, CRLF and LF files, with or without BOM', () => {
    const rows = ['one', 'two, with a comma', 'three "quoted"', 'four\nlines\nlong'].map((title, index) => ({
      key: `key-${index}`, title, category: Object.values(ConsumerCycleCategory)[0], topic: index % 2 ? null : 'cards', examples: [' padded ', 'b'], reply: 'r',
    }));
    const crlf = writeArgumentBaseCsv('bank', rows);
    for (const csv of [crlf, crlf.replace(/\r\n/g, '\n'), `\ufeff${crlf}`, `${crlf}\r\n\r\n`, crlf.slice(0, -2)]) {
      const fast = fastCsvLines(csv);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(csvParseLines(csv));
    }
    expect(fastCsvLines(crlf)?.map((record) => record.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it('leaves malformed files to csv-parse, whose messages say what is wrong', () => {
    for (const csv of ['a,"b\n', 'a,b"c\n', 'a,"b" \n', 'a\rb\r', 'a,b\r\nc,d\ne\r\n']) expect([csv, fastCsvLines(csv)]).toEqual([csv, null]);
  });
});
