import type { NonEmptyArray } from 'type-graphql';
import { ApiKeyResolver } from './modules/api-keys/api-key.resolver';
import { ArgumentBaseTransferResolver } from './modules/argument-base/argument-base-transfer.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { ClientResolver } from './modules/clients/client.resolver';
import { MatchingResolver } from './modules/matching/matching.resolver';
import { PlatformResolver } from './modules/platforms/platform.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import { MembershipResolver, UserResolver } from './modules/users/user.resolver';

/** Every resolver of the API. */
export const resolvers: NonEmptyArray<Function> = [
  SessionResolver,
  ClientResolver,
  UserResolver,
  MembershipResolver,
  ApiKeyResolver,
  AuditResolver,
  PlatformResolver,
  ArgumentBaseTransferResolver,
  MatchingResolver,
];
