import { russian } from '../briefs/brief-labels';
import type { KpiMetric } from '../kpis/kpi-metric';
import { REPORT_SECTIONS, type Report, type ReportFigure, type ReportSection } from './report.entity';

/** What a rendering needs beside the report: names, resolved once by the caller. */
export interface ReportNames {
  representative: string;
  platform: string | null;
  client: string;
}

export const SECTION_TITLES: Record<ReportSection, string> = { wentWell: 'Что получилось', problems: 'Проблемы', proposals: 'Предложения' };
const STATUS: Record<Report['status'], string> = { DRAFT: 'черновик', SUBMITTED: 'сдан на проверку', RETURNED: 'возвращён на доработку', ACCEPTED: 'принят' };
const numberFormat = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 1 });
const dayFormat = (day: string) => day.split('-').reverse().join('.');

export const figureValue = (figure: ReportFigure) =>
  figure.value === null ? '—' : figure.outOf !== null ? `${numberFormat.format(figure.value)} из ${numberFormat.format(figure.outOf)}` : numberFormat.format(figure.value);
export const figureTarget = (figure: ReportFigure) => (figure.target === null ? '—' : numberFormat.format(figure.target));
export const metricLabel = (metric: KpiMetric) => russian.metrics[metric];

/** The title, the period line and the rows of the table: what Markdown and PDF both show, in Russian. */
export function reportOutline(report: Report, names: ReportNames) {
  const commentOn = (subject: string) => report.comments.find((comment) => comment.subject === subject)?.comment ?? null;
  return {
    title: `Отчёт представителя: ${names.representative}`,
    subtitle: [
      `${names.client}${names.platform ? `, площадка «${names.platform}»` : ', все площадки'}`,
      `Период: ${dayFormat(report.firstDay)} – ${dayFormat(report.lastDay)}; статус: ${STATUS[report.status]}`,
    ],
    rows: report.figures.map((figure) => ({ label: metricLabel(figure.metric), value: figureValue(figure), target: figureTarget(figure), comment: commentOn(figure.metric) })),
    sections: REPORT_SECTIONS.map((section) => ({ title: SECTION_TITLES[section], text: report[section].trim() || '—', comment: commentOn(section) })),
    reviewComment: report.reviewComment,
  };
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reportMarkdown(report: Report, names: ReportNames): string {
  const outline = reportOutline(report, names);
  const lines = [`# ${outline.title}`, '', ...outline.subtitle.map((line) => `${line}  `), ''];
  if (report.status === 'RETURNED' && outline.reviewComment) lines.push(`> **Замечание проверяющего:** ${outline.reviewComment}`, '');
  lines.push('## Показатели', '', '| Показатель | Факт | План |', '| --- | ---: | ---: |');
  for (const row of outline.rows) lines.push(`| ${cell(row.label)} | ${row.value} | ${row.target} |`);
  const figureComments = outline.rows.filter((row) => row.comment);
  if (figureComments.length) lines.push('', ...figureComments.map((row) => `- *${row.label}:* ${row.comment}`));
  for (const section of outline.sections) {
    lines.push('', `## ${section.title}`, '', section.text);
    if (section.comment) lines.push('', `> *Замечание:* ${section.comment}`);
  }
  return `${lines.join('\n')}\n`;
}
