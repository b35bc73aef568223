import type { NonEmptyArray } from 'type-graphql';
import { ErrorReasonResolver } from './common/error-reason.resolver';
import { ApiKeyResolver } from './modules/api-keys/api-key.resolver';
import { ArgumentBaseTransferResolver } from './modules/argument-base/argument-base-transfer.resolver';
import { AuditResolver } from './modules/audit/audit.resolver';
import { BriefResolver } from './modules/briefs/brief.resolver';
import { ClientResolver } from './modules/clients/client.resolver';
import { MatchingResolver } from './modules/matching/matching.resolver';
import { PlatformResolver } from './modules/platforms/platform.resolver';
import { SessionResolver } from './modules/session/session.resolver';
import { MembershipResolver, UserResolver } from './modules/users/user.resolver';
import { ReplyResolver, ReplyRevisionResolver } from './modules/argument-base/reply.resolver';
import { SituationResolver } from './modules/argument-base/situation.resolver';
import { AuthorResolver } from './modules/authors/author.resolver';
import { CaseStoryOfCaseResolver, CaseStoryResolver } from './modules/case-stories/case-story.resolver';
import { CaseResolver, ReactionResolver } from './modules/cases/case.resolver';
import { CaseEscalationsResolver, EscalationResolver } from './modules/escalations/escalation.resolver';
import { MentionResolver } from './modules/mentions/mention.resolver';
import { OfficialAccountResolver, RepresentativeResolver } from './modules/representatives/representative.resolver';
import { AnalyticsResolver } from './modules/analytics/analytics.resolver';

/** Every resolver of the API. */
export const resolvers: NonEmptyArray<Function> = [
  SessionResolver,
  ClientResolver,
  UserResolver,
  MembershipResolver,
  ApiKeyResolver,
  AuditResolver,
  PlatformResolver,
  SituationResolver,
  ReplyResolver,
  ReplyRevisionResolver,
  BriefResolver,
  RepresentativeResolver,
  OfficialAccountResolver,
  MentionResolver,
  AuthorResolver,
  CaseResolver,
  ReactionResolver,
  EscalationResolver,
  CaseEscalationsResolver,
  CaseStoryResolver,
  CaseStoryOfCaseResolver,
  ArgumentBaseTransferResolver,
  MatchingResolver,
  ErrorReasonResolver,
  AnalyticsResolver,
];
