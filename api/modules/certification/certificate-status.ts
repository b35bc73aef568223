import { registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';
import { CertificateRefresh } from './certificate-refresh.entity';
import { Certificate } from './certificate.entity';
import { Quiz } from './quiz.entity';

/** Public API: where a person's certificate stands. NONE is for a person without one. */
export enum CertificateStatus {
  CERTIFIED = 'CERTIFIED',
  EXPIRING = 'EXPIRING',
  NEEDS_REFRESH = 'NEEDS_REFRESH',
  LAPSED = 'LAPSED',
  NONE = 'NONE',
}
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  valuesConfig: {
    CERTIFIED: { description: 'Valid.' },
    EXPIRING: { description: 'Valid, ending within 30 days.' },
    NEEDS_REFRESH: { description: 'Valid for now, but what it certifies has changed: retake the quiz.' },
    LAPSED: { description: 'No longer valid.' },
    NONE: { description: 'No certificate.' },
  },
});

const EXPIRING_DAYS = 30;

/**
 * The one rule for a certificate's status, as a SQL expression over its row: used by the lists
 * (CERTIFICATION_STATUS_SQL, one row per representative and quiz) and by one certificate
 * (certificateStatusesOf), so the two cannot disagree. `since` is when its source first changed
 * (NULL: never), `graceDays` its quiz's refresh grace, `now` the clock's time. Order matters: a
 * passed valid_until lapses it whatever else holds; a changed source lapses it after the grace and
 * until then asks for a refresh; only then does an end within EXPIRING_DAYS count.
 */
export function certificateStatusSql(columns: { validUntil: string; since: string; graceDays: string; now: string }): string {
  const { validUntil, since, graceDays, now } = columns;
  return `CASE
    WHEN ${validUntil} IS NOT NULL AND ${validUntil} <= ${now} THEN '${CertificateStatus.LAPSED}'
    WHEN ${since} IS NOT NULL AND ${since} + make_interval(days => ${graceDays}) <= ${now} THEN '${CertificateStatus.LAPSED}'
    WHEN ${since} IS NOT NULL THEN '${CertificateStatus.NEEDS_REFRESH}'
    WHEN ${validUntil} IS NOT NULL AND ${validUntil} <= ${now} + interval '${EXPIRING_DAYS} days' THEN '${CertificateStatus.EXPIRING}'
    ELSE '${CertificateStatus.CERTIFIED}'
  END`;
}

/**
 * The status of each certificate named (ids the caller has already read, so no tenant filter here:
 * the public verification reads across clients), by certificateStatusSql, in one statement.
 */
export async function certificateStatusesOf(manager: EntityManager, certificateIds: string[], now: Date): Promise<Map<string, CertificateStatus>> {
  if (certificateIds.length === 0) return new Map();
  const status = certificateStatusSql({ validUntil: 'certificate.validUntil', since: 'flags.since', graceDays: 'quiz.refreshGraceDays', now: 'CAST(:now AS timestamptz)' });
  const rows = await manager
    .createQueryBuilder(Certificate, 'certificate')
    .innerJoin(Quiz, 'quiz', 'quiz.id = certificate.quizId AND quiz.clientId = certificate.clientId')
    .leftJoin(
      (flags) =>
        flags
          .select('refresh.certificateId', 'certificate_id')
          .addSelect('min(refresh.flaggedAt)', 'since')
          .from(CertificateRefresh, 'refresh')
          .where('refresh.certificateId IN (:...certificateIds)')
          .groupBy('refresh.certificateId'),
      'flags',
      'flags.certificate_id = certificate.id',
    )
    .select('certificate.id', 'id')
    .addSelect(status, 'status')
    .where('certificate.id IN (:...certificateIds)', { certificateIds, now })
    .getRawMany<{ id: string; status: CertificateStatus }>();
  return new Map(rows.map((row) => [row.id, row.status]));
}
