import { registerEnumType } from 'type-graphql';
import type { Certificate } from './certificate.entity';

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

export const EXPIRING_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** When a certificate's source first changed, and the grace its quiz gives before it lapses. */
export interface RefreshFlag {
  since: Date;
  graceDays: number;
}

/**
 * One certificate's status from its validity and, when its source changed, its refresh flag. The
 * same rule as the lists' SQL (certification-status.ts, CERTIFICATION_STATUS_SQL), for one row.
 */
export function certificateStatus(certificate: Pick<Certificate, 'validUntil'>, now: Date, refresh: RefreshFlag | null = null): CertificateStatus {
  if (certificate.validUntil && certificate.validUntil.getTime() <= now.getTime()) return CertificateStatus.LAPSED;
  if (refresh) return refresh.since.getTime() + refresh.graceDays * DAY <= now.getTime() ? CertificateStatus.LAPSED : CertificateStatus.NEEDS_REFRESH;
  if (certificate.validUntil && certificate.validUntil.getTime() - now.getTime() <= EXPIRING_DAYS * DAY) return CertificateStatus.EXPIRING;
  return CertificateStatus.CERTIFIED;
}
