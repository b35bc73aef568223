import { WebhookDelivery } from '../modules/webhooks/webhook-delivery.entity';
import { WebhookEndpoint } from '../modules/webhooks/webhook-endpoint.entity';
import { WebhookEvent } from '../modules/webhooks/webhook-event.entity';
import { InstanceSetting } from '../auth/instance-setting.entity';
import { ApiKey } from '../modules/api-keys/api-key.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Reply } from '../modules/argument-base/reply.entity';
import { ReplyDelivery } from '../modules/argument-base/reply-delivery.entity';
import { ArgumentBaseImport } from '../modules/argument-base/argument-base-import.entity';
import { ReplyRevision } from '../modules/argument-base/reply-revision.entity';
import { SituationExample } from '../modules/argument-base/situation-example.entity';
import { Situation } from '../modules/argument-base/situation.entity';
import {
  SituationMatchCategory,
  SituationMatchCategoryTerm,
  SituationMatchCorpus,
  SituationMatchDocument,
  SituationMatchGram,
  SituationMatchTerm,
  SituationMatchVocabulary,
} from '../modules/matching/match-index.entity';
import { BriefVersion } from '../modules/briefs/brief-version.entity';
import { Brief } from '../modules/briefs/brief.entity';
import { Client } from '../modules/clients/client.entity';
import { Platform } from '../modules/platforms/platform.entity';
import { Membership } from '../modules/users/membership.entity';
import { User } from '../modules/users/user.entity';
import { Author } from '../modules/authors/author.entity';
import { CaseStory } from '../modules/case-stories/case-story.entity';
import { CaseTransition } from '../modules/cases/case-transition.entity';
import { Case } from '../modules/cases/case.entity';
import { Reaction } from '../modules/cases/reaction.entity';
import { Escalation } from '../modules/escalations/escalation.entity';
import { EscalationHandover } from '../modules/escalations/escalation-handover.entity';
import { Notification } from '../modules/notifications/notification.entity';
import { NotificationPreference } from '../modules/notifications/notification-preference.entity';
import { Mention } from '../modules/mentions/mention.entity';
import { OfficialAccount } from '../modules/representatives/official-account.entity';
import { Representative } from '../modules/representatives/representative.entity';
import { AttemptQuestion } from '../modules/certification/attempt-question.entity';
import { Certificate } from '../modules/certification/certificate.entity';
import { QuestionGeneration } from '../modules/certification/question-generation.entity';
import { CertificateRefresh } from '../modules/certification/certificate-refresh.entity';
import { QuestionCategory } from '../modules/certification/question-category.entity';
import { Question } from '../modules/certification/question.entity';
import { QuizAttempt } from '../modules/certification/quiz-attempt.entity';
import { QuizOverride } from '../modules/certification/quiz-override.entity';
import { Quiz } from '../modules/certification/quiz.entity';
import { MetricEntry } from '../modules/kpis/metric-entry.entity';
import { Post } from '../modules/posts/post.entity';
import { KpiRevision } from '../modules/kpis/kpi-revision.entity';
import { Report } from '../modules/reports/report.entity';

/** Every stored entity, listed so that compiled and test runs load exactly the same classes. */
export const entities = [
  InstanceSetting,
  Client,
  User,
  Membership,
  ApiKey,
  AuditEvent,
  Platform,
  Brief,
  BriefVersion,
  Situation,
  SituationExample,
  Reply,
  ReplyRevision,
  ReplyDelivery,
  ArgumentBaseImport,
  Representative,
  OfficialAccount,
  Author,
  Mention,
  Case,
  CaseTransition,
  Reaction,
  Escalation,
  EscalationHandover,
  Notification,
  NotificationPreference,
  CaseStory,
  SituationMatchDocument,
  SituationMatchTerm,
  SituationMatchVocabulary,
  SituationMatchCorpus,
  SituationMatchGram,
  SituationMatchCategoryTerm,
  SituationMatchCategory,
  QuestionCategory,
  Question,
  Quiz,
  QuizOverride,
  QuizAttempt,
  AttemptQuestion,
  Certificate,
  MetricEntry,
  Post,
  KpiRevision,
  WebhookEndpoint,
  WebhookEvent,
  WebhookDelivery,
  QuestionGeneration,
  CertificateRefresh,
  Report,
];
