import { claimKey, isValidKey, MAX_KEY_LENGTH, slugify } from '../../api/modules/briefs/brief-keys';
import { hoursInRussian } from '../../api/modules/briefs/brief-labels';

describe('item keys of a brief', () => {
  it.each([
    ['Кредит и рассрочка', 'kredit-i-rassrochka'],
    ['Щедрые «акции» — ёлки!', 'shchedrye-aktsii-elki'],
    ['Trade-in: оценка', 'trade-in-otsenka'],
    ['Объявления и съёмка', 'obyavleniya-i-semka'],
    ['   ', ''],
  ])('"%s" becomes "%s"', (name, key) => {
    expect(slugify(name)).toBe(key);
  });

  it('cuts long names at a word boundary so the key stays valid', () => {
    const key = slugify('Слухи об отзыве лицензии, банкротстве и санации банка в региональных новостях');
    expect(key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(isValidKey(key)).toBe(true);
    expect(key.endsWith('-')).toBe(false);
  });

  it('numbers a key that is taken, and falls back to "item" for names without letters', () => {
    const taken = new Set(['credit', 'credit-2']);
    expect(claimKey('credit', taken)).toBe('credit-3');
    expect(claimKey('', taken)).toBe('item');
    expect(claimKey('', taken)).toBe('item-2');
    expect(claimKey('a'.repeat(MAX_KEY_LENGTH), new Set(['a'.repeat(MAX_KEY_LENGTH)]))).toHaveLength(MAX_KEY_LENGTH);
  });
});

describe('hours in Russian', () => {
  it.each([
    [1, '1 час'],
    [2, '2 часа'],
    [5, '5 часов'],
    [11, '11 часов'],
    [21, '21 час'],
    [24, '24 часа'],
    [112, '112 часов'],
    [1.5, '1,5 ч'],
  ])('%d reads "%s"', (hours, words) => {
    expect(hoursInRussian(hours)).toBe(words);
  });
});
