import { QuestionStatus } from '../../api/modules/certification/certification-enums';
import { CertificateRefresh } from '../../api/modules/certification/certificate-refresh.entity';
import { AttemptQuestion } from '../../api/modules/certification/attempt-question.entity';
import { AttemptStatus } from '../../api/modules/certification/certification-enums';
import { QuestionCategory } from '../../api/modules/certification/question-category.entity';
import { Question } from '../../api/modules/certification/question.entity';
import { QuizAttempt } from '../../api/modules/certification/quiz-attempt.entity';
import { Role } from '../../api/modules/users/role';
import { FACTORY_PASSWORD, makeBriefInForce, makeClient, makeRepresentative, makeUser } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';
import { makeCertificate, makeCertifyingQuiz, makeSourcedQuestion } from '../helpers/certification-standard';
import { FIXTURE_BRIEF } from '../helpers/standard-fixture';

const app = useTestApp();
const browser = useBrowser();

describe('certification from the standard in the admin panel', () => {
  afterEach(async () => {
    await browser.page().evaluate(() => localStorage.clear());
  });

  it('a trainer previews the questions the brief gives, saves them as drafts, edits one and approves it', async () => {
    const client = await makeClient(app.dataSource, { name: 'Автолидер (аттестация)' });
    await makeBriefInForce(app.dataSource, client, { standardSituations: FIXTURE_BRIEF.content.standardSituations, topics: FIXTURE_BRIEF.content.topics.slice(0, 1) });
    const category = await app.dataSource.getRepository(QuestionCategory).save({ clientId: client.id, name: 'Знание ТЗ', description: null, parentId: null });
    const { user } = await makeUser(app.dataSource, { roles: [[client, Role.TRAINER]], name: 'Ольга Тренер' });
    const page = browser.page();
    await signIn(page, app.baseUrl(), user.email, FACTORY_PASSWORD);
    await page.getByText('Здравствуйте, Ольга Тренер').waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/question-generation`);
    await page.getByTestId('preview-questions').click();
    await page.getByTestId('generation-preview').getByText('Вопросов: 3').waitFor();
    await page.getByText('Верно ли: в ситуации «Конфликт» разговор переводят в личные сообщения?').first().waitFor();
    await page.getByTestId('generation-category').click();
    await page.getByRole('option', { name: 'Знание ТЗ' }).click();
    await page.getByTestId('save-generated').click();
    await page.getByText('Новых черновиков: 3, без изменений: 0').waitFor();
    await page.getByTestId('queue-item').nth(2).waitFor();
    await screenshot(page, 'certification-standard-queue');

    const conflict = page.getByTestId('queue-item').filter({ hasText: '«Конфликт»' });
    await conflict.getByRole('button', { name: 'Править' }).click();
    await page.getByTestId('draft-editor').getByLabel('Вопрос').fill('Конфликт в ветке переводят в личные сообщения?');
    await page.getByTestId('draft-editor').getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Вопрос сохранён').waitFor();
    const edited = page.getByTestId('queue-item').filter({ hasText: 'Конфликт в ветке переводят в личные сообщения?' });
    await edited.getByRole('button', { name: 'Утвердить' }).click();
    await page.getByText('Утверждено вопросов: 1').waitFor();

    const questions = await app.dataSource.getRepository(Question).find({ where: { clientId: client.id, categoryId: category.id } });
    expect(questions.map((question) => [question.text, question.status]).sort()).toEqual(
      [
        ['Конфликт в ветке переводят в личные сообщения?', QuestionStatus.APPROVED],
        ['Верно ли: в ситуации «Благодарность» разговор переводят в личные сообщения?', QuestionStatus.DRAFT],
        ['Может ли представитель комментировать тему «Кредит»?', QuestionStatus.DRAFT],
      ].sort(),
    );
  }, 90_000);

  it('the representatives list shows a certificate that needs refresh; the trainer sees question statistics and the weak spot', async () => {
    const client = await makeClient(app.dataSource, { name: 'Банк (аттестация)' });
    const { quiz, category } = await makeCertifyingQuiz(app.dataSource, client, { title: 'Знание ТЗ банка' });
    const { user: representativeUser } = await makeUser(app.dataSource, { roles: [[client, Role.REPRESENTATIVE]], name: 'Иван Представитель' });
    const { representative } = await makeRepresentative(app.dataSource, client, { userId: representativeUser.id });
    const certificate = await makeCertificate(app.dataSource, client, representative.id, quiz.id);
    await app.dataSource.getRepository(CertificateRefresh).save({ clientId: client.id, certificateId: certificate.id, quizId: quiz.id, flaggedAt: new Date(), changes: 'ТЗ, версия 2. Темы: изменено «Кредит»', changeKey: 'brief:test' });
    const easy = await makeSourcedQuestion(app.dataSource, client, category.id, { text: 'Как пишется название банка?' });
    const hard = await makeSourcedQuestion(app.dataSource, client, category.id, { text: 'Кто отвечает на вопросы о вкладах?', sourceBriefSection: 'responsiblePeople', sourceBriefItemKey: 'deposits' });
    for (const [index, marks] of [[1, 0], [1, 0], [1, 1], [0, 0], [1, 0], [1, 0]].entries()) {
      const attempt = await app.dataSource.getRepository(QuizAttempt).save({ clientId: client.id, quizId: quiz.id, representativeId: representative.id, number: index + 1, status: AttemptStatus.SUBMITTED, startedAt: new Date(), submittedAt: new Date(), score: 50 * (marks[0] + marks[1]), passed: marks[0] + marks[1] === 2 });
      for (const [position, question] of [easy, hard].entries()) {
        await app.dataSource.getRepository(AttemptQuestion).save({ clientId: client.id, attemptId: attempt.id, questionId: question.id, position, snapshot: {} as never, mark: marks[position] });
      }
    }
    const { user: trainer } = await makeUser(app.dataSource, { roles: [[client, Role.TRAINER]], name: 'Ольга Тренер' });
    const page = browser.page();
    await signIn(page, app.baseUrl(), trainer.email, FACTORY_PASSWORD);
    await page.getByText('Здравствуйте, Ольга Тренер').waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/representatives`);
    await page.getByTestId('certification-NEEDS_REFRESH').getByText('Знание ТЗ банка: Нужно обновить').waitFor();

    await page.goto(`${app.baseUrl()}/admin/#/certification-statistics`);
    await page.getByTestId('statistics-quiz').click();
    await page.getByRole('option', { name: 'Знание ТЗ банка' }).click();
    const statistics = page.getByTestId('quiz-statistics');
    await statistics.getByText('Сдали: 17 %').waitFor();
    const hardRow = statistics.getByTestId('question-statistics').filter({ hasText: 'Кто отвечает на вопросы о вкладах?' });
    expect(await hardRow.innerText()).toMatch(/Большинство ошибается[\s\S]*6[\s\S]*17 %/);
    await page.getByTestId('weak-spots').getByText('Открыть источник (Ответственные лица / deposits)').waitFor();
    await screenshot(page, 'certification-standard-statistics');
  }, 90_000);
});
