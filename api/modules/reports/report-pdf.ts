import path from 'node:path';
import fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { Report } from './report.entity';
import { reportOutline, type ReportNames } from './report-document';

/**
 * PT Sans from @fontsource (in package-lock, so on every machine): it ships Cyrillic and Latin as
 * separate subsets, so each run of text is set in the subset holding its glyphs.
 */
const FONT_DIRECTORY = path.join(path.dirname(require.resolve('@fontsource/pt-sans/package.json')), 'files');
const SUBSETS = ['cyrillic', 'latin', 'latin-ext', 'cyrillic-ext'] as const;
type Weight = 'regular' | 'bold';
const fontFile = (subset: string, weight: Weight) => `${FONT_DIRECTORY}/pt-sans-${subset}-${weight === 'bold' ? 700 : 400}-normal.woff`;

let coverage: { subset: string; has: (codePoint: number) => boolean }[] | null = null;
function subsetsCovering() {
  coverage ??= SUBSETS.map((subset) => {
    const font = fontkit.openSync(fontFile(subset, 'regular')) as unknown as { hasGlyphForCodePoint(codePoint: number): boolean };
    return { subset, has: (codePoint: number) => font.hasGlyphForCodePoint(codePoint) };
  });
  return coverage;
}

/** The text cut into runs that one subset can set. */
function runsOf(text: string): { subset: string; text: string }[] {
  const runs: { subset: string; text: string }[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    const covering = subsetsCovering().find((candidate) => candidate.has(codePoint));
    const subset = covering?.subset ?? (runs.at(-1)?.subset ?? 'latin');
    const last = runs.at(-1);
    if (last && last.subset === subset) last.text += character;
    else runs.push({ subset, text: character });
  }
  return runs;
}

function write(document: PDFKit.PDFDocument, text: string, options: { weight?: Weight; size?: number; x?: number; y?: number; width?: number; align?: 'left' | 'right' } = {}) {
  const runs = runsOf(text || ' ');
  const weight = options.weight ?? 'regular';
  document.fontSize(options.size ?? 11);
  if (options.align === 'right' && options.x !== undefined && options.width !== undefined) {
    // pdfkit aligns each continued run on its own, so a right-aligned cell of several runs ("2 из 2",
    // "3 227" with its no-break space) is measured whole and set from the left at the right offset.
    const width = runs.reduce((sum, run) => sum + document.font(`${run.subset}-${weight}`).widthOfString(run.text), 0);
    let x = options.x + Math.max(0, options.width - width);
    for (const run of runs) {
      document.font(`${run.subset}-${weight}`).text(run.text, x, options.y, { lineBreak: false });
      x += document.widthOfString(run.text);
    }
    return;
  }
  runs.forEach((run, index) => {
    document.font(`${run.subset}-${weight}`);
    const last = index === runs.length - 1;
    const layout = { width: options.width, align: options.align, continued: !last };
    if (index === 0 && options.x !== undefined) document.text(run.text, options.x, options.y, layout);
    else document.text(run.text, layout);
  });
}

/** The report as an A4 PDF in Russian: title, figures beside targets, the narrative, the reviewer's comments. */
export function reportPdf(report: Report, names: ReportNames): Promise<Buffer> {
  const outline = reportOutline(report, names);
  const document = new PDFDocument({ size: 'A4', margin: 50, info: { Title: outline.title } });
  for (const subset of SUBSETS) for (const weight of ['regular', 'bold'] as const) document.registerFont(`${subset}-${weight}`, fontFile(subset, weight));
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => document.on('end', () => resolve(Buffer.concat(chunks))));

  const left = document.page.margins.left;
  const width = document.page.width - left - document.page.margins.right;
  write(document, outline.title, { weight: 'bold', size: 18 });
  for (const line of outline.subtitle) write(document, line, { size: 10 });
  if (report.status === 'RETURNED' && outline.reviewComment) {
    document.moveDown(0.5);
    write(document, `Замечание проверяющего: ${outline.reviewComment}`, { weight: 'bold', size: 10 });
  }
  document.moveDown();
  write(document, 'Показатели', { weight: 'bold', size: 14 });
  const columns = { label: width * 0.55, value: width * 0.25, target: width * 0.2 };
  const row = (label: string, value: string, target: string, weight: Weight) => {
    const y = document.y + 4;
    write(document, label, { weight, x: left, y, width: columns.label });
    const bottom = document.y;
    write(document, value, { weight, x: left + columns.label, y, width: columns.value, align: 'right' });
    write(document, target, { weight, x: left + columns.label + columns.value, y, width: columns.target, align: 'right' });
    document.x = left;
    document.y = Math.max(bottom, document.y);
    document.moveTo(left, document.y + 2).lineTo(left + width, document.y + 2).lineWidth(0.3).strokeColor('#999999').stroke();
  };
  row('Показатель', 'Факт', 'План', 'bold');
  for (const figure of outline.rows) {
    row(figure.label, figure.value, figure.target, 'regular');
    if (figure.comment) write(document, `Замечание: ${figure.comment}`, { size: 9, x: left, y: document.y + 2, width });
  }
  for (const section of outline.sections) {
    document.moveDown();
    write(document, section.title, { weight: 'bold', size: 14, x: left, y: document.y, width });
    write(document, section.text, { width });
    if (section.comment) write(document, `Замечание: ${section.comment}`, { size: 9, weight: 'bold', width });
  }
  document.end();
  return done;
}
