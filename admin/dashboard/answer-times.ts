export interface AnsweredQuestion {
  id: string;
  question: string;
  createdAt: string;
  answeredAt: string | null;
  dueAt: string | null;
}

export interface AnswerTimes {
  answered: number;
  averageHours: number | null;
  medianHours: number | null;
  /** Of the answers with a due time, the share given by then; null when none had one. */
  onTimeShare: number | null;
  /** Oldest first, each with its hours from the question to the answer. */
  answers: (AnsweredQuestion & { hours: number; onTime: boolean | null })[];
}

/** A responsible person's own answer times, counted from when the question was sent to the answer. */
export function answerTimes(questions: AnsweredQuestion[]): AnswerTimes {
  const answers = questions
    .filter((question): question is AnsweredQuestion & { answeredAt: string } => Boolean(question.answeredAt))
    .map((question) => ({
      ...question,
      hours: Math.max(0, (Date.parse(question.answeredAt) - Date.parse(question.createdAt)) / 3_600_000),
      onTime: question.dueAt ? Date.parse(question.answeredAt) <= Date.parse(question.dueAt) : null,
    }))
    .sort((a, b) => Date.parse(a.answeredAt) - Date.parse(b.answeredAt));
  const hours = answers.map((answer) => answer.hours).sort((a, b) => a - b);
  const middle = Math.floor(hours.length / 2);
  const withDue = answers.filter((answer) => answer.onTime !== null);
  return {
    answered: answers.length,
    averageHours: hours.length ? hours.reduce((sum, value) => sum + value, 0) / hours.length : null,
    medianHours: hours.length ? (hours.length % 2 ? hours[middle] : (hours[middle - 1] + hours[middle]) / 2) : null,
    onTimeShare: withDue.length ? withDue.filter((answer) => answer.onTime).length / withDue.length : null,
    answers,
  };
}
