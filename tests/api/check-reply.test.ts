import { ApiKeyScope } from '../../api/modules/api-keys/api-key-scope';
import { ContentRuleKind, TopicPolicy, type BriefContent } from '../../api/modules/briefs/brief-content';
import { makeApiKey, makeBriefInForce, makePlatform } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld, type ClientWorld } from '../helpers/world';

const app = useTestApp();

const CHECK = `query($input: CheckReplyInput!) {
  checkReply(input: $input) {
    ok briefVersionNumber length lengthLimit
    violations { rule message start end fragment suggestion ruleKey personalDataKind }
  }
}`;

const BRIEF: Partial<BriefContent> = {
  topics: [
    { key: 'layoffs', name: 'Увольнения', policy: TopicPolicy.FORBIDDEN, keywords: ['увольнение', 'сокращение штата'], note: 'Отвечает только пресс-служба.' },
    { key: 'lawsuits', name: 'Судебные споры', policy: TopicPolicy.NO_COMMENT, keywords: ['иск'], note: null },
    { key: 'credit', name: 'Автокредит', policy: TopicPolicy.ALLOWED, keywords: ['кредит'], note: null },
  ],
  contentRules: [
    { key: 'brand', kind: ContentRuleKind.BRAND_SPELLING, text: 'Автолидер', variants: ['Авто-лидер', 'Автолидэр', 'AutoLider'], note: null },
    { key: 'appeal', kind: ContentRuleKind.PREFERRED_TERM, text: 'обращение', variants: ['жалоба'], note: 'Мы не делим клиентов на жалобщиков.' },
    { key: 'not-ours', kind: ContentRuleKind.FORBIDDEN_PHRASE, text: 'это не наша проблема', variants: ['ничем не можем помочь'], note: null },
    { key: 'tone', kind: ContentRuleKind.STYLE, text: 'Пишем на «вы», без смайликов', variants: [], note: null },
  ],
};

async function check(world: ClientWorld, text: string, platformId?: string) {
  const result = await app.gql(CHECK, { input: { text, platformId } }, world.key);
  expect(result.errors).toBeUndefined();
  return result.data!.checkReply;
}

/** The span of the n-th occurrence of `fragment` in `text`. */
function at(text: string, fragment: string, occurrence = 0) {
  let start = -1;
  for (let seen = 0; seen <= occurrence; seen += 1) start = text.indexOf(fragment, start + 1);
  if (start < 0) throw new Error(`"${fragment}" is not in the text`);
  return { start, end: start + fragment.length, fragment };
}

describe('checkReply: a draft reply against the brief in force', () => {
  it('passes a reply that breaks nothing, and says which brief it was checked against', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBriefInForce(app.dataSource, world.client, BRIEF);
    const result = await check(world, 'Здравствуйте! В Автолидере подберём автокредит: напишите нам в личные сообщения.');
    expect(result).toEqual({ ok: true, briefVersionNumber: 1, length: 80, lengthLimit: null, violations: [] });
  });

  it('finds forbidden and no-comment topics by any form of their keywords', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBriefInForce(app.dataSource, world.client, BRIEF);
    const text = 'Слухи об увольнениях и сокращении штата не подтверждаются, а по искам комментариев нет.';
    const result = await check(world, text);
    expect(result.ok).toBe(false);
    expect(result.violations).toEqual([
      { rule: 'FORBIDDEN_TOPIC', ...at(text, 'увольнениях'), ruleKey: 'layoffs', suggestion: null, personalDataKind: null, message: 'Тема «Увольнения» запрещена в публичных ответах (слово «увольнение»). Отвечает только пресс-служба.' },
      { rule: 'FORBIDDEN_TOPIC', ...at(text, 'сокращении штата'), ruleKey: 'layoffs', suggestion: null, personalDataKind: null, message: expect.stringContaining('«сокращение штата»') },
      { rule: 'NO_COMMENT_TOPIC', ...at(text, 'искам'), ruleKey: 'lawsuits', suggestion: null, personalDataKind: null, message: 'Тема «Судебные споры» не комментируется (слово «иск»).' },
    ]);
  });

  it('corrects the brand spelling, keeping the case ending, and respects Cyrillic word edges', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBriefInForce(app.dataSource, world.client, BRIEF);
    const text = 'В Авто-лидере и у Автолидэра, а также в AUTOLIDER и автолидер; в Автолидере верно, суперАвтолидэр не наш.';
    const result = await check(world, text);
    expect(result.violations.map((violation: Record<string, unknown>) => [violation.rule, violation.fragment, violation.suggestion, violation.start])).toEqual([
      ['BRAND_SPELLING', 'Авто-лидере', 'Автолидере', at(text, 'Авто-лидере').start],
      ['BRAND_SPELLING', 'Автолидэра', 'Автолидера', at(text, 'Автолидэра').start],
      ['BRAND_SPELLING', 'AUTOLIDER', 'Автолидер', at(text, 'AUTOLIDER').start],
      ['BRAND_SPELLING', 'автолидер', 'Автолидер', at(text, 'автолидер').start],
    ]);
    expect(result.violations[0].message).toBe('Название бренда написано неверно: пишите «Автолидер», а не «Авто-лидер».');
  });

  it('suggests the preferred term for the word to avoid, in the same case at the start of a sentence', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBriefInForce(app.dataSource, world.client, BRIEF);
    const text = 'Жалобу получили. Ваша жалоба уже у менеджера.';
    const result = await check(world, text);
    expect(result.violations).toEqual([
      { rule: 'PREFERRED_TERM', ...at(text, 'Жалобу'), suggestion: 'Обращение', ruleKey: 'appeal', personalDataKind: null, message: 'Говорите «обращение», а не «жалоба». Мы не делим клиентов на жалобщиков.' },
      { rule: 'PREFERRED_TERM', ...at(text, 'жалоба'), suggestion: 'обращение', ruleKey: 'appeal', personalDataKind: null, message: expect.any(String) },
    ]);
  });

  it('finds forbidden phrases in other word forms', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBriefInForce(app.dataSource, world.client, BRIEF);
    const text = 'Увы, это не наши проблемы, и ничем не можем помочь.';
    const result = await check(world, text);
    expect(result.violations.map((violation: Record<string, unknown>) => [violation.rule, violation.fragment, violation.start, violation.end, violation.ruleKey])).toEqual([
      ['FORBIDDEN_PHRASE', 'это не наши проблемы', 5, 25, 'not-ours'],
      ['FORBIDDEN_PHRASE', 'ничем не можем помочь', 29, 50, 'not-ours'],
    ]);
    expect(result.violations[0].message).toBe('Фраза «это не наша проблема» запрещена техническим заданием.');
  });

  it('finds personal data in a public reply, even with no brief in force', async () => {
    const world = await makeClientWorld(app.dataSource);
    const text = 'Иван, ваш номер +7 912 345-67-89 и почта ivan@mail.ru у нас есть, карта 4111 1111 1111 1111, договор № 45-КР/2024.';
    const result = await check(world, text);
    expect(result.briefVersionNumber).toBeNull();
    expect(result.violations.map((violation: Record<string, unknown>) => [violation.rule, violation.personalDataKind, violation.fragment, violation.start])).toEqual([
      ['PERSONAL_DATA', 'PHONE', '+7 912 345-67-89', at(text, '+7').start],
      ['PERSONAL_DATA', 'EMAIL', 'ivan@mail.ru', at(text, 'ivan@').start],
      ['PERSONAL_DATA', 'CARD_NUMBER', '4111 1111 1111 1111', at(text, '4111').start],
      ['PERSONAL_DATA', 'CONTRACT_NUMBER', '45-КР/2024', at(text, '45-КР').start],
    ]);
    expect(result.violations[0].message).toBe('В публичном ответе номер телефона: уберите его и продолжите в личных сообщениях.');
  });

  it("marks what goes past the platform's length limit", async () => {
    const world = await makeClientWorld(app.dataSource);
    const hotline = await makePlatform(app.dataSource, world.client, { name: 'Хэштег', replyLengthLimit: 20 });
    const text = 'Спасибо! Разберёмся и вернёмся с ответом сегодня.';
    const result = await check(world, text, hotline.id);
    expect(result).toMatchObject({ ok: false, length: text.length, lengthLimit: 20 });
    expect(result.violations).toEqual([
      {
        rule: 'LENGTH_LIMIT',
        start: 20,
        end: text.length,
        fragment: text.slice(20),
        suggestion: null,
        ruleKey: null,
        personalDataKind: null,
        message: `Площадка «Хэштег» принимает ответы до 20 знаков, а в этом ${text.length}: сократите на ${text.length - 20}.`,
      },
    ]);
    expect((await check(world, 'Спасибо!', hotline.id)).ok).toBe(true);
  });

  it('counts characters as people do: an emoji is one, and offsets stay JavaScript string indexes', async () => {
    const world = await makeClientWorld(app.dataSource);
    const platform = await makePlatform(app.dataSource, world.client, { replyLengthLimit: 3 });
    const result = await check(world, '👍👍👍👍', platform.id);
    expect(result).toMatchObject({ length: 4, violations: [{ rule: 'LENGTH_LIMIT', start: 6, end: 8, fragment: '👍' }] });
  });

  it('reads only the approved brief: a draft version has no say', async () => {
    const world = await makeClientWorld(app.dataSource);
    const version = await makeBriefInForce(app.dataSource, world.client, BRIEF);
    await app.dataSource.query(`UPDATE brief_version SET status = 'DRAFT' WHERE id = $1`, [version.id]);
    expect((await check(world, 'Про увольнения не скажем')).ok).toBe(true);
  });

  it('is open to replies:read keys and every staff role of the client', async () => {
    const world = await makeClientWorld(app.dataSource);
    for (const as of [world.pr, world.responsible, world.representative, world.trainer, world.key]) {
      expect((await app.gql(CHECK, { input: { text: 'Здравствуйте!' } }, as)).data!.checkReply.ok).toBe(true);
    }
    const { secret } = await makeApiKey(app.dataSource, world.client, [ApiKeyScope.MENTIONS_WRITE]);
    errorOf(await app.gql(CHECK, { input: { text: 'Здравствуйте!' } }, { apiKey: secret }), 'FORBIDDEN');
    errorOf(await app.gql(CHECK, { input: { text: '   ' } }, world.key), 'BAD_USER_INPUT');
  });
});
