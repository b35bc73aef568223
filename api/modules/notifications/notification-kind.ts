import { registerEnumType } from 'type-graphql';

/** Public API: what a person can be told. Each user chooses, per kind, the panel's bell and e-mail. */
export enum NotificationKind {
  NEW_QUESTION = 'NEW_QUESTION',
  QUESTION_HANDED_OVER = 'QUESTION_HANDED_OVER',
  QUESTION_ANSWERED = 'QUESTION_ANSWERED',
  CASE_OVERDUE = 'CASE_OVERDUE',
  BRIEF_AWAITING_APPROVAL = 'BRIEF_AWAITING_APPROVAL',
  REPORT_SUBMITTED = 'REPORT_SUBMITTED',
  REPORT_RETURNED = 'REPORT_RETURNED',
  WEBHOOK_DISABLED = 'WEBHOOK_DISABLED',
}

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  valuesConfig: {
    NEW_QUESTION: { description: 'A responsible person (or the PR specialists) received an escalated question.' },
    QUESTION_HANDED_OVER: { description: 'A question was handed on to you.' },
    QUESTION_ANSWERED: { description: 'The question you escalated was answered.' },
    CASE_OVERDUE: { description: 'A case of yours passed its deadline unanswered.' },
    BRIEF_AWAITING_APPROVAL: { description: 'A brief version was submitted for approval.' },
    REPORT_SUBMITTED: { description: 'A representative submitted a report for review.' },
    REPORT_RETURNED: { description: 'Your report was returned with comments.' },
    WEBHOOK_DISABLED: { description: 'A webhook endpoint kept failing and was switched off.' },
  },
});

/** Who is told of what, by default: every kind in the panel and by e-mail, until the person changes it. */
export const DEFAULT_CHANNELS = { inApp: true, email: true } as const;
