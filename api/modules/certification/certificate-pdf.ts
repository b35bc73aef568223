import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { CertificateStatus } from './certificate-status';

const require_ = createRequire(__filename);
/** DejaVu (npm dejavu-fonts-ttf): pdfkit's built-in fonts have no Cyrillic. */
const REGULAR = require_.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require_.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

export interface CertificateFacts {
  name: string;
  quizTitle: string;
  clientName: string;
  score: number;
  issuedAt: Date;
  validUntil: Date | null;
  verificationCode: string;
  status: CertificateStatus;
  timeZone: string;
}

const STATUS_RU: Record<CertificateStatus, string> = {
  CERTIFIED: 'действителен',
  EXPIRING: 'действителен, скоро истекает',
  NEEDS_REFRESH: 'требует обновления',
  LAPSED: 'недействителен',
  NONE: 'нет',
};

/** The certificate as an A4 landscape PDF, in Russian, dated in the client's time zone. */
export function certificatePdf(facts: CertificateFacts): Promise<Buffer> {
  const date = (value: Date) => new Intl.DateTimeFormat('ru-RU', { timeZone: facts.timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(value);
  const document = new PDFDocument({ size: 'A4', layout: 'landscape', margin: 60, info: { Title: `Сертификат ${facts.verificationCode}` } });
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);
  });
  document.registerFont('regular', REGULAR);
  document.registerFont('bold', BOLD);
  const width = document.page.width - 120;
  document.rect(30, 30, document.page.width - 60, document.page.height - 60).lineWidth(2).stroke('#1f4e79');
  document.moveDown(2).font('bold').fontSize(30).fillColor('#1f4e79').text('СЕРТИФИКАТ', { align: 'center', width });
  document.moveDown(0.5).font('regular').fontSize(14).fillColor('#333333').text(`официального представителя ${facts.clientName}`, { align: 'center', width });
  document.moveDown(1.5).fontSize(14).text('Настоящим подтверждается, что', { align: 'center', width });
  document.moveDown(0.5).font('bold').fontSize(24).fillColor('#000000').text(facts.name, { align: 'center', width });
  document.moveDown(0.5).font('regular').fontSize(14).fillColor('#333333').text('успешно прошёл(а) аттестацию', { align: 'center', width });
  document.moveDown(0.3).font('bold').fontSize(18).text(`«${facts.quizTitle}»`, { align: 'center', width });
  document.moveDown(0.5).font('regular').fontSize(14).text(`с результатом ${facts.score.toLocaleString('ru-RU', { maximumFractionDigits: 2 })}%`, { align: 'center', width });
  document.moveDown(1.5).fontSize(12);
  document.text(`Выдан: ${date(facts.issuedAt)}`, { align: 'center', width });
  document.text(facts.validUntil ? `Действителен до: ${date(facts.validUntil)}` : 'Срок действия не ограничен', { align: 'center', width });
  document.text(`Статус: ${STATUS_RU[facts.status]}`, { align: 'center', width });
  document.moveDown(1).font('bold').text(`Код проверки: ${facts.verificationCode}`, { align: 'center', width });
  document.font('regular').fontSize(10).fillColor('#666666').text('Проверить сертификат: запрос verifyCertificate(code) API Repbase, без входа в систему.', { align: 'center', width });
  document.end();
  return done;
}
