import { Matches } from 'class-validator';
import { ArgsType, Field, registerEnumType } from 'type-graphql';
import { type ExportFile, exportFile } from '../../../common/export-file';
import type { RequestContext } from '../../../context';
import { AnalyticsGroupBy } from '../analytics.types';
import { computeCaseAnalytics } from '../case-analytics.service';
import { periodOf } from '../period';
import { type InfographicFigures, infographicSvg } from './infographic.svg';
import { svgToPdf, svgToPng } from './render';

/** Public API: what caseInfographic draws the picture as. */
export enum InfographicFormat {
  PNG = 'PNG',
  PDF = 'PDF',
  SVG = 'SVG',
}
registerEnumType(InfographicFormat, {
  name: 'InfographicFormat',
  valuesConfig: {
    PNG: { description: '1080×1350 pixels, for posting.' },
    PDF: { description: 'One A4 page, for print and press releases.' },
    SVG: { description: 'The source picture, for a designer to adjust.' },
  },
});

@ArgsType()
export class InfographicArgs {
  @Field({ description: "First day of the period, YYYY-MM-DD, in the client's time zone." })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'from: a day as YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last day of the period (included).' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'to: a day as YYYY-MM-DD' })
  to: string;

  @Field(() => InfographicFormat, { defaultValue: InfographicFormat.PNG })
  format: InfographicFormat;
}

const dayMonth = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "1–30 ноября 2026", "28 октября — 3 ноября 2026", "15 декабря 2026 — 14 января 2027". */
export function periodText(from: string, to: string): string {
  const [start, end] = [new Date(`${from}T00:00:00Z`), new Date(`${to}T00:00:00Z`)];
  const [startYear, endYear] = [start.getUTCFullYear(), end.getUTCFullYear()];
  if (from === to) return `${dayMonth.format(start)} ${startYear}`;
  if (startYear !== endYear) return `${dayMonth.format(start)} ${startYear} — ${dayMonth.format(end)} ${endYear}`;
  if (start.getUTCMonth() === end.getUTCMonth()) return `${start.getUTCDate()}–${dayMonth.format(end)} ${endYear}`;
  return `${dayMonth.format(start)} — ${dayMonth.format(end)} ${endYear}`;
}

export async function infographicFigures(context: RequestContext, from: string, to: string): Promise<InfographicFigures> {
  const period = periodOf(from, to);
  const analytics = await computeCaseAnalytics(context.tenant, period, AnalyticsGroupBy.MONTH, { platformId: null, representativeId: null, category: null }, 5);
  const { summary } = analytics;
  return {
    brandName: context.client.brandName,
    periodText: periodText(period.from, period.to),
    mentionsIn: summary.mentionsIn.current ?? 0,
    answered: summary.answered.current ?? 0,
    problemsSolved: summary.problemsSolved.current ?? 0,
    positiveFeedback: summary.positiveFeedback.current ?? 0,
    averageReactionMinutes: summary.firstResponseAverageMinutes.current,
    callCentreAnswerMinutes: context.client.callCentreAnswerMinutes,
    topProblems: analytics.situations.map((situation) => ({ title: situation.title, cases: situation.cases.current ?? 0 })),
  };
}

export async function caseInfographic(context: RequestContext, args: InfographicArgs): Promise<ExportFile> {
  const figures = await infographicFigures(context, args.from, args.to);
  const svg = infographicSvg(figures);
  const stem = `${context.client.slug}-infographic-${args.from}-${args.to}`;
  switch (args.format) {
    case InfographicFormat.PNG:
      return exportFile(`${stem}.png`, 'image/png', svgToPng(svg));
    case InfographicFormat.PDF:
      return exportFile(`${stem}.pdf`, 'application/pdf', await svgToPdf(svg, `${figures.brandName}: ${figures.periodText}`));
    case InfographicFormat.SVG:
      return exportFile(`${stem}.svg`, 'image/svg+xml', Buffer.from(svg, 'utf8'));
    default: {
      const never: never = args.format;
      return never;
    }
  }
}
