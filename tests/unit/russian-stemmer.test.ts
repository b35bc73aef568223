import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { stemRussian, tokenize } from '../../api/common/russian-stemmer';

describe('the Russian stemmer', () => {
  it.each([
    [['увольнение', 'увольнения', 'увольнений', 'увольнениями', 'увольнении'], 'увольнен'],
    [['карта', 'карты', 'карту', 'картой', 'картами'], 'карт'],
    [['блокировка', 'блокировки', 'блокировку', 'блокировкой'], 'блокировк'],
    [['заблокировали', 'заблокирована', 'заблокировал'], 'заблокирова'],
    [['проблема', 'проблемы', 'проблемами', 'проблеме'], 'проблем'],
    [['кредита', 'кредиту', 'кредитом'], 'кредит'],
    [['важная', 'важнее', 'важнейшие', 'важно'], 'важн'],
    [['вдохновение', 'вдохновенно'], 'вдохновен'],
  ])('gives one stem to the forms of a word: %j → %s', (forms, stem) => {
    expect(forms.map(stemRussian)).toEqual(forms.map(() => stem));
  });

  it('reads ё as е and ignores case', () => {
    expect(stemRussian('ЕЩЁ')).toBe(stemRussian('еще'));
    expect(stemRussian('Жалобу')).toBe('жалоб');
  });

  it('leaves words that are not Russian alone, only lower-cased', () => {
    expect(stemRussian('Tiggo')).toBe('tiggo');
    expect(stemRussian('2024')).toBe('2024');
  });

  it('splits a text into words with their places', () => {
    expect(tokenize('Трейд-ин, 8 лет!')).toEqual([
      { word: 'Трейд', stem: 'трейд', start: 0, end: 5 },
      { word: 'ин', stem: 'ин', start: 6, end: 8 },
      { word: '8', stem: '8', start: 10, end: 11 },
      { word: 'лет', stem: 'лет', start: 12, end: 15 },
    ]);
  });

  it("stems every word of a Russian sample text exactly as PostgreSQL's Snowball russian_stem does", async () => {
    const text = fs.readFileSync(path.resolve(__dirname, '../fixtures/russian-sample.txt'), 'utf8');
    const words = [...new Set([...text.toLowerCase().matchAll(/[а-яё]+/g)].map((match) => match[0]))];
    const database = new Client({ connectionString: process.env.DATABASE_URL });
    await database.connect();
    try {
      // russian_stem gives null for its stop words; those are left out of the comparison.
      const { rows } = await database.query<{ word: string; stem: string }>(
        `SELECT word, (ts_lexize('russian_stem', word))[1] AS stem FROM unnest($1::text[]) AS word WHERE ts_lexize('russian_stem', word) <> '{}'`,
        [words],
      );
      expect(rows.length).toBeGreaterThan(10);
      const differing = rows.filter((row) => stemRussian(row.word) !== row.stem).map((row) => `${row.word}: ${row.stem} ≠ ${stemRussian(row.word)}`);
      expect(differing).toEqual([]);
    } finally {
      await database.end();
    }
  });
});
