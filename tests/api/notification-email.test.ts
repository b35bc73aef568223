import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { TopicPolicy, type BriefContent } from '../../api/modules/briefs/brief-content';
import { EmailStatus, Notification } from '../../api/modules/notifications/notification.entity';
import { Role } from '../../api/modules/users/role';
import { makeBriefInForce, makeUser } from '../../seeds/factories';
import { emailTransport, sendPendingEmails, type EmailSettings } from '../../api/modules/notifications/email';
import { useTestApp, type As } from '../helpers/app';
import { caseAsked, makeCrmWorld, type CrmWorld } from '../helpers/crm';

// A database of its own: the e-mail worker claims every pending copy, and other files queue many meanwhile.
const app = useTestApp({ ownDatabase: true });

const ESCALATE = `mutation($caseId: ID!, $input: EscalateCaseInput!) { escalateCase(caseId: $caseId, input: $input) { id assigneeName assigneeUserId dueAt version } }`;

async function responsibleWorld() {
  const world = await makeCrmWorld(app);
  const { user: lawyer, token } = await makeUser(app.dataSource, { roles: [[world.client, Role.RESPONSIBLE]], name: 'Марина Волкова' });
  const brief: Partial<BriefContent> = {
    topics: [{ key: 'warranty', name: 'Гарантия', policy: TopicPolicy.ALLOWED, keywords: ['гаранти'], note: null }],
    responsiblePeople: [
      { key: 'service-head', name: 'Олег Кузнецов', position: 'руководитель сервиса', topicKeys: ['warranty'], contact: 'service@example.test', answerWithinHours: 24, userId: world.userIds.responsible },
      { key: 'lawyer', name: 'Марина Волкова', position: 'юрист', topicKeys: ['lawsuits'], contact: 'legal@example.test', answerWithinHours: 48, userId: lawyer.id },
    ],
  };
  await makeBriefInForce(app.dataSource, world.client, brief);
  return { ...world, lawyer: { token, client: world.client.slug } as As, lawyerId: lawyer.id };
}

async function escalate(world: CrmWorld, input: Record<string, unknown> = {}) {
  const caseRow = await caseAsked(app, world, 1, { text: 'Покроет ли гарантия замену компрессора?' });
  const result = await app.gql(ESCALATE, { caseId: caseRow.id, input: { question: 'Покрывает ли гарантия компрессор кондиционера?', ...input } }, world.representative);
  expect(result.errors).toBeUndefined();
  return { caseRow, escalation: result.data!.escalateCase };
}

describe('e-mail', () => {
  const settings = (port: number): EmailSettings => ({ smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Repbase <repbase@example.test>', publicUrl: 'https://repbase.example.test' });

  it('a local SMTP server receives the Russian e-mail, sent once even by two workers at once', async () => {
    const received: { to: string; subject: string; text: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, callback) {
        void simpleParser(stream).then((mail) => {
          received.push({ to: (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '', subject: mail.subject ?? '', text: mail.text ?? '' });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const world = await responsibleWorld();
      await escalate(world);
      const port = (server.server.address() as AddressInfo).port;
      const transport = emailTransport(settings(port));
      // Other tests' rows may be pending too: both workers drain everything, and each row goes out once.
      await Promise.all([sendPendingEmails(app.dataSource, transport, settings(port)), sendPendingEmails(app.dataSource, transport, settings(port))]);
      while ((await sendPendingEmails(app.dataSource, transport, settings(port))) > 0);
      transport?.close();
      const mine = await app.dataSource.getRepository(Notification).findOneByOrFail({ userId: world.userIds.responsible });
      expect(mine.emailStatus).toBe(EmailStatus.SENT);
      const responsible = await app.dataSource.query('SELECT email FROM "user" WHERE id = $1', [world.userIds.responsible]);
      const letters = received.filter((letter) => letter.to.includes(responsible[0].email));
      expect(letters).toHaveLength(1);
      expect(letters[0].subject).toBe('Новый вопрос по теме «Гарантия»');
      expect(letters[0].text).toContain('здравствуйте!');
      expect(letters[0].text).toContain('Открыть: https://repbase.example.test/admin/#/my-questions');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('without SMTP settings e-mail is off: copies are marked SKIPPED and stay in the panel; a failing server is retried later', async () => {
    const world = await responsibleWorld();
    await escalate(world);
    await sendPendingEmails(app.dataSource, null, settings(1));
    const skipped = await app.dataSource.getRepository(Notification).findOneByOrFail({ userId: world.userIds.responsible });
    expect(skipped.emailStatus).toBe(EmailStatus.SKIPPED);

    await escalate(world);
    const refusing = emailTransport(settings(1))!; // nothing listens on port 1
    while ((await sendPendingEmails(app.dataSource, refusing, settings(1))) > 0);
    const retried = await app.dataSource.getRepository(Notification).findOneByOrFail({ userId: world.userIds.responsible, emailStatus: EmailStatus.PENDING });
    expect(retried.emailAttempts).toBe(1);
    expect(retried.emailNextAttemptAt!.getTime()).toBeGreaterThan(Date.now());
  });
});

