import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../api/auth/passwords';
import { issueToken } from '../api/auth/tokens';
import { generateApiKeySecret } from '../api/modules/api-keys/api-key-secret';
import type { ApiKeyScope } from '../api/modules/api-keys/api-key-scope';
import { ApiKey } from '../api/modules/api-keys/api-key.entity';
import { emptyBriefContent, type BriefContent } from '../api/modules/briefs/brief-content';
import { BriefStatus, BriefVersion } from '../api/modules/briefs/brief-version.entity';
import { Brief } from '../api/modules/briefs/brief.entity';
import { Client } from '../api/modules/clients/client.entity';
import { Membership } from '../api/modules/users/membership.entity';
import { PlatformKind } from '../api/modules/platforms/platform-kind';
import { Platform } from '../api/modules/platforms/platform.entity';
import type { Role } from '../api/modules/users/role';
import { User } from '../api/modules/users/user.entity';
import type { ConsumerCycleCategory } from '../api/modules/argument-base/consumer-cycle-category';
import { Reply, ReplyStatus } from '../api/modules/argument-base/reply.entity';
import { ExampleSource, SituationExample } from '../api/modules/argument-base/situation-example.entity';
import { Situation } from '../api/modules/argument-base/situation.entity';

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
