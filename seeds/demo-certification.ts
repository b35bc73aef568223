import type { EntityManager } from 'typeorm';
import { AttemptQuestion } from '../api/modules/certification/attempt-question.entity';
import { Certificate } from '../api/modules/certification/certificate.entity';
import { AttemptStatus, QuestionStatus, QuestionType, QuizGrading, QuizReview } from '../api/modules/certification/certification-enums';
import { trueFalseChoices } from '../api/modules/certification/question-rules';
import { Question, type QuestionChoice } from '../api/modules/certification/question.entity';
import { QuestionCategory } from '../api/modules/certification/question-category.entity';
import { QuizAttempt } from '../api/modules/certification/quiz-attempt.entity';
import { Quiz } from '../api/modules/certification/quiz.entity';
import { markOf } from '../api/modules/certification/scoring';
import { Representative } from '../api/modules/representatives/representative.entity';
import { User } from '../api/modules/users/user.entity';
import type { SeedStep } from './demo';

/** The verification code of the demo certificate (README: "Certification"). */
export const DEMO_CERTIFICATE_CODE = 'DEMO-CERT-2026';

const choices = (right: string, ...wrong: string[]): QuestionChoice[] => [
  { id: 'a', text: right, isCorrect: true },
  ...wrong.map((text, index) => ({ id: String.fromCharCode(98 + index), text, isCorrect: false })),
];

/** The dealer's bank: one question of each type, all approved, from its brief and argument base. */
const demoQuestions: Omit<Partial<Question>, 'clientId' | 'categoryId'>[] = [
  {
    type: QuestionType.SINGLE_CHOICE,
    text: 'Клиент в ветке форума пишет номер договора и просит проверить заказ. Где продолжить разговор?',
    choices: choices('В личных сообщениях: персональные данные — только там', 'В той же ветке, чтобы все видели, что мы помогаем', 'Попросить написать отзыв на сайте'),
    explanation: 'Персональные данные запрашиваются и обсуждаются только в личных сообщениях.',
    tags: ['персональные данные'],
    sourceBriefSection: 'contentRules',
  },
  {
    type: QuestionType.MULTIPLE_CHOICE,
    text: 'Что представитель не обсуждает публично?',
    choices: choices('Судебные иски компании', 'Слухи о сокращениях', 'Комплектации и цены из прайс-листа').map((choice) => ({ ...choice, isCorrect: choice.id !== 'c' })),
    explanation: 'Иски и сокращения — запрещённые темы ТЗ; комплектации и цены обсуждать можно.',
    tags: ['темы'],
    sourceBriefSection: 'topics',
  },
  {
    type: QuestionType.TRUE_FALSE,
    text: 'Официальный представитель на форуме говорит от имени юридического лица и не имеет права на эмоции и личные цели.',
    choices: trueFalseChoices(true),
    explanation: 'Так сказано в регламенте: на форуме представитель — лицо компании.',
    tags: ['регламент'],
  },
  {
    type: QuestionType.SHORT_ANSWER,
    text: 'Куда переводится затянувшийся или конфликтный разговор? (ответ в двух словах)',
    acceptedAnswers: ['личные сообщения', 'электронная почта'],
    explanation: 'Затянувшийся или конфликтный диалог переводят в личные сообщения или на e-mail.',
    tags: ['регламент'],
  },
  {
    type: QuestionType.PICK_THE_REPLY,
    text: 'Какой ответ подходит к этому посту?',
    material: 'Третий раз записываюсь на ТО, а в сервисе каждый раз переносят. Это вообще нормально?',
    choices: choices(
      'Приносим извинения за переносы. Напишите, пожалуйста, в личные сообщения номер записи — руководитель сервиса свяжется с вами сегодня.',
      'У нас всё в порядке, вероятно, вы неправильно записались.',
      'Рекомендуем обратиться к официальному дилеру другой марки.',
    ),
    explanation: 'Признаём проблему, переводим персональные данные в личные сообщения, называем срок.',
    tags: ['сервис'],
  },
  {
    type: QuestionType.FIND_THE_FAULT,
    text: 'Что в этом черновике нарушает ТЗ?',
    material: 'Здравствуйте! Пришлите, пожалуйста, сюда ваш номер телефона и VIN, мы проверим отзывную кампанию.',
    choices: choices('Персональные данные запрашиваются в открытой ветке', 'Слишком длинный ответ', 'Неверно написано название компании').map((choice, index) => ({ ...choice, faultKind: ['PERSONAL_DATA', 'TOO_LONG', 'BRAND_SPELLING'][index] })),
    explanation: 'Телефон и VIN — персональные данные: их просят только в личных сообщениях.',
    tags: ['персональные данные'],
    sourceBriefSection: 'contentRules',
  },
];

/**
 * The dealer's question bank, a certifying quiz and the demo representative's passed attempt with
 * its certificate (code DEMO-CERT-2026), so every certification screen has something to show.
 */
export const seedCertification: SeedStep = async (manager: EntityManager, clients) => {
  const client = clients.get('autolider')!;
  if (await manager.existsBy(QuestionCategory, { clientId: client.id, name: 'Регламент и ТЗ' })) return 0;
  const category = await manager.save(manager.create(QuestionCategory, { clientId: client.id, name: 'Регламент и ТЗ', description: 'Правила площадок, запретные темы, персональные данные, тон ответа', parentId: null }));
  const practice = await manager.save(manager.create(QuestionCategory, { clientId: client.id, name: 'Ответы из аргументарной базы', description: 'Выбор утверждённого ответа и поиск ошибок в черновиках', parentId: null }));
  const practiceTypes = [QuestionType.PICK_THE_REPLY, QuestionType.FIND_THE_FAULT];
  const questions: Question[] = [];
  for (const question of demoQuestions) {
    questions.push(
      await manager.save(
        manager.create(Question, {
          material: null,
          explanation: null,
          tags: [],
          choices: [],
          acceptedAnswers: [],
          sourceBriefId: null,
          sourceBriefSection: null,
          sourceBriefItemKey: null,
          sourceSituationId: null,
          sourceReplyRevisionId: null,
          ...question,
          clientId: client.id,
          categoryId: practiceTypes.includes(question.type!) ? practice.id : category.id,
          status: QuestionStatus.APPROVED,
        }),
      ),
    );
  }
  const quiz = await manager.save(
    manager.create(Quiz, {
      clientId: client.id,
      title: 'Допуск к работе на форумах',
      description: 'Аттестация представителя перед выходом на площадки: регламент, темы, персональные данные, выбор ответа.',
      questionCount: 5,
      categoryIds: [category.id, practice.id],
      tags: [],
      shuffleQuestions: true,
      shuffleChoices: true,
      timeLimitMinutes: 15,
      attemptsAllowed: 3,
      delayBetweenAttemptsMinutes: 60,
      grading: QuizGrading.HIGHEST,
      passMark: 80,
      review: QuizReview.EXPLANATIONS,
      opensAt: null,
      closesAt: null,
      certifying: true,
      certificateValidityDays: 365,
      isArchived: false,
    }),
  );
  let created = 3 + questions.length;
  const user = await manager.findOneBy(User, { email: 'representative@repbase.demo' });
  const representative = user ? await manager.findOneBy(Representative, { clientId: client.id, userId: user.id }) : null;
  if (!representative) return created;
  const startedAt = new Date('2026-11-20T09:00:00Z');
  const drawn = questions.filter((question) => question.type !== QuestionType.MULTIPLE_CHOICE);
  const attempt = await manager.save(
    manager.create(QuizAttempt, {
      clientId: client.id,
      quizId: quiz.id,
      representativeId: representative.id,
      number: 1,
      status: AttemptStatus.SUBMITTED,
      startedAt,
      deadline: new Date(startedAt.getTime() + 15 * 60_000),
      submittedAt: new Date(startedAt.getTime() + 9 * 60_000),
      autoSubmitted: false,
      score: 100,
      passed: true,
    }),
  );
  for (const [index, question] of drawn.entries()) {
    const snapshot = { type: question.type, text: question.text, material: question.material, explanation: question.explanation, choices: question.choices, acceptedAnswers: question.acceptedAnswers };
    const answer = question.type === QuestionType.SHORT_ANSWER ? { text: 'в личных сообщениях' } : { choiceIds: question.choices.filter((choice) => choice.isCorrect).map((choice) => choice.id) };
    await manager.save(
      manager.create(AttemptQuestion, { clientId: client.id, attemptId: attempt.id, questionId: question.id, position: index + 1, snapshot, choiceOrder: question.choices.map((choice) => choice.id), answer, answeredAt: startedAt, mark: markOf(snapshot, answer) }),
    );
  }
  await manager.save(
    manager.create(Certificate, {
      clientId: client.id,
      representativeId: representative.id,
      quizId: quiz.id,
      attemptId: attempt.id,
      score: 100,
      issuedAt: attempt.submittedAt!,
      validUntil: new Date(attempt.submittedAt!.getTime() + 365 * 24 * 60 * 60_000),
      verificationCode: DEMO_CERTIFICATE_CODE,
    }),
  );
  created += 2 + drawn.length;
  return created;
};
