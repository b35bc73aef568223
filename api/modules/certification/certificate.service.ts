import type { EntityManager } from 'typeorm';
import { clock } from '../../common/clock';
import { exportFile, type ExportFile } from '../../common/export-file';
import { isUuid } from '../../common/ids';
import { notFound } from '../../common/errors';
import { paginate, SortOrder, type ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Representative } from '../representatives/representative.entity';
import { User } from '../users/user.entity';
import { Role } from '../users/role';
import type { CertificateFilter, CertificateListArgs } from './attempt.inputs';
import { callerRepresentative } from './attempt.service';
import { certificatePdf } from './certificate-pdf';
import { CertificateStatus, certificateStatusesOf } from './certificate-status';
import { Certificate } from './certificate.entity';
import { Quiz } from './quiz.entity';
import type { CertificateVerification } from './results.views';

function certificatesMatching(context: RequestContext, filter: CertificateFilter = {}) {
  const query = context.tenant.query(Certificate, 'certificate');
  if (filter.ids) query.andWhere('certificate.id = ANY(:ids)', { ids: filter.ids.filter(isUuid) });
  if (filter.quizId) query.andWhere('certificate.quizId = :quizId', { quizId: isUuid(filter.quizId) ? filter.quizId : null });
  if (filter.representativeId) query.andWhere('certificate.representativeId = :representativeId', { representativeId: isUuid(filter.representativeId) ? filter.representativeId : null });
  return query;
}

export function listCertificates(context: RequestContext, args: CertificateListArgs): Promise<Certificate[]> {
  return paginate(certificatesMatching(context, args.filter), args, { issuedAt: 'certificate.issuedAt', validUntil: 'certificate.validUntil', score: 'certificate.score' }, { field: 'issuedAt', order: SortOrder.DESC }).getMany();
}

export async function countCertificates(context: RequestContext, filter?: CertificateFilter): Promise<ListMetadata> {
  return { count: await certificatesMatching(context, filter).getCount() };
}

export async function myCertificates(context: RequestContext): Promise<Certificate[]> {
  const representative = await callerRepresentative(context);
  return context.tenant.find(Certificate, { where: { representativeId: representative.id }, order: { issuedAt: 'DESC' } });
}

/** Trainers and PR specialists read any certificate of the client; a representative only their own. */
export async function readableCertificate(context: RequestContext, id: string): Promise<Certificate> {
  const certificate = await context.tenant.get(Certificate, id);
  if (!context.hasRole(Role.TRAINER, Role.PR_SPECIALIST)) {
    const representative = await callerRepresentative(context);
    if (certificate.representativeId !== representative.id) throw notFound('Certificate', id);
  }
  return certificate;
}

async function holderName(context: { loaders: RequestContext['loaders'] } & Pick<RequestContext, 'tenant'>, representativeId: string): Promise<string> {
  const representative = await context.tenant.findOne(Representative, { where: { id: representativeId } });
  const user = representative ? await context.loaders.byId(User).load(representative.userId) : null;
  return user?.name ?? '';
}

async function statusOf(manager: EntityManager, certificateId: string): Promise<CertificateStatus> {
  return (await certificateStatusesOf(manager, [certificateId], clock.now())).get(certificateId) ?? CertificateStatus.NONE;
}

export async function certificateFile(context: RequestContext, id: string): Promise<ExportFile> {
  const certificate = await readableCertificate(context, id);
  const quiz = await context.tenant.get(Quiz, certificate.quizId);
  const pdf = await certificatePdf({
    name: await holderName(context, certificate.representativeId),
    quizTitle: quiz.title,
    clientName: context.client.name,
    score: certificate.score,
    issuedAt: certificate.issuedAt,
    validUntil: certificate.validUntil,
    verificationCode: certificate.verificationCode,
    status: await statusOf(context.tenant.manager, certificate.id),
    timeZone: context.client.timeZone,
  });
  return exportFile(`certificate-${certificate.verificationCode}.pdf`, 'application/pdf', pdf);
}

/**
 * Public: anyone holding a code (printed on the certificate) learns the name, the quiz, the dates and
 * the status, and nothing else. Looked up across clients on purpose: the code is the only key, and
 * it is 12 characters from 31 (about 10^17 codes), so guessing one is hopeless.
 */
export async function verifyCertificate(context: RequestContext, code: string): Promise<CertificateVerification | null> {
  const normalized = code.trim().toUpperCase();
  if (!/^[A-Z0-9-]{1,40}$/.test(normalized)) return null;
  const manager = context.dataSource.manager;
  const certificate = await manager.findOne(Certificate, { where: { verificationCode: normalized } });
  if (!certificate) return null;
  const [quiz, representative] = await Promise.all([
    manager.findOne(Quiz, { where: { id: certificate.quizId, clientId: certificate.clientId } }),
    manager.findOne(Representative, { where: { id: certificate.representativeId, clientId: certificate.clientId } }),
  ]);
  const user = representative ? await manager.findOne(User, { where: { id: representative.userId } }) : null;
  return {
    name: user?.name ?? '',
    quizTitle: quiz?.title ?? '',
    issuedAt: certificate.issuedAt,
    validUntil: certificate.validUntil,
    status: await statusOf(manager, certificate.id),
  };
}
