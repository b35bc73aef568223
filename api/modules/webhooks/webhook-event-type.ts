import { registerEnumType } from 'type-graphql';

/**
 * Public API: what a webhook endpoint can subscribe to; the value is the body's `type`. Modules that
 * produce an event call recordEvent (record-event.ts) in the transaction of the change.
 */
export enum WebhookEventType {
  CASE_CREATED = 'case.created',
  CASE_OVERDUE = 'case.overdue',
  ESCALATION_CREATED = 'escalation.created',
  ESCALATION_ANSWERED = 'escalation.answered',
  REPLY_APPROVED = 'reply.approved',
  BRIEF_VERSION_APPROVED = 'brief_version.approved',
  REPORT_SUBMITTED = 'report.submitted',
  CERTIFICATE_LAPSING = 'certificate.lapsing',
}

registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description: 'Events a webhook endpoint can receive; the body\'s "type" is the value in parentheses.',
  valuesConfig: {
    CASE_CREATED: { description: '(case.created) a case was opened: a new post from monitoring.' },
    CASE_OVERDUE: { description: '(case.overdue) a case passed its response deadline with no answer; once per case.' },
    ESCALATION_CREATED: { description: '(escalation.created) a question went to a responsible person.' },
    ESCALATION_ANSWERED: { description: '(escalation.answered) the responsible person answered.' },
    REPLY_APPROVED: { description: '(reply.approved) a reply of the argument base was approved.' },
    BRIEF_VERSION_APPROVED: { description: '(brief_version.approved) a brief version was approved and is in force.' },
    REPORT_SUBMITTED: { description: '(report.submitted) a representative submitted a report.' },
    CERTIFICATE_LAPSING: { description: "(certificate.lapsing) a representative's certification is about to lapse." },
  },
});
