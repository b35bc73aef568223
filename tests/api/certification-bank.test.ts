import { errorOf, useTestApp } from '../helpers/app';
import { makeQuestionCategory } from '../helpers/certification';
import { makeClientWorld } from '../helpers/world';

const app = useTestApp();

const CREATE = `mutation($input: CreateQuestionInput!) { createQuestion(input: $input) { id type status text material tags choices { id text isCorrect } acceptedAnswers version sourceBriefSection sourceBriefItemKey } }`;

describe('the question bank', () => {
  it('a trainer builds categories and a question of every type, drafts until approved', async () => {
    const world = await makeClientWorld(app.dataSource);
    const category = await app.gql('mutation { createQuestionCategory(input: { name: "Регламент" }) { id name } }', {}, world.trainer);
    expect(category.errors).toBeUndefined();
    const categoryId = category.data!.createQuestionCategory.id;
    const inputs = [
      { type: 'SINGLE_CHOICE', text: 'Где просить номер договора?', choices: [{ text: 'В личных сообщениях', isCorrect: true }, { text: 'В ветке', isCorrect: false }] },
      { type: 'MULTIPLE_CHOICE', text: 'Что нельзя обсуждать?', choices: [{ text: 'Суды', isCorrect: true }, { text: 'Сокращения', isCorrect: true }, { text: 'Тарифы', isCorrect: false }] },
      { type: 'TRUE_FALSE', text: 'Представитель отвечает от имени юридического лица.', isTrue: true },
      { type: 'SHORT_ANSWER', text: 'Куда переводить затянувшийся спор?', acceptedAnswers: ['личные сообщения', ' e-mail '] },
      { type: 'PICK_THE_REPLY', text: 'Какой ответ утверждён?', material: 'Банк опять списал комиссию!', choices: [{ text: 'Ответ А', isCorrect: true }, { text: 'Ответ Б', isCorrect: false }] },
      { type: 'FIND_THE_FAULT', text: 'Что нарушает ТЗ?', material: 'Пришлите паспорт прямо сюда', choices: [{ text: 'Персональные данные в открытой ветке', isCorrect: true, faultKind: 'PERSONAL_DATA' }, { text: 'Ничего', isCorrect: false }], sourceBriefSection: 'contentRules', sourceBriefItemKey: 'personal-data' },
    ];
    for (const input of inputs) {
      const made = await app.gql(CREATE, { input: { ...input, categoryId, tags: ['Регламент '] } }, world.trainer);
      expect([input.type, made.errors]).toEqual([input.type, undefined]);
      expect(made.data!.createQuestion).toMatchObject({ type: input.type, status: 'DRAFT', tags: ['регламент'] });
    }
    const all = (await app.gql('{ allQuestions(sortField: "text") { type choices { id text isCorrect } acceptedAnswers } _allQuestionsMeta { count } }', {}, world.pr)).data!;
    expect(all._allQuestionsMeta.count).toBe(6);
    expect(all.allQuestions.find((question: { type: string }) => question.type === 'TRUE_FALSE').choices).toEqual([
      { id: 'true', text: 'Верно', isCorrect: true },
      { id: 'false', text: 'Неверно', isCorrect: false },
    ]);
    expect(all.allQuestions.find((question: { type: string }) => question.type === 'SHORT_ANSWER').acceptedAnswers).toEqual(['личные сообщения', 'e-mail']);
    const question = (await app.gql('{ allQuestions(filter: { type: SINGLE_CHOICE }) { id version } }', {}, world.trainer)).data!.allQuestions[0];
    const approved = await app.gql('mutation($id: ID!, $version: Int!) { approveQuestion(id: $id, version: $version) { status } }', question, world.trainer);
    expect(approved.data!.approveQuestion.status).toBe('APPROVED');
    expect((await app.gql('{ _allQuestionsMeta(filter: { status: APPROVED }) { count } }', {}, world.trainer)).data!._allQuestionsMeta.count).toBe(1);
  });

  it('refuses a question whose choices do not fit its type, naming the field', async () => {
    const world = await makeClientWorld(app.dataSource);
    const category = await makeQuestionCategory(app.dataSource, world.client);
    const twoRight = errorOf(
      await app.gql(CREATE, { input: { categoryId: category.id, type: 'SINGLE_CHOICE', text: 'Вопрос', choices: [{ text: 'А', isCorrect: true }, { text: 'Б', isCorrect: true }] } }, world.trainer),
      'BAD_USER_INPUT',
    );
    expect(twoRight.extensions).toMatchObject({ reason: 'INVALID_QUESTION', fields: [{ field: 'choices', message: 'a SINGLE_CHOICE question needs exactly one right choice (2 marked)' }] });
    const noAnswers = errorOf(await app.gql(CREATE, { input: { categoryId: category.id, type: 'SHORT_ANSWER', text: 'Вопрос' } }, world.trainer), 'BAD_USER_INPUT');
    expect(noAnswers.extensions.fields).toEqual([{ field: 'acceptedAnswers', message: 'a short-answer question needs at least one accepted answer' }]);
    const noPost = errorOf(await app.gql(CREATE, { input: { categoryId: category.id, type: 'PICK_THE_REPLY', text: 'Вопрос', choices: [{ text: 'А', isCorrect: true }, { text: 'Б', isCorrect: false }] } }, world.trainer), 'BAD_USER_INPUT');
    expect(noPost.extensions.fields).toEqual([{ field: 'material', message: 'a PICK_THE_REPLY question needs its material: the post the learner answers' }]);
  });

  it('only trainers write the bank; PR specialists read it; representatives and responsible people cannot', async () => {
    const world = await makeClientWorld(app.dataSource);
    const category = await makeQuestionCategory(app.dataSource, world.client);
    const input = { categoryId: category.id, type: 'TRUE_FALSE', text: 'Можно спорить с клиентом.', isTrue: false };
    for (const as of [world.pr, world.representative, world.responsible]) errorOf(await app.gql(CREATE, { input }, as), 'FORBIDDEN');
    expect((await app.gql('{ allQuestionCategories { id } }', {}, world.pr)).errors).toBeUndefined();
    for (const as of [world.representative, world.responsible]) errorOf(await app.gql('{ allQuestionCategories { id } }', {}, as), 'FORBIDDEN');
  });

  it('a category holding questions cannot be deleted', async () => {
    const world = await makeClientWorld(app.dataSource);
    const category = await makeQuestionCategory(app.dataSource, world.client);
    await app.gql(CREATE, { input: { categoryId: category.id, type: 'TRUE_FALSE', text: 'Вопрос', isTrue: true } }, world.trainer);
    const refused = errorOf(await app.gql('mutation($id: ID!) { deleteQuestionCategory(id: $id) { id } }', { id: category.id }, world.trainer), 'CONFLICT');
    expect(refused.extensions).toMatchObject({ reason: 'CATEGORY_IN_USE', questions: 1 });
  });

  it('a trainer sets up a quiz; a quiz needs somewhere to draw from and cannot close before it opens', async () => {
    const world = await makeClientWorld(app.dataSource);
    const category = await makeQuestionCategory(app.dataSource, world.client);
    const CREATE_QUIZ = 'mutation($input: CreateQuizInput!) { createQuiz(input: $input) { id title questionCount grading review certifying certificateValidityDays timeLimitMinutes } }';
    const made = await app.gql(CREATE_QUIZ, { input: { title: 'Допуск к форуму', questionCount: 10, passMark: 80, categoryIds: [category.id], grading: 'LAST', review: 'RIGHT_ANSWERS', certifying: true, certificateValidityDays: 180, timeLimitMinutes: 20 } }, world.trainer);
    expect(made.errors).toBeUndefined();
    expect(made.data!.createQuiz).toMatchObject({ grading: 'LAST', review: 'RIGHT_ANSWERS', certifying: true, certificateValidityDays: 180, timeLimitMinutes: 20 });
    const nowhere = errorOf(await app.gql(CREATE_QUIZ, { input: { title: 'Пустой', questionCount: 1, passMark: 50 } }, world.trainer), 'BAD_USER_INPUT');
    expect(nowhere.extensions.fields).toEqual([{ field: 'categoryIds', message: 'a quiz draws from at least one category or tag' }]);
    const backwards = errorOf(
      await app.gql(CREATE_QUIZ, { input: { title: 'Наоборот', questionCount: 1, passMark: 50, tags: ['регламент'], opensAt: '2026-12-02T00:00:00Z', closesAt: '2026-12-01T00:00:00Z' } }, world.trainer),
      'BAD_USER_INPUT',
    );
    expect(backwards.extensions.fields).toEqual([{ field: 'closesAt', message: 'must be after opensAt' }]);
    errorOf(await app.gql(CREATE_QUIZ, { input: { title: 'От PR', questionCount: 1, passMark: 50, tags: ['x'] } }, world.pr), 'FORBIDDEN');
  });
});
