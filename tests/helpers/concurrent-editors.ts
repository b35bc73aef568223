import type { As, GraphQLResult, TestApp } from './app';

/**
 * Editors of one client at work at the same time, each on situations of their own, through the API:
 * creating situations with example phrasings, rewording them, adding and rewording replies. The
 * phrasings are drawn from one small word pool, so every editor's writes touch the same vocabulary
 * terms of the client's match index, in orders that differ from one editor to the next.
 */

const WORDS = [
  'карта', 'кредит', 'вклад', 'процент', 'отделение', 'банкомат', 'перевод', 'комиссия', 'кэшбэк', 'лимит',
  'ипотека', 'страховка', 'приложение', 'пароль', 'блокировка', 'платеж', 'счет', 'выписка', 'очередь', 'оператор',
  'доставка', 'гарантия', 'ремонт', 'скидка', 'акция', 'возврат', 'жалоба', 'звонок', 'договор', 'штраф',
];

const CREATE_SITUATION = `mutation($input: CreateSituationInput!) { createSituation(input: $input) { id version } }`;
const UPDATE_SITUATION = `mutation($id: ID!, $input: UpdateSituationInput!) { updateSituation(id: $id, input: $input) { id version } }`;
const CREATE_REPLY = `mutation($input: CreateReplyInput!) { createReply(input: $input) { id version } }`;
const UPDATE_REPLY = `mutation($id: ID!, $input: UpdateReplyInput!) { updateReply(id: $id, input: $input) { id version } }`;

/** A small seeded generator (mulberry32), so a run can be repeated. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

function phrasing(random: () => number): string {
  const words = Array.from({ length: 3 + Math.floor(random() * 4) }, () => WORDS[Math.floor(random() * WORDS.length)]);
  return `${words.join(' ')} ${Math.floor(random() * 1e6).toString(36)}`;
}

const phrasings = (random: () => number, count: number) => Array.from({ length: count }, () => phrasing(random));

export interface EditorsRun {
  writes: number;
  failures: GraphQLResult[];
}

/** `editors` editors, `writesEach` writes each, all at once; returns every write that did not succeed. */
export async function runConcurrentEditors(app: TestApp, as: As, options: { editors: number; writesEach: number; seed?: number }): Promise<EditorsRun> {
  const failures: GraphQLResult[] = [];
  let writes = 0;
  const editor = async (editorIndex: number) => {
    const random = randomFrom((options.seed ?? 1) * 1000 + editorIndex);
    const situations: { id: string; version: number }[] = [];
    const replies: { id: string; version: number }[] = [];
    const send = async (query: string, variables: Record<string, unknown>) => {
      writes += 1;
      const result = await app.gql(query, variables, as);
      if (result.errors || !result.data) failures.push(result);
      return result.data ? (Object.values(result.data)[0] as { id: string; version: number }) : undefined;
    };
    for (let write = 0; write < options.writesEach; write += 1) {
      const pick = situations.length === 0 ? 0 : Math.floor(random() * 4);
      if (pick === 0) {
        const key = `editor-${editorIndex}-${write}-${Math.floor(random() * 1e9).toString(36)}`;
        const created = await send(CREATE_SITUATION, { input: { key, title: phrasing(random), category: 'SUPPORT', examples: phrasings(random, 4) } });
        if (created) situations.push(created);
      } else if (pick === 1 || (pick === 3 && replies.length === 0)) {
        const situation = situations[Math.floor(random() * situations.length)];
        const updated = await send(UPDATE_SITUATION, { id: situation.id, input: { version: situation.version, title: phrasing(random), examples: phrasings(random, 4) } });
        if (updated) situation.version = updated.version;
      } else if (pick === 2) {
        const situation = situations[Math.floor(random() * situations.length)];
        const created = await send(CREATE_REPLY, { input: { situationId: situation.id, text: phrasing(random), theses: phrasings(random, 2) } });
        if (created) replies.push(created);
      } else {
        const reply = replies[Math.floor(random() * replies.length)];
        const updated = await send(UPDATE_REPLY, { id: reply.id, input: { version: reply.version, text: phrasing(random), theses: phrasings(random, 2) } });
        if (updated) reply.version = updated.version;
      }
    }
  };
  await Promise.all(Array.from({ length: options.editors }, (_, index) => editor(index)));
  return { writes, failures };
}
