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

/** The status from validity alone; the lapse when the source changes adds NEEDS_REFRESH on top. */
export function certificateStatus(certificate: Pick<Certificate, 'validUntil'>, now: Date): CertificateStatus {
  if (!certificate.validUntil) return CertificateStatus.CERTIFIED;
  if (certificate.validUntil.getTime() <= now.getTime()) return CertificateStatus.LAPSED;
  if (certificate.validUntil.getTime() - now.getTime() <= EXPIRING_DAYS * DAY) return CertificateStatus.EXPIRING;
  return CertificateStatus.CERTIFIED;
}
