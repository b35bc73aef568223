import type { ConsumerCycleCategory } from '../argument-base/consumer-cycle-category';
import type { BriefContent, ResponsiblePersonItem } from '../briefs/brief-content';
import { badInput } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';

export interface Route {
  topic: string | null;
  person: ResponsiblePersonItem | null;
}

/** Who an escalation goes to when no responsible person of the brief fits. */
export const PR_SPECIALISTS = 'PR-специалист';

const HOUR = 60 * 60 * 1000;

/**
 * An escalation's assignee columns for `person`, the PR specialists when null: due within the
 * person's answerWithinHours from `now`, else by the case's own deadline.
 */
export function assigneeOf(person: ResponsiblePersonItem | null, now: Date, caseDeadline: Date | null) {
  return {
    responsiblePersonKey: person?.key ?? null,
    assigneeName: person?.name ?? PR_SPECIALISTS,
    assigneePosition: person?.position ?? null,
    assigneeContact: person?.contact ?? null,
    // A person of the brief without a staff account is reached by the PR specialists, who see it as theirs.
    assigneeUserId: person?.userId ?? null,
    dueAt: person ? new Date(now.getTime() + person.answerWithinHours * HOUR) : caseDeadline,
  };
}

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е');

/**
 * The topic of a question: the one named, else the situation's, else the first brief topic whose
 * keyword appears in the post. The keyword test is a plain substring of the folded text: a stem
 * ("гарант") catches its forms; the argument-base matcher does the fine work of classification.
 */
export function topicOf(content: BriefContent | null, named: string | null, postText: string): string | null {
  if (named) return named;
  const text = fold(postText);
  return content?.topics.find((topic) => topic.keywords.some((keyword) => keyword.trim() && text.includes(fold(keyword.trim()))))?.key ?? null;
}

/** The responsible person of the brief named by key (null when none is named); an unknown key is refused, listing the known ones. */
export function personOf(content: BriefContent | null, key: string | null | undefined): ResponsiblePersonItem | null {
  const named = key?.trim();
  if (!named) return null;
  const person = content?.responsiblePeople.find((item) => item.key === named);
  if (!person) {
    const known = (content?.responsiblePeople ?? []).map((item) => `${item.key} (${item.name})`).join(', ');
    throw badInput(
      { field: 'responsiblePersonKey', message: `"${named}" is not a responsible person of the brief in force; ${known ? `choose one of: ${known}` : 'the brief names nobody'}` },
      ErrorReason.UNKNOWN_RESPONSIBLE_PERSON,
    );
  }
  return person;
}

/**
 * Who answers: the responsible person whose topics include the question's topic, else one who
 * answers for the case's consumer-cycle category (a brief may list category names among the topic
 * keys, e.g. NEGATIVE for the head of service); nobody fits means the PR specialists (null).
 */
export function routeEscalation(
  content: BriefContent | null,
  topic: string | null,
  category: ConsumerCycleCategory | null,
): ResponsiblePersonItem | null {
  const people = content?.responsiblePeople ?? [];
  return (topic ? people.find((person) => person.topicKeys.includes(topic)) : undefined) ?? (category ? people.find((person) => person.topicKeys.includes(category)) : undefined) ?? null;
}
