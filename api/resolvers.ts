import { WebhookDeliveryResolver, WebhookEndpointResolver } from './modules/webhooks/webhook.resolver';
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
import { NotificationResolver } from './modules/notifications/notification.resolver';
import { OfficialAccountResolver, RepresentativeResolver } from './modules/representatives/representative.resolver';
import { QuestionGenerationResolver } from './modules/certification/question-generation.resolver';
import { CaseCertificationResolver, RepresentativeCertificationResolver } from './modules/certification/certification-status.resolver';
import { CertificateRefreshResolver } from './modules/certification/certificate-refresh.resolver';
import { QuizStatisticsResolver } from './modules/certification/quiz-statistics.resolver';
import { AttemptResolver } from './modules/certification/attempt.resolver';
import { CertificateResolver } from './modules/certification/certificate.resolver';
import { QuestionBankResolver } from './modules/certification/question-bank.resolver';
import { QuizResolver } from './modules/certification/quiz.resolver';
import { MetricEntryResolver } from './modules/kpis/metric-entry.resolver';
import { PostResolver } from './modules/posts/post.resolver';
import { KpiResolver } from './modules/kpis/kpi.resolver';
import { KpiRevisionResolver } from './modules/kpis/kpi-revision.resolver';
import { ReportResolver } from './modules/reports/report.resolver';
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
  NotificationResolver,
  CaseEscalationsResolver,
  CaseStoryResolver,
  CaseStoryOfCaseResolver,
  ArgumentBaseTransferResolver,
  MatchingResolver,
  ErrorReasonResolver,
  QuestionGenerationResolver,
  RepresentativeCertificationResolver,
  CaseCertificationResolver,
  CertificateRefreshResolver,
  QuizStatisticsResolver,
  QuestionBankResolver,
  QuizResolver,
  AttemptResolver,
  CertificateResolver,
  MetricEntryResolver,
  PostResolver,
  KpiResolver,
  KpiRevisionResolver,
  WebhookEndpointResolver,
  WebhookDeliveryResolver,
  ReportResolver,
  AnalyticsResolver,
];
