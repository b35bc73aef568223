import { useTranslate } from 'react-admin';
import { categories } from '../common/choices';
import type { ImportProblem } from './upload';

/**
 * A bad cell said in the panel's language: the text of its reason, the value read, and for a category
 * the categories by their names (a PR specialist knows "Негатив", not NEGATIVE). The server's English
 * message is the fallback for a reason the panel does not know yet.
 */
export function ProblemText({ problem }: { problem: ImportProblem }) {
  const translate = useTranslate();
  if (!problem.reason) return <>{problem.message}</>;
  const parts = [translate(`reasons.${problem.reason}`, { _: problem.message })];
  if (problem.value) parts.push(translate('repbase.import.read', { value: problem.value }));
  if (problem.reason === 'UNKNOWN_CATEGORY') {
    parts.push(translate('repbase.import.categoryHint', { categories: categories.map((category) => `${translate(`repbase.categories.${category}`)} (${category})`).join(', ') }));
  }
  return <>{parts.join(' ')}</>;
}
