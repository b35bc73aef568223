import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { BriefVersion } from '../../api/modules/briefs/brief-version.entity';
import { TopicPolicy } from '../../api/modules/briefs/brief-content';
import { QuestionType } from '../../api/modules/certification/certification-enums';
import { QuestionCategory } from '../../api/modules/certification/question-category.entity';
import { Question } from '../../api/modules/certification/question.entity';
import { makeBriefInForce, makePlatform, makeSituationWithReply } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld, type ClientWorld } from '../helpers/world';
import { FIXTURE_BRIEF } from '../helpers/standard-fixture';

const app = useTestApp();

const PREVIEW = `query($input: GenerateQuestionsInput) {
  questionGenerationPreview(input: $input) {
    generator type prompt material explanation fingerprint
    choices { key text correct }
    source { kind briefVersionId section itemKey situationId replyId revision replyRevisionId }
  }
}`;

async function dealerBase(world: ClientWorld) {
  const parts = await makeSituationWithReply(app.dataSource, world.client, {
    title: 'Долго ждать запчасть',
    category: ConsumerCycleCategory.NEGATIVE,
    examples: ['Третью неделю жду запчасть по гарантии'],
    replies: [{ text: '{name}, здравствуйте! Проверим заказ запчасти и ответим сегодня.', status: ReplyStatus.APPROVED }],
  });
  const rude = await makeSituationWithReply(app.dataSource, world.client, {
    title: 'Грубый менеджер',
    category: ConsumerCycleCategory.NEGATIVE,
    examples: ['Менеджер в салоне нахамил'],
    replies: [{ text: '{name}, нам жаль. Разберёмся с руководителем салона.', status: ReplyStatus.APPROVED }],
  });
  return { parts, rude };
}

describe('questionGenerationPreview: questions from the standard in force', () => {
  it('gives a trainer drafts from the brief in force and the base, each with its source and one right answer', async () => {
    const world = await makeClientWorld(app.dataSource);
    const version = await makeBriefInForce(app.dataSource, world.client, FIXTURE_BRIEF.content);
    const { parts } = await dealerBase(world);
    const platform = await makePlatform(app.dataSource, world.client, { replyLengthLimit: 300 });
    const result = await app.gql(PREVIEW, { input: { platformId: platform.id } }, world.trainer);
    expect(result.errors).toBeUndefined();
    const drafts = result.data!.questionGenerationPreview as any[];
    const byGenerator = (generator: string) => drafts.filter((draft) => draft.generator === generator);
    const credit = byGenerator('TOPIC_POLICY').find((draft) => draft.source.itemKey === 'credit');
    expect(credit.source).toMatchObject({ kind: 'BRIEF_ITEM', briefVersionId: version.id, section: 'topics' });
    expect(credit.choices.filter((choice: any) => choice.correct).map((choice: any) => choice.key)).toEqual(['ALLOWED']);
    const pick = byGenerator('PICK_THE_REPLY').find((draft) => draft.material.includes('Третью неделю'));
    expect(pick.source).toMatchObject({ kind: 'REPLY_REVISION', situationId: parts.situation.id, replyId: parts.replies[0].id, revision: 1 });
    expect(pick.choices.find((choice: any) => choice.correct).key).toBe(parts.replies[0].id);
    expect(byGenerator('FIND_THE_FAULT').map((draft) => draft.choices.find((choice: any) => choice.correct).key)).toContain('LENGTH_LIMIT');
    for (const draft of drafts) expect(draft.choices.filter((choice: any) => choice.correct)).toHaveLength(1);
  });

  it('refuses brief generators when no brief is in force, naming the reason, and still picks replies from the base', async () => {
    const world = await makeClientWorld(app.dataSource);
    await dealerBase(world);
    const refused = await app.gql(PREVIEW, { input: { generators: ['TOPIC_POLICY'] } }, world.trainer);
    expect(errorOf(refused, 'BAD_USER_INPUT').extensions).toMatchObject({ reason: 'NO_BRIEF_IN_FORCE' });
    const picked = await app.gql(PREVIEW, { input: { generators: ['PICK_THE_REPLY'] } }, world.trainer);
    expect(picked.data!.questionGenerationPreview).toHaveLength(2);
  });

  it('is for trainers: a representative and a PR specialist are refused', async () => {
    const world = await makeClientWorld(app.dataSource);
    for (const caller of [world.representative, world.pr, world.key]) {
      expect(errorOf(await app.gql(PREVIEW, {}, caller), 'FORBIDDEN')).toBeDefined();
    }
  });
});

const GENERATE = `mutation($input: GenerateQuestionsIntoBankInput!) { generateQuestions(input: $input) { created unchanged questionIds } }`;
const QUEUE = `query($filter: QuestionGenerationFilter) {
  questionReviewQueue(filter: $filter, perPage: 100) { total items { id generator fingerprint briefVersionId replyId replyRevision question { id status type text material version tags sourceBriefSection sourceBriefItemKey sourceSituationId choices { id text isCorrect } } } }
}`;
const UPDATE = `mutation($id: ID!, $input: UpdateGeneratedQuestionInput!) { updateGeneratedQuestion(id: $id, input: $input) { id text version choices { id isCorrect } } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveGeneratedQuestions(ids: $ids) { id status } }`;

async function category(world: ClientWorld, name = 'Стандарт') {
  return app.dataSource.getRepository(QuestionCategory).save({ clientId: world.client.id, name, description: null, parentId: null });
}

describe('generateQuestions and the review queue', () => {
  it('saves drafts with their source, adds nothing new when generated again, and adds a draft for an item that changed', async () => {
    const world = await makeClientWorld(app.dataSource);
    const version = await makeBriefInForce(app.dataSource, world.client, { topics: FIXTURE_BRIEF.content.topics });
    const bank = await category(world);
    const first = await app.gql(GENERATE, { input: { categoryId: bank.id, generators: ['TOPIC_POLICY'], tags: ['темы'] } }, world.trainer);
    expect(first.errors).toBeUndefined();
    expect(first.data!.generateQuestions).toMatchObject({ created: 4, unchanged: 0 });
    const queue = (await app.gql(QUEUE, { filter: { status: 'DRAFT' } }, world.trainer)).data!.questionReviewQueue;
    expect(queue.total).toBe(4);
    const credit = queue.items.find((item: any) => item.question.sourceBriefItemKey === 'credit');
    expect(credit).toMatchObject({ generator: 'TOPIC_POLICY', briefVersionId: version.id, question: { status: 'DRAFT', type: 'SINGLE_CHOICE', tags: ['темы'], sourceBriefSection: 'topics' } });
    expect(credit.question.choices.filter((choice: any) => choice.isCorrect).map((choice: any) => choice.id)).toEqual(['ALLOWED']);

    expect((await app.gql(GENERATE, { input: { categoryId: bank.id, generators: ['TOPIC_POLICY'] } }, world.trainer)).data!.generateQuestions).toMatchObject({ created: 0, unchanged: 4 });
    await app.dataSource.getRepository(BriefVersion).update(version.id, {
      content: { ...version.content, topics: FIXTURE_BRIEF.content.topics.map((topic) => (topic.key === 'credit' ? { ...topic, policy: TopicPolicy.FORBIDDEN } : topic)) },
    });
    expect((await app.gql(GENERATE, { input: { categoryId: bank.id, generators: ['TOPIC_POLICY'] } }, world.trainer)).data!.generateQuestions).toMatchObject({ created: 1, unchanged: 3 });
  });

  it('records the reply revision a pick-the-reply question quotes', async () => {
    const world = await makeClientWorld(app.dataSource);
    const { parts } = await dealerBase(world);
    const bank = await category(world);
    await app.gql(GENERATE, { input: { categoryId: bank.id, generators: ['PICK_THE_REPLY'] } }, world.trainer);
    const queue = (await app.gql(QUEUE, {}, world.trainer)).data!.questionReviewQueue;
    const item = queue.items.find((each: any) => each.question.sourceSituationId === parts.situation.id);
    expect(item).toMatchObject({ replyId: parts.replies[0].id, replyRevision: 1, question: { type: 'PICK_THE_REPLY', material: 'Третью неделю жду запчасть по гарантии' } });
  });

  it('a trainer edits a draft, then approves it; an approved question is no longer edited in the queue', async () => {
    const world = await makeClientWorld(app.dataSource);
    await makeBriefInForce(app.dataSource, world.client, { standardSituations: FIXTURE_BRIEF.content.standardSituations });
    const bank = await category(world);
    const { questionIds } = (await app.gql(GENERATE, { input: { categoryId: bank.id } }, world.trainer)).data!.generateQuestions;
    expect(questionIds).toHaveLength(2);
    const [id] = questionIds;
    const read = (await app.gql(QUEUE, {}, world.trainer)).data!.questionReviewQueue.items.find((item: any) => item.question.id === id).question;
    const wrongCount = await app.gql(UPDATE, { id, input: { version: read.version, choices: read.choices.map((choice: any) => ({ ...choice, isCorrect: true })) } }, world.trainer);
    expect(errorOf(wrongCount, 'BAD_USER_INPUT').extensions).toMatchObject({ reason: 'INVALID_QUESTION', fields: [expect.objectContaining({ field: 'choices', message: expect.stringMatching(/exactly one/) })] });
    const edited = await app.gql(UPDATE, { id, input: { version: read.version, text: 'Конфликт в ветке: переводим в личные сообщения?' } }, world.trainer);
    expect(edited.data!.updateGeneratedQuestion).toMatchObject({ text: 'Конфликт в ветке: переводим в личные сообщения?', version: read.version + 1 });
    const stale = await app.gql(UPDATE, { id, input: { version: read.version, text: 'Старая правка' } }, world.trainer);
    expect(errorOf(stale, 'CONFLICT')).toBeDefined();
    expect((await app.gql(APPROVE, { ids: [id] }, world.trainer)).data!.approveGeneratedQuestions).toEqual([{ id, status: 'APPROVED' }]);
    expect(errorOf(await app.gql(UPDATE, { id, input: { version: read.version + 2, text: 'Ещё правка' } }, world.trainer), 'CONFLICT').extensions).toMatchObject({ reason: 'QUESTION_ALREADY_APPROVED' });
    expect((await app.gql(QUEUE, { filter: { status: 'DRAFT' } }, world.trainer)).data!.questionReviewQueue.total).toBe(1);
  });

  it('the queue approves generated questions only', async () => {
    const world = await makeClientWorld(app.dataSource);
    const bank = await category(world);
    const handmade = await app.dataSource.getRepository(Question).save({ clientId: world.client.id, categoryId: bank.id, type: QuestionType.TRUE_FALSE, text: 'Вопрос', choices: [] });
    expect(errorOf(await app.gql(APPROVE, { ids: [handmade.id] }, world.trainer), 'BAD_USER_INPUT').extensions).toMatchObject({ reason: 'NOT_GENERATED' });
  });

  it('generation and review are for trainers', async () => {
    const world = await makeClientWorld(app.dataSource);
    const bank = await category(world);
    for (const caller of [world.representative, world.pr]) {
      expect(errorOf(await app.gql(GENERATE, { input: { categoryId: bank.id } }, caller), 'FORBIDDEN')).toBeDefined();
      expect(errorOf(await app.gql(QUEUE, {}, caller), 'FORBIDDEN')).toBeDefined();
    }
  });
});
