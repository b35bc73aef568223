/**
 * The infographic as SVG: one portrait page (1080×1350, the size social networks show whole) of what a
 * PR specialist posts about a period: requests handled, reaction time against the call centre's,
 * problems solved, positive reviews and the most frequent problems. Pure: figures in, SVG text out.
 */
export interface InfographicFigures {
  brandName: string;
  periodText: string;
  mentionsIn: number;
  answered: number;
  problemsSolved: number;
  positiveFeedback: number;
  averageReactionMinutes: number | null;
  callCentreAnswerMinutes: number | null;
  topProblems: { title: string; cases: number }[];
}

export const WIDTH = 1080;
export const HEIGHT = 1350;
export const FONT_FAMILY = 'DejaVu Sans';

const COLORS = { ink: '#14213d', muted: '#5c677d', accent: '#e4572e', ours: '#2a9d8f', theirs: '#b8c0cc', card: '#ffffff', page: '#f3f5f9', band: '#14213d' };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const number = (value: number) => new Intl.NumberFormat('ru-RU').format(value).replace(/\u00a0/g, ' ');

/** Russian plural: 1 обращение, 2 обращения, 5 обращений. */
export function plural(count: number, one: string, few: string, many: string): string {
  const lastTwo = Math.abs(count) % 100;
  const last = lastTwo % 10;
  if (lastTwo >= 11 && lastTwo <= 14) return many;
  if (last === 1) return one;
  if (last >= 2 && last <= 4) return few;
  return many;
}

/** 45 мин, 1 ч 20 мин, 2 дн 3 ч. */
export function durationText(minutes: number): string {
  const rounded = Math.max(0, Math.round(minutes));
  if (rounded < 60) return `${rounded} мин`;
  if (rounded < 24 * 60) {
    const hours = Math.floor(rounded / 60);
    const rest = rounded % 60;
    return rest ? `${hours} ч ${rest} мин` : `${hours} ч`;
  }
  const days = Math.floor(rounded / (24 * 60));
  const hours = Math.round((rounded % (24 * 60)) / 60);
  return hours ? `${days} дн ${hours} ч` : `${days} дн`;
}

const truncate = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text);

function text(x: number, y: number, content: string, size: number, options: { weight?: 'bold'; color?: string; anchor?: 'start' | 'middle' | 'end' } = {}): string {
  return `<text x="${x}" y="${y}" font-family="${FONT_FAMILY}" font-size="${size}"${options.weight ? ' font-weight="bold"' : ''} fill="${options.color ?? COLORS.ink}" text-anchor="${options.anchor ?? 'start'}">${escape(content)}</text>`;
}

const card = (x: number, y: number, width: number, height: number) => `<rect x="${x}" y="${y}" width="${width}" height="${height}" rx="28" fill="${COLORS.card}"/>`;

function statCard(x: number, y: number, value: string, caption: [string, string], note: string): string {
  return [
    card(x, y, 300, 240),
    text(x + 32, y + 88, value, 68, { weight: 'bold', color: COLORS.accent }),
    text(x + 32, y + 136, caption[0], 27, { weight: 'bold' }),
    text(x + 32, y + 170, caption[1], 27, { weight: 'bold' }),
    text(x + 32, y + 212, note, 22, { color: COLORS.muted }),
  ].join('');
}

function reactionSection(y: number, figures: InfographicFigures): string {
  const parts = [card(60, y, 960, 300), text(100, y + 62, 'Скорость реакции', 34, { weight: 'bold' })];
  const ours = figures.averageReactionMinutes;
  const theirs = figures.callCentreAnswerMinutes;
  if (ours === null) {
    parts.push(text(100, y + 160, 'За период ответов не было', 30, { color: COLORS.muted }));
    return parts.join('');
  }
  const longest = Math.max(ours, theirs ?? 0, 1);
  const bar = (row: number, label: string, minutes: number, color: string) => {
    const width = Math.max(8, (420 * minutes) / longest);
    const top = y + 100 + row * 80;
    return [text(100, top + 36, label, 26, { color: COLORS.muted }), `<rect x="420" y="${top + 6}" width="${width}" height="44" rx="10" fill="${color}"/>`, text(420 + width + 16, top + 40, durationText(minutes), 28, { weight: 'bold' })].join('');
  };
  parts.push(bar(0, 'Представитель в сети', ours, COLORS.ours));
  if (theirs === null) {
    parts.push(text(100, y + 240, 'Среднее время первого ответа на площадках', 24, { color: COLORS.muted }));
  } else {
    parts.push(bar(1, 'Колл-центр', theirs, COLORS.theirs));
    const verdict =
      ours < theirs && ours > 0
        ? `В ${(theirs / ours).toFixed(1).replace('.', ',')} раза быстрее колл-центра`
        : ours <= theirs
          ? 'Быстрее колл-центра'
          : 'Колл-центр пока отвечает быстрее';
    parts.push(text(100, y + 276, verdict, 26, { weight: 'bold', color: COLORS.ours }));
  }
  return parts.join('');
}

function problemsSection(y: number, problems: InfographicFigures['topProblems']): string {
  const parts = [card(60, y, 960, 410), text(100, y + 62, 'Самые частые вопросы', 34, { weight: 'bold' })];
  if (problems.length === 0) {
    parts.push(text(100, y + 140, 'Ситуации обращений ещё не определены', 28, { color: COLORS.muted }));
    return parts.join('');
  }
  const largest = Math.max(...problems.map((problem) => problem.cases), 1);
  problems.slice(0, 5).forEach((problem, index) => {
    const top = y + 100 + index * 62;
    const width = Math.max(8, (780 * problem.cases) / largest);
    parts.push(`<rect x="100" y="${top}" width="${width}" height="48" rx="10" fill="${index === 0 ? COLORS.accent : '#f4a48a'}" opacity="0.25"/>`);
    parts.push(text(116, top + 33, truncate(problem.title, 48), 26));
    parts.push(text(980, top + 33, number(problem.cases), 28, { weight: 'bold', anchor: 'end' }));
  });
  return parts.join('');
}

export function infographicSvg(figures: InfographicFigures): string {
  const handled = figures.answered;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="${COLORS.page}"/>`,
    `<rect width="${WIDTH}" height="250" fill="${COLORS.band}"/>`,
    `<rect y="250" width="${WIDTH}" height="8" fill="${COLORS.accent}"/>`,
    text(60, 92, truncate(figures.brandName, 34), 54, { weight: 'bold', color: '#ffffff' }),
    text(60, 150, 'Официальный представитель в сети: итоги', 32, { color: '#dfe6f0' }),
    text(60, 204, figures.periodText, 30, { color: '#f6bd60', weight: 'bold' }),
    statCard(60, 290, number(handled), [plural(handled, 'обращение', 'обращения', 'обращений'), plural(handled, 'обработано', 'обработано', 'обработано')], `из ${number(figures.mentionsIn)} поступивших`),
    statCard(390, 290, number(figures.problemsSolved), [plural(figures.problemsSolved, 'проблема', 'проблемы', 'проблем'), plural(figures.problemsSolved, 'решена', 'решены', 'решено')], 'по итогам обращений'),
    statCard(720, 290, number(figures.positiveFeedback), [plural(figures.positiveFeedback, 'положительный', 'положительных', 'положительных'), plural(figures.positiveFeedback, 'отзыв', 'отзыва', 'отзывов')], 'после ответа'),
    reactionSection(560, figures),
    problemsSection(890, figures.topProblems),
    text(60, 1330, `${figures.brandName} · честно, открыто, быстро`, 22, { color: COLORS.muted }),
    '</svg>',
  ].join('\n');
}
