import { errorOf, useTestApp } from '../helpers/app';
import { caseAsked, hoursAgo, makeCrmWorld, MOVE, REACT, RESULT, type CrmWorld } from '../helpers/crm';

const app = useTestApp();

const DRAFT = 'mutation($caseId: ID!) { draftCaseStory(caseId: $caseId) { id title text status version } }';
const UPDATE = 'mutation($id: ID!, $input: UpdateCaseStoryInput!) { updateCaseStory(id: $id, input: $input) { text version } }';
const PUBLISH = 'mutation($id: ID!, $version: Int!) { publishCaseStory(id: $id, version: $version) { status publishedAt version } }';

const REQUEST = 'Третью неделю жду запчасть для ремонта по гарантии, менеджер не перезванивает. Что происходит?';

/** A case taken through answer, private messages and a positive result. */
async function resolvedCase(world: CrmWorld) {
  const caseRow = await caseAsked(app, world, 30, { text: REQUEST, authorName: 'Андрей', deadlineAt: hoursAgo(26) });
  const answered = await app.gql(
    REACT,
    { id: caseRow.id, input: { text: 'Андрей, здравствуйте! Приносим извинения за ожидание. Напишите нам в личные сообщения номер заказ-наряда — проверим поставку сегодня.', postedAt: hoursAgo(28).toISOString(), version: 1 } },
    world.representative,
  );
  const moved = await app.gql(MOVE, { id: caseRow.id, input: { status: 'MOVED_TO_PRIVATE', version: answered.data!.logReaction.version } }, world.representative);
  await app.gql(RESULT, { id: caseRow.id, input: { resolved: true, positiveFeedback: true, version: moved.data!.moveCase.version } }, world.representative);
  return caseRow;
}

describe('case stories', () => {
  it('tells a resolved case as "request – reaction – result" in 1,500–2,500 characters, from its facts', async () => {
    const world = await makeCrmWorld(app, { name: 'Форум «Клуб владельцев Chery Tiggo»', audience: 'Владельцы кроссоверов, вопросы о ТО и гарантии' });
    const caseRow = await resolvedCase(world);
    const draft = await app.gql(DRAFT, { caseId: caseRow.id }, world.pr);
    expect(draft.errors).toBeUndefined();
    const { text, title, status } = draft.data!.draftCaseStory;
    expect(status).toBe('DRAFT');
    expect(title).toContain(world.client.brandName);
    expect(text.length).toBeGreaterThanOrEqual(1500);
    expect(text.length).toBeLessThanOrEqual(2500);
    for (const fact of ['Обращение.', 'Реакция.', 'Результат.', 'Форум «Клуб владельцев Chery Tiggo»', 'Андрей', 'Третью неделю жду запчасть', 'через 2 часа', 'уложившись в регламент (4 часа)', 'личных сообщениях', 'Вопрос решён', 'положительный отзыв']) {
      expect([fact, text.includes(fact)]).toEqual([fact, true]);
    }
    expect((await app.gql(DRAFT, { caseId: caseRow.id }, world.pr)).data!.draftCaseStory.id).toBe(draft.data!.draftCaseStory.id);
  });

  it('the PR specialist edits and publishes it; a published story is final, and a text outside the format is refused', async () => {
    const world = await makeCrmWorld(app);
    const caseRow = await resolvedCase(world);
    const draft = (await app.gql(DRAFT, { caseId: caseRow.id }, world.pr)).data!.draftCaseStory;
    const tooShort = await app.gql(UPDATE, { id: draft.id, input: { text: 'Коротко о главном.', version: draft.version } }, world.pr);
    const refused = errorOf(await app.gql(PUBLISH, { id: draft.id, version: tooShort.data!.updateCaseStory.version }, world.pr), 'BAD_USER_INPUT');
    expect(refused.message).toBe('text: a case story is 1500–2500 characters; this one has 18');
    const edited = await app.gql(UPDATE, { id: draft.id, input: { text: `${draft.text}\n\nP.S. Спасибо всем участникам ветки!`, version: tooShort.data!.updateCaseStory.version } }, world.pr);
    const published = await app.gql(PUBLISH, { id: draft.id, version: edited.data!.updateCaseStory.version }, world.pr);
    expect(published.data!.publishCaseStory.status).toBe('PUBLISHED');
    errorOf(await app.gql(UPDATE, { id: draft.id, input: { text: 'Поздняя правка', version: published.data!.publishCaseStory.version } }, world.pr), 'CONFLICT');
    expect((await app.gql('{ allCaseStories(filter: { status: PUBLISHED }) { id } }', {}, world.pr)).data!.allCaseStories).toEqual([{ id: draft.id }]);
  });

  it('only resolved cases get a story, and stories are the PR specialist\'s', async () => {
    const world = await makeCrmWorld(app);
    const open = await caseAsked(app, world, 1);
    expect(errorOf(await app.gql(DRAFT, { caseId: open.id }, world.pr), 'CONFLICT').message).toBe('This case is NEW: stories are told of RESOLVED cases only.');
    errorOf(await app.gql(DRAFT, { caseId: open.id }, world.representative), 'FORBIDDEN');
  });
});
