import { QuestionType } from '../../api/modules/certification/certification-enums';
import { QuizAttempt } from '../../api/modules/certification/quiz-attempt.entity';
import { Role } from '../../api/modules/users/role';
import { FACTORY_PASSWORD, makeClient, makeRepresentative, makeUser } from '../../seeds/factories';
import { useTestApp } from '../helpers/app';
import { screenshot, signIn, useBrowser } from '../helpers/browser';
import { makeQuestion, makeQuestionCategory, makeQuiz } from '../helpers/certification';

const app = useTestApp();
const browser = useBrowser();

describe('certification in the admin panel', () => {
  it('a representative takes a timed quiz, reloads mid-way, finishes and passes; the trainer sees the result', async () => {
    const client = await makeClient(app.dataSource, { name: 'Автолидер (аттестация)' });
    const { user: learner } = await makeUser(app.dataSource, { roles: [[client, Role.REPRESENTATIVE]], name: 'Ольга Смирнова' });
    await makeRepresentative(app.dataSource, client, { userId: learner.id });
    const { user: trainer } = await makeUser(app.dataSource, { roles: [[client, Role.TRAINER]], name: 'Игорь Тренеров' });
    const category = await makeQuestionCategory(app.dataSource, client, 'Регламент');
    await makeQuestion(app.dataSource, category, { text: 'Где запрашивать номер договора?' });
    await makeQuestion(app.dataSource, category, {
      type: QuestionType.SHORT_ANSWER,
      text: 'Куда переводить затянувшийся спор?',
      choices: [],
      acceptedAnswers: ['личные сообщения'],
    });
    const quiz = await makeQuiz(app.dataSource, client, { title: 'Допуск к форуму', categoryIds: [category.id], questionCount: 2, timeLimitMinutes: 10, passMark: 100, certifying: true, shuffleQuestions: false });

    const page = browser.page();
    page.setDefaultTimeout(20_000);
    try {
      await signIn(page, app.baseUrl(), learner.email, FACTORY_PASSWORD);
      await page.getByText('Здравствуйте, Ольга Смирнова').waitFor();
      await page.getByRole('menuitem', { name: 'Моя аттестация' }).click();
      await page.getByTestId('my-quiz').filter({ hasText: 'Допуск к форуму' }).getByTestId('start-quiz').click();
      await page.getByTestId('timer').waitFor();
      expect(await page.getByTestId('timer').innerText()).toMatch(/Осталось: (10:00|9:\d\d)/);
      await page.getByText('Через личные сообщения').click();
      await page.getByTestId('learner-question').first().locator('input[type="radio"]:checked').waitFor();

      // A reload in the middle: the same attempt, the same questions, the answer kept, the timer still running.
      await page.reload();
      await page.getByTestId('timer').waitFor();
      const questions = page.getByTestId('learner-question');
      expect(await questions.count()).toBe(2);
      expect(await questions.first().locator('input[type="radio"]:checked').count()).toBe(1);
      await page.getByTestId('text-answer').fill('в личных сообщениях');
      await page.getByRole('button', { name: 'Сохранить ответ' }).click();
      await page.waitForTimeout(300);
      await screenshot(page, 'certification-attempt');
      await page.getByTestId('submit-attempt').click();
      const result = page.getByTestId('attempt-result');
      await result.waitFor();
      expect(await result.innerText()).toMatch(/Результат: 100\s?% \(проходной балл 100\s?%\) — Тест сдан/);
      expect(await app.dataSource.getRepository(QuizAttempt).countBy({ quizId: quiz.id })).toBe(1);

      await page.getByRole('button', { name: 'К списку тестов' }).click();
      const certificate = page.getByTestId('my-certificate').filter({ hasText: 'Допуск к форуму' });
      await certificate.waitFor();
      const downloading = page.waitForEvent('download');
      await certificate.getByRole('button', { name: 'Скачать PDF' }).click();
      expect((await downloading).suggestedFilename()).toMatch(/^certificate-.*\.pdf$/);

      await page.evaluate(() => localStorage.clear());
      await page.goto('about:blank');
      await signIn(page, app.baseUrl(), trainer.email, FACTORY_PASSWORD);
      await page.getByText('Здравствуйте, Игорь Тренеров').waitFor();
      await page.goto(`${app.baseUrl()}/admin/#/quizzes/${quiz.id}`);
      const row = page.getByTestId('result-row').filter({ hasText: 'Ольга Смирнова' });
      await row.waitFor();
      expect(await row.innerText()).toMatch(/Ольга Смирнова\s+1\s+100\s?%\s+Сдан/);
      await screenshot(page, 'certification-results');
    } catch (error) {
      await screenshot(page, 'certification-failure');
      throw error;
    }
  }, 90_000);
});
