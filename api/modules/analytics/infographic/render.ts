import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { FONT_FAMILY, HEIGHT, WIDTH } from './infographic.svg';

// DejaVu ships inside an npm package, so a fresh machine draws Cyrillic without system fonts.
const fontFolder = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(fontFolder, 'DejaVuSans.ttf');
const BOLD = path.join(fontFolder, 'DejaVuSans-Bold.ttf');

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles: [REGULAR, BOLD], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY }, fitTo: { mode: 'width', value: WIDTH } });
  return Buffer.from(resvg.render().asPng());
}

/** An A4 page with the picture scaled to its width and centred. */
export function svgToPdf(svg: string, title: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: 0, info: { Title: title, Creator: 'Repbase' } });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
    document.registerFont('regular', REGULAR);
    document.registerFont('bold', BOLD);
    const pageWidth = document.page.width;
    const pageHeight = document.page.height;
    const scale = Math.min(pageWidth / WIDTH, pageHeight / HEIGHT);
    const width = WIDTH * scale;
    const height = HEIGHT * scale;
    document.rect(0, 0, pageWidth, pageHeight).fill('#f3f5f9');
    SVGtoPDF(document, svg, (pageWidth - width) / 2, (pageHeight - height) / 2, {
      width,
      height,
      fontCallback: (_family: string, bold: boolean) => (bold ? 'bold' : 'regular'),
    });
    document.end();
  });
}
