import { KpiMetric } from '../kpis/kpi-metric';
import { ContentRuleKind, TopicPolicy, type BriefContent } from './brief-content';
import { hoursInRussian, placeLabel, russian, type PlatformNames } from './brief-labels';
import { BriefStatus } from './brief-version.entity';

export interface MarkdownSource {
  title: string;
  number: number;
  status: BriefStatus;
  approvedAt: Date | null;
  approvedByName: string | null;
  content: BriefContent;
  platforms: PlatformNames;
}

const NOTHING = '_Не задано._';
const numberFormat = new Intl.NumberFormat('ru-RU');
const dateFormat = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Moscow' });

const quoted = (values: string[]) => values.map((value) => `«${value}»`).join(', ');
const sentence = (text: string) => (/[.!?…]$/.test(text) ? text : `${text}.`);

/** A table cell: one line, pipes escaped. */
const cell = (value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '—' : String(value).replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

function table(header: string[], rows: (string | number | null)[][]): string[] {
  if (rows.length === 0) return [NOTHING];
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)];
}

function statusLine(source: MarkdownSource): string {
  const version = `Версия ${source.number}`;
  if (source.status === BriefStatus.APPROVED && source.approvedAt) {
    return `${version}, действует с ${dateFormat.format(source.approvedAt)}${source.approvedByName ? `; утвердил(а): ${source.approvedByName}` : ''}.`;
  }
  const state = { DRAFT: 'черновик', IN_REVIEW: 'на согласовании', ARCHIVED: 'в архиве', APPROVED: 'утверждена' }[source.status];
  return `${version} (${state}) — **не действует**: представители работают по утверждённой версии.`;
}

function postingRules(content: BriefContent, platforms: PlatformNames): string[] {
  return table(
    ['Где', 'В день, не больше', 'В неделю, не больше', 'Что можно публиковать', 'Примечание'],
    content.postingRules.map((rule) => [
      placeLabel(rule, platforms),
      rule.maxPostsPerDay,
      rule.maxPostsPerWeek,
      rule.allowedPostKinds.length ? rule.allowedPostKinds.map((kind) => russian.postKinds[kind]).join(', ') : 'ничего',
      rule.note,
    ]),
  );
}

function topics(content: BriefContent): string[] {
  const groups: [TopicPolicy, string][] = [
    [TopicPolicy.ALLOWED, 'Можно обсуждать'],
    [TopicPolicy.FORBIDDEN, 'Запрещённые темы: не поднимать и не обсуждать публично'],
    [TopicPolicy.NO_COMMENT, 'Не комментировать'],
  ];
  if (content.topics.length === 0) return [NOTHING];
  return groups.flatMap(([policy, heading]) => {
    const items = content.topics.filter((topic) => topic.policy === policy);
    if (items.length === 0) return [];
    const lines = items.map((topic) => {
      const parts = [`- **${topic.name}**.`];
      if (topic.keywords.length) parts.push(`Узнаём по словам: ${topic.keywords.join(', ')}.`);
      if (topic.note) parts.push(sentence(topic.note));
      return parts.join(' ');
    });
    return [`### ${heading}`, '', ...lines, ''];
  });
}

function contentRules(content: BriefContent): string[] {
  if (content.contentRules.length === 0) return [NOTHING];
  const describe: Record<ContentRuleKind, (rule: BriefContent['contentRules'][number]) => string> = {
    BRAND_SPELLING: (rule) => `Пишем «${rule.text}»${rule.variants.length ? `; не пишем: ${quoted(rule.variants)}` : ''}.`,
    PREFERRED_TERM: (rule) => `Говорим «${rule.text}», а не ${quoted(rule.variants)}.`,
    FORBIDDEN_PHRASE: (rule) => `Никогда не пишем «${rule.text}»${rule.variants.length ? ` (и ${quoted(rule.variants)})` : ''}.`,
    STYLE: (rule) => sentence(rule.text),
  };
  return Object.values(ContentRuleKind).flatMap((kind) => {
    const rules = content.contentRules.filter((rule) => rule.kind === kind);
    if (rules.length === 0) return [];
    const lines = rules.map((rule) => `- ${describe[kind](rule)}${rule.note ? ` ${sentence(rule.note)}` : ''}`);
    return [`### ${russian.contentRuleKinds[kind]}`, '', ...lines, ''];
  });
}

function regulations(content: BriefContent): string[] {
  const deadlines = table(
    ['Площадки', 'Обращения', 'Ответить в течение'],
    content.responseDeadlines.map((deadline) => [
      deadline.platformKind ? russian.platformKinds[deadline.platformKind] : 'все площадки',
      deadline.category ? russian.categories[deadline.category] : 'любые',
      hoursInRussian(deadline.hours),
    ]),
  );
  const situations = content.standardSituations.length
    ? content.standardSituations.flatMap((situation) => [
        `#### ${situation.name}`,
        '',
        ...(situation.triggers.length ? [`Узнаём по словам: ${situation.triggers.join(', ')}.`, ''] : []),
        sentence(situation.behaviour),
        ...(situation.moveToPrivate ? ['', '**Разговор переводим в личные сообщения.**'] : []),
        '',
      ])
    : [NOTHING];
  return ['### Сроки ответа', '', ...deadlines, '', '### Стандартные ситуации', '', ...situations];
}

function responsiblePeople(content: BriefContent): string[] {
  const topicNames = new Map(content.topics.map((topic) => [topic.key, topic.name]));
  return table(
    ['Кто', 'Должность', 'Отвечает за темы', 'Контакт', 'Отвечает в течение'],
    content.responsiblePeople.map((person) => [
      person.name,
      person.position,
      person.topicKeys.map((key) => topicNames.get(key) ?? key).join(', '),
      person.contact,
      hoursInRussian(person.answerWithinHours),
    ]),
  );
}

function kpiTargets(content: BriefContent, platforms: PlatformNames): string[] {
  return table(
    ['Показатель', 'Цель', 'Период', 'Площадка'],
    content.kpiTargets.map((target) => [
      `${russian.metrics[target.metric]}${target.isPriority ? ' (приоритетный KPI)' : ''}`,
      target.metric === KpiMetric.AVERAGE_FIRST_RESPONSE_HOURS ? `не больше ${numberFormat.format(target.target)}` : `не меньше ${numberFormat.format(target.target)}`,
      russian.periods[target.period],
      target.platformId ? placeLabel(target, platforms) : 'все площадки',
    ]),
  );
}

/** The brief as a Russian Markdown document a representative can study and print. */
export function renderBriefMarkdown(source: MarkdownSource): string {
  const { content, platforms } = source;
  const lines = [
    `# ${source.title}`,
    '',
    statusLine(source),
    '',
    `## 1. ${russian.sections.postingRules}`,
    '',
    ...postingRules(content, platforms),
    '',
    `## 2. ${russian.sections.topics}`,
    '',
    ...topics(content),
    '',
    `## 3. ${russian.sections.contentRules}`,
    '',
    ...contentRules(content),
    '',
    '## 4. Регламенты',
    '',
    ...regulations(content),
    '',
    `## 5. ${russian.sections.responsiblePeople}`,
    '',
    'Вопросы по этим темам представитель решает с ответственным лицом напрямую, без PR-специалиста.',
    '',
    ...responsiblePeople(content),
    '',
    `## 6. ${russian.sections.kpiTargets}`,
    '',
    ...kpiTargets(content, platforms),
    '',
  ];
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}
