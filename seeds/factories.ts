import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../api/auth/passwords';
import { issueToken } from '../api/auth/tokens';
import type { ApiKeyScope } from '../api/modules/api-keys/api-key-scope';
import { generateApiKeySecret } from '../api/modules/api-keys/api-key-secret';
import { ApiKey } from '../api/modules/api-keys/api-key.entity';
import { ConsumerCycleCategory } from '../api/modules/argument-base/consumer-cycle-category';
import { ReplyRevision } from '../api/modules/argument-base/reply-revision.entity';
import { Reply, ReplyStatus } from '../api/modules/argument-base/reply.entity';
import { ExampleSource, SituationExample } from '../api/modules/argument-base/situation-example.entity';
import { Situation } from '../api/modules/argument-base/situation.entity';
import { Author } from '../api/modules/authors/author.entity';
import { emptyBriefContent, type BriefContent } from '../api/modules/briefs/brief-content';
import { BriefStatus, BriefVersion } from '../api/modules/briefs/brief-version.entity';
import { Brief } from '../api/modules/briefs/brief.entity';
import { CaseStory, CaseStoryStatus } from '../api/modules/case-stories/case-story.entity';
import { CaseStatus } from '../api/modules/cases/case-status';
import { Case } from '../api/modules/cases/case.entity';
import { Client } from '../api/modules/clients/client.entity';
import { Escalation, EscalationReason, EscalationStatus } from '../api/modules/escalations/escalation.entity';
import { Mention } from '../api/modules/mentions/mention.entity';
import { Sentiment } from '../api/modules/mentions/sentiment';
import { PlatformKind } from '../api/modules/platforms/platform-kind';
import { Platform } from '../api/modules/platforms/platform.entity';
import { OfficialAccount } from '../api/modules/representatives/official-account.entity';
import { Representative } from '../api/modules/representatives/representative.entity';
import { Membership } from '../api/modules/users/membership.entity';
import { Role } from '../api/modules/users/role';
import { User } from '../api/modules/users/user.entity';
import { WebhookDelivery, WebhookDeliveryStatus } from '../api/modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../api/modules/webhooks/webhook-endpoint.entity';
import { WebhookEvent } from '../api/modules/webhooks/webhook-event.entity';
import { WebhookEventType } from '../api/modules/webhooks/webhook-event-type';
import { generateWebhookSecret } from '../api/modules/webhooks/webhook-signature';

/** Builders of throwaway records for tests and benchmarks. Every record gets a unique name. */
export const unique = (prefix: string) => `${prefix}-${randomBytes(4).toString('hex')}`;

export const FACTORY_PASSWORD = 'factory-password';
let passwordHash: Promise<string> | undefined;

export async function makeClient(dataSource: DataSource, overrides: Partial<Client> = {}): Promise<Client> {
  const slug = overrides.slug ?? unique('client');
  return dataSource.getRepository(Client).save({ name: `Клиент ${slug}`, slug, brandName: `Бренд ${slug}`, ...overrides });
}

export interface MadeUser {
  user: User;
  /** A valid bearer token for the user. */
  token: string;
}

export async function makeUser(
  dataSource: DataSource,
  options: { isAdmin?: boolean; isActive?: boolean; roles?: [Client, Role][]; name?: string; email?: string } = {},
): Promise<MadeUser> {
  passwordHash ??= hashPassword(FACTORY_PASSWORD);
  const email = options.email ?? `${unique('user')}@example.test`;
  const user = await dataSource.getRepository(User).save({
    email,
    name: options.name ?? `Сотрудник ${email}`,
    passwordHash: await passwordHash,
    isAdmin: options.isAdmin ?? false,
    isActive: options.isActive ?? true,
  });
  for (const [client, role] of options.roles ?? []) {
    await dataSource.getRepository(Membership).save({ userId: user.id, clientId: client.id, role });
  }
  const { token } = await issueToken(dataSource, user.id);
  return { user, token };
}

export async function makeApiKey(dataSource: DataSource, client: Client, scopes: ApiKeyScope[], name = unique('tool')): Promise<{ apiKey: ApiKey; secret: string }> {
  const { secret, prefix, secretHash } = generateApiKeySecret();
  const apiKey = await dataSource.getRepository(ApiKey).save({ clientId: client.id, name, scopes, prefix, secretHash, createdById: null });
  return { apiKey, secret };
}

export async function makePlatform(dataSource: DataSource, client: Client, overrides: Partial<Platform> = {}): Promise<Platform> {
  return dataSource.getRepository(Platform).save({
    clientId: client.id,
    kind: PlatformKind.FORUM,
    name: unique('Форум'),
    kpiCeilings: [],
    ...overrides,
  });
}

/** A brief with one approved version holding `content` (sections left out are empty). */
export async function makeBriefInForce(dataSource: DataSource, client: Client, content: Partial<BriefContent> = {}): Promise<BriefVersion> {
  const brief = await dataSource.getRepository(Brief).save({ clientId: client.id, title: `ТЗ ${client.slug}` });
  return dataSource.getRepository(BriefVersion).save({
    clientId: client.id,
    briefId: brief.id,
    number: 1,
    status: BriefStatus.APPROVED,
    content: { ...emptyBriefContent(), ...content },
    approvedAt: new Date(),
  });
}

/** A situation of the argument base, with curated example phrasings. */
export async function makeSituation(
  dataSource: DataSource,
  client: Client,
  overrides: Partial<Situation> & { examples?: string[] } = {},
): Promise<Situation> {
  const { examples = ['Когда вернут деньги за отменённый заказ?'], ...fields } = overrides;
  const situation = await dataSource.getRepository(Situation).save({
    clientId: client.id,
    key: unique('situation'),
    title: `Ситуация ${unique('s')}`,
    category: ConsumerCycleCategory.SUPPORT,
    topic: null,
    ...fields,
  });
  for (const [index, text] of examples.entries()) {
    await dataSource.getRepository(SituationExample).save({ clientId: client.id, situationId: situation.id, text, createdAt: new Date(Date.now() + index) });
  }
  return situation;
}

/** A reply to a situation (a draft unless told otherwise), with its first kept revision. */
export async function makeReply(dataSource: DataSource, situation: Situation, overrides: Partial<Reply> = {}): Promise<Reply> {
  const approved = overrides.status === ReplyStatus.APPROVED;
  const reply = await dataSource.getRepository(Reply).save({
    clientId: situation.clientId,
    situationId: situation.id,
    theses: ['Разберёмся в личных сообщениях'],
    text: '{name}, здравствуйте! {brand} разберётся и ответит в личных сообщениях.',
    variants: [],
    platformKinds: [],
    status: ReplyStatus.DRAFT,
    approvedAt: approved ? new Date() : null,
    revision: 1,
    ...overrides,
  });
  await dataSource.getRepository(ReplyRevision).save({
    clientId: reply.clientId,
    replyId: reply.id,
    revision: reply.revision,
    theses: reply.theses,
    text: reply.text,
    variants: reply.variants,
    approvedById: reply.approvedById ?? null,
    approvedAt: reply.approvedAt ?? null,
  });
  return reply;
}

/**
 * A version of the client's brief, numbered after the last one (the brief is made when missing). By
 * default a DRAFT replacing whatever is in force, as createBriefDraft would leave it.
 */
export async function makeBriefVersion(
  dataSource: DataSource,
  client: Client,
  options: { status?: BriefStatus; content?: Partial<BriefContent>; title?: string; replacesVersionId?: string | null; basedOnVersionId?: string | null } = {},
): Promise<BriefVersion> {
  const briefs = dataSource.getRepository(Brief);
  const versions = dataSource.getRepository(BriefVersion);
  const brief = (await briefs.findOneBy({ clientId: client.id })) ?? (await briefs.save({ clientId: client.id, title: `ТЗ ${client.slug}` }));
  const inForce = await versions.findOneBy({ briefId: brief.id, status: BriefStatus.APPROVED });
  const status = options.status ?? BriefStatus.DRAFT;
  const reviewed = status !== BriefStatus.DRAFT;
  const approved = status === BriefStatus.APPROVED || status === BriefStatus.ARCHIVED;
  return versions.save({
    clientId: client.id,
    briefId: brief.id,
    number: ((await versions.maximum('number', { briefId: brief.id })) ?? 0) + 1,
    status,
    title: options.title ?? unique('ТЗ'),
    content: { ...emptyBriefContent(), ...options.content },
    basedOnVersionId: options.basedOnVersionId ?? null,
    replacesVersionId: options.replacesVersionId === undefined ? (inForce?.id ?? null) : options.replacesVersionId,
    submittedAt: reviewed ? new Date() : null,
    approvedAt: approved ? new Date() : null,
    archivedAt: status === BriefStatus.ARCHIVED ? new Date() : null,
  });
}

/** A representative of the client with an official, brand-named account on each platform given. */
export async function makeRepresentative(
  dataSource: DataSource,
  client: Client,
  options: { userId?: string; platforms?: Platform[] } = {},
): Promise<{ representative: Representative; accounts: OfficialAccount[]; token: string | null }> {
  let userId = options.userId;
  let token: string | null = null;
  if (!userId) {
    const made = await makeUser(dataSource, { roles: [[client, Role.REPRESENTATIVE]] });
    userId = made.user.id;
    token = made.token;
  }
  const representative = await dataSource.getRepository(Representative).save({ clientId: client.id, userId, note: null, isActive: true });
  const accounts: OfficialAccount[] = [];
  for (const platform of options.platforms ?? []) {
    const handle = unique('official');
    accounts.push(
      await dataSource.getRepository(OfficialAccount).save({
        clientId: client.id,
        representativeId: representative.id,
        platformId: platform.id,
        handle,
        displayName: `${client.brandName} — официальный представитель`,
        profileUrl: `https://example.test/users/${handle}`,
        isActive: true,
      }),
    );
  }
  return { representative, accounts, token };
}

/** A situation of the argument base with one reply (APPROVED unless said otherwise). */
export async function makeSituationWithOneReply(
  dataSource: DataSource,
  client: Client,
  overrides: { category?: ConsumerCycleCategory; topic?: string | null; replyStatus?: ReplyStatus; replyText?: string } = {},
): Promise<{ situation: Situation; reply: Reply }> {
  const situation = await dataSource.getRepository(Situation).save({
    clientId: client.id,
    key: unique('situation'),
    title: 'Сколько стоит первое ТО',
    category: overrides.category ?? ConsumerCycleCategory.PRODUCT_REQUEST,
    topic: overrides.topic ?? null,
    isArchived: false,
  });
  const status = overrides.replyStatus ?? ReplyStatus.APPROVED;
  const reply = await dataSource.getRepository(Reply).save({
    clientId: client.id,
    situationId: situation.id,
    theses: ['Цена первого ТО фиксирована'],
    text: overrides.replyText ?? '{name}, здравствуйте! Первое ТО в {brand} стоит 9 900 ₽, запись по телефону.',
    variants: [],
    platformKinds: [],
    status,
    approvedAt: status === ReplyStatus.APPROVED ? new Date() : null,
    approvedById: null,
    revision: 1,
  });
  return { situation, reply };
}

/** A mention by an author on a platform, with the case it opened, written straight to the tables. */
export async function makeCase(
  dataSource: DataSource,
  client: Client,
  overrides: Partial<Pick<Case, 'status' | 'category' | 'situationId' | 'requestedAt' | 'deadlineAt' | 'firstResponseAt' | 'resolved'>> & {
    platform?: Platform;
    text?: string;
    authorHandle?: string;
    authorName?: string | null;
  } = {},
): Promise<Case> {
  const platform = overrides.platform ?? (await makePlatform(dataSource, client));
  const handle = overrides.authorHandle ?? unique('author');
  const authors = dataSource.getRepository(Author);
  const author =
    (await authors.findOneBy({ clientId: client.id, platformId: platform.id, handleKey: handle.toLowerCase() })) ??
    (await authors.save({ clientId: client.id, platformId: platform.id, handle, handleKey: handle.toLowerCase(), name: overrides.authorName ?? null, notes: null }));
  const requestedAt = overrides.requestedAt ?? new Date();
  const mention = await dataSource.getRepository(Mention).save({
    clientId: client.id,
    platformId: platform.id,
    externalId: unique('post'),
    url: null,
    authorId: author.id,
    authorHandle: handle,
    authorName: overrides.authorName ?? null,
    text: overrides.text ?? 'Подскажите, сколько стоит первое ТО?',
    postedAt: requestedAt,
    sentiment: Sentiment.NEUTRAL,
    category: null,
    situationId: null,
    matchScore: null,
    ingestedByApiKeyId: null,
    ingestedByUserId: null,
  });
  return dataSource.getRepository(Case).save({
    clientId: client.id,
    mentionId: mention.id,
    platformId: platform.id,
    authorId: author.id,
    status: overrides.status ?? CaseStatus.NEW,
    category: overrides.category ?? null,
    situationId: overrides.situationId ?? null,
    matchScore: null,
    requestedAt,
    deadlineAt: overrides.deadlineAt ?? null,
    deadlineRuleKey: null,
    representativeUserId: null,
    firstResponseAt: overrides.firstResponseAt ?? null,
    finishedAt: null,
    resolved: overrides.resolved ?? null,
    resultNote: null,
  });
}

/** An open escalation of a case, addressed to `assigneeUserId` (null: the PR specialists). */
export async function makeEscalation(dataSource: DataSource, caseRow: Case, overrides: Partial<Escalation> = {}): Promise<Escalation> {
  return dataSource.getRepository(Escalation).save({
    clientId: caseRow.clientId,
    caseId: caseRow.id,
    status: EscalationStatus.OPEN,
    reason: EscalationReason.NO_APPROVED_REPLY,
    question: 'Можно ли продлить гарантию после ремонта у стороннего сервиса?',
    requestedById: overrides.requestedById ?? (await makeUser(dataSource)).user.id,
    topic: null,
    responsiblePersonKey: null,
    assigneeName: 'PR-специалист',
    assigneePosition: null,
    assigneeContact: null,
    assigneeUserId: null,
    dueAt: null,
    answer: null,
    answeredAt: null,
    answeredById: null,
    situationId: null,
    replyId: null,
    archivedAt: null,
    ...overrides,
  });
}

/** A draft story of a case. */
export async function makeCaseStory(dataSource: DataSource, caseRow: Case, overrides: Partial<CaseStory> = {}): Promise<CaseStory> {
  return dataSource.getRepository(CaseStory).save({
    clientId: caseRow.clientId,
    caseId: caseRow.id,
    title: 'Обращение – реакция – результат',
    text: 'Обращение. '.padEnd(1600, 'а'),
    status: CaseStoryStatus.DRAFT,
    publishedAt: null,
    publishedById: null,
    ...overrides,
  });
}

export interface SituationWithReply {
  situation: Situation;
  examples: SituationExample[];
  replies: Reply[];
}

/**
 * A situation with its examples and replies (default: one approved reply for every platform kind).
 * Matching indexes it through the database triggers, as it would any situation.
 */
export async function makeSituationWithReply(
  dataSource: DataSource,
  client: Client,
  options: {
    title: string;
    category: ConsumerCycleCategory;
    key?: string;
    topic?: string | null;
    isArchived?: boolean;
    examples?: (string | { text: string; source: ExampleSource })[];
    replies?: Partial<Reply>[];
  },
): Promise<SituationWithReply> {
  const situation = await dataSource.getRepository(Situation).save({
    clientId: client.id,
    key: options.key ?? unique('situation'),
    title: options.title,
    category: options.category,
    topic: options.topic ?? null,
    isArchived: options.isArchived ?? false,
  });
  const examples: SituationExample[] = [];
  for (const example of options.examples ?? []) {
    const { text, source } = typeof example === 'string' ? { text: example, source: ExampleSource.CURATED } : example;
    examples.push(await dataSource.getRepository(SituationExample).save({ clientId: client.id, situationId: situation.id, text, source, caseId: null }));
  }
  const replies: Reply[] = [];
  for (const reply of options.replies ?? [{}]) {
    const status = reply.status ?? ReplyStatus.APPROVED;
    replies.push(
      await dataSource.getRepository(Reply).save({
        clientId: client.id,
        situationId: situation.id,
        text: `{name}, здравствуйте! ${options.title}: {brand} разберётся.`,
        theses: [],
        variants: [],
        platformKinds: [],
        status,
        approvedAt: status === ReplyStatus.APPROVED ? new Date() : null,
        approvedById: null,
        revision: 1,
        ...reply,
      }),
    );
  }
  return { situation, examples, replies };
}

/** A webhook endpoint of the client (every event unless said otherwise); its secret is returned. */
export async function makeWebhookEndpoint(
  dataSource: DataSource,
  client: Client,
  overrides: Partial<Pick<WebhookEndpoint, 'url' | 'events' | 'active' | 'failingSince'>> = {},
): Promise<{ endpoint: WebhookEndpoint; secret: string }> {
  const { secret, secretPrefix } = generateWebhookSecret();
  const endpoint = await dataSource.getRepository(WebhookEndpoint).save({
    clientId: client.id,
    url: `https://hooks.example.test/${unique('hook')}`,
    events: Object.values(WebhookEventType),
    active: true,
    secret,
    secretPrefix,
    createdById: null,
    failingSince: null,
    disabledAt: null,
    disabledReason: null,
    ...overrides,
  });
  return { endpoint, secret };
}

/** An event of the endpoint's client and its delivery to the endpoint (DELIVERED unless said otherwise). */
export async function makeWebhookDelivery(dataSource: DataSource, endpoint: WebhookEndpoint, overrides: Partial<WebhookDelivery> = {}): Promise<WebhookDelivery> {
  const event = await dataSource.getRepository(WebhookEvent).save({ clientId: endpoint.clientId, type: WebhookEventType.CASE_CREATED, object: { id: unique('case') }, occurredAt: new Date() });
  return dataSource.getRepository(WebhookDelivery).save({
    clientId: endpoint.clientId,
    eventId: event.id,
    endpointId: endpoint.id,
    eventType: event.type,
    status: WebhookDeliveryStatus.DELIVERED,
    attempts: 1,
    giveUpAt: new Date(Date.now() + 86_400_000),
    nextAttemptAt: null,
    lastAttemptAt: new Date(),
    responseCode: 200,
    latencyMs: 12,
    lastError: null,
    deliveredAt: new Date(),
    ...overrides,
  });
}

/**
 * A case with the fields analytics reads set as given (result, representative, sentiment, times):
 * made by makeCase, then updated like a real case moves on, so the rollup triggers see both writes.
 */
export async function makeAnalyticsCase(
  dataSource: DataSource,
  client: Client,
  fields: Parameters<typeof makeCase>[2] &
    Partial<Pick<Case, 'representativeUserId' | 'finishedAt' | 'positiveFeedback'>> & { sentiment?: Sentiment },
): Promise<Case> {
  const { sentiment, representativeUserId, finishedAt, positiveFeedback, ...created } = fields;
  const caseRow = await makeCase(dataSource, client, created);
  if (sentiment && sentiment !== Sentiment.NEUTRAL) await dataSource.getRepository(Mention).update({ id: caseRow.mentionId }, { sentiment });
  const later = { representativeUserId, finishedAt, positiveFeedback };
  const changes = Object.fromEntries(Object.entries(later).filter(([, value]) => value !== undefined));
  if (Object.keys(changes).length) await dataSource.getRepository(Case).update({ id: caseRow.id }, changes);
  return dataSource.getRepository(Case).findOneByOrFail({ id: caseRow.id });
}
