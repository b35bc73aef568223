import { Client } from 'pg';
import { compilePhrase, phraseAt, postTokens } from '../../api/modules/matching/phrase-matcher';
import { expandAbbreviations, meaningfulText } from '../../api/modules/matching/post-text';
import { THESAURUS, thesaurusExpansions } from '../../api/modules/matching/thesaurus';

const groupsOf = (text: string) => thesaurusExpansions(postTokens(text)).map((expansion) => expansion.members[0]);

describe('the thesaurus of bank and car-dealer language', () => {
  it.each([
    ['Какой грейс у вашей кредитки?', ['льготный период', 'кредитная карта']],
    ['Хочу покататься на новой модели перед покупкой', ['тест-драйв']],
    ['Сколько стоит техобслуживание в вашем сервисе?', ['техобслуживание']],
    ['Прила опять не открывается', ['приложение']],
    ['Тачка за полтора ляма — это реально?', ['автомобиль', 'миллион']],
    ['Кешбек за прошлый месяц так и не пришёл', ['кэшбэк']],
    ['Положу на депозит до конца года', ['вклад']],
    ['Сорок минут на удержании с музыкой', ['дозвониться']],
    ['Голосовой помощник опять не понял вопрос', ['робот']],
    ['Как забрать свои деньги?', ['вернуть деньги']],
    ['Выкупной сервис назвал цену выше', ['выкуп']],
  ])('knows the slang and the synonyms of "%s"', (text, groups) => {
    expect(groupsOf(text)).toEqual(expect.arrayContaining(groups));
  });

  it('looks a group up by all its members, whichever one the post used', () => {
    const [expansion] = thesaurusExpansions(postTokens('Какой грейс?'));
    expect(expansion.found).toBe('грейс');
    expect(expansion.members).toEqual(expect.arrayContaining(['льготный период', 'беспроцентный период']));
  });

  it('finds a phrase in any word form and with a word between its words', () => {
    expect(groupsOf('Сдам свою машину в зачёт новой')).toContain('трейд-ин');
    expect(groupsOf('Когда можно будет забрать машину после выдачи документов?')).toContain('выдача автомобиля');
  });

  it('lets a member ending in * trigger its group without being looked up: "в долгах" is bankruptcy talk, "долг" alone is not', () => {
    expect(groupsOf('Пишут, что компания вся в долгах')).toContain('банкротство');
    expect(groupsOf('Какой остаток долга по кредиту?')).not.toContain('банкротство');
    const [bankruptcy] = thesaurusExpansions(postTokens('вся в долгах'));
    expect(bankruptcy.members).not.toContain('в долг*');
  });

  it('does not read a phrase across two sentences', () => {
    expect(groupsOf('Оплатил в кафе. Зачёт по вождению сдал')).not.toContain('трейд-ин');
  });

  it('keeps every group to one meaning: no member stands in two groups', () => {
    const members = THESAURUS.flat();
    expect(members.filter((member, index) => members.indexOf(member) !== index)).toEqual([]);
    for (const group of THESAURUS) expect(group.length).toBeGreaterThanOrEqual(2);
  });

  it("leaves every member a word PostgreSQL's russian configuration can index", async () => {
    const database = new Client({ connectionString: process.env.DATABASE_URL });
    await database.connect();
    try {
      const { rows } = await database.query<{ member: string }>(
        `SELECT member FROM unnest($1::text[]) AS member WHERE cardinality(tsvector_to_array(to_tsvector('russian', member))) = 0`,
        [THESAURUS.flat()],
      );
      expect(rows.map((row) => row.member)).toEqual([]);
    } finally {
      await database.end();
    }
  });
});

describe('finding phrases in a post', () => {
  it('compares function words as they are, not by stem: "как" is not "каких"', () => {
    const phrase = compilePhrase('неделю как');
    expect(phraseAt(postTokens('Неделю как купил'), 0, phrase)).toBe(true);
    expect(phraseAt(postTokens('неделю от каких-то людей'), 0, phrase)).toBe(false);
  });

  it('takes a word ending in * as a prefix and a word in =...= as exactly that word', () => {
    expect(phraseAt(postTokens('Расторжение договора'), 0, compilePhrase('расторж*'))).toBe(true);
    expect(phraseAt(postTokens('Мне отказали'), 1, compilePhrase('=отказаться='))).toBe(false);
    expect(phraseAt(postTokens('Хочу отказаться'), 1, compilePhrase('=отказаться='))).toBe(true);
  });
});

describe('capital abbreviations', () => {
  it('reads "ТО" and "СТО" in capitals as the words they stand for, which the russian configuration would drop', () => {
    expect(expandAbbreviations('Сколько стоит ТО-2? Или лучше на СТО?')).toBe('Сколько стоит техобслуживание -2? Или лучше на автосервис ?');
  });

  it('leaves "то" and "сто" in lower case alone, and a post written all in capitals', () => {
    expect(expandAbbreviations('то ли сто, то ли двести')).toBe('то ли сто, то ли двести');
    expect(expandAbbreviations('ВЫ ТО ЧТО СЕБЕ ПОЗВОЛЯЕТЕ')).toBe('ВЫ ТО ЧТО СЕБЕ ПОЗВОЛЯЕТЕ');
  });

  it('keeps the letter case of the post while it removes courtesy phrases and the brand', () => {
    expect(meaningfulText('Здравствуйте! АвтоЛидер, КОГДА ПОЧИНИТЕ?', ['автолидер'])).toBe('! , КОГДА ПОЧИНИТЕ?');
  });
});
