import { BRIEF_SECTIONS, emptyBriefContent, type BriefContent, type BriefSection } from '../briefs/brief-content';
import { diffSection, type BriefSectionDiff } from '../briefs/brief-diff';
import { russian, type PlatformNames } from '../briefs/brief-labels';

/**
 * What changed in the standard, section by section, in words a representative reads on their
 * certificate ("Темы: изменено «Кредит»"). A section counts as changed when an item was added,
 * removed or changed; a new order alone, or a new certification requirement, changes nothing a quiz
 * asks about.
 */

/** Fields of a brief item that say how the brief is enforced, not what it teaches. */
const NOT_TAUGHT = new Set(['requiredQuizId']);

type AnyItem = { key: string } & Record<string, unknown>;

const taught = (items: unknown[]): AnyItem[] =>
  (items as AnyItem[]).map((item) => Object.fromEntries(Object.entries(item).filter(([field]) => !NOT_TAUGHT.has(field))) as AnyItem);

function summary(section: BriefSection, diff: BriefSectionDiff): string | null {
  const parts = [
    diff.changed.length ? `изменено ${diff.changed.map((item) => `«${item.label}»`).join(', ')}` : null,
    diff.added.length ? `добавлено ${diff.added.map((item) => `«${item.label}»`).join(', ')}` : null,
    diff.removed.length ? `удалено ${diff.removed.map((item) => `«${item.label}»`).join(', ')}` : null,
  ].filter(Boolean);
  return parts.length ? `${russian.sections[section]}: ${parts.join('; ')}` : null;
}

/** The sections a new version changes against the one it replaces (null: nothing was in force), each with its summary. */
export function changedBriefSections(previous: BriefContent | null, next: BriefContent, platforms: PlatformNames): Map<BriefSection, string> {
  const from = { ...emptyBriefContent(), ...previous };
  const to = { ...emptyBriefContent(), ...next };
  const changes = new Map<BriefSection, string>();
  for (const section of BRIEF_SECTIONS) {
    const text = summary(section, diffSection(section, taught(from[section]), taught(to[section]), platforms));
    if (text) changes.set(section, text);
  }
  return changes;
}
