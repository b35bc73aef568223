import { Field, ID, ObjectType } from 'type-graphql';
import { clock } from '../../common/clock';
import { CertificateStatus as CertificationStatus, certificateStatusSql } from './certificate-status';
import type { TenantScope } from '../../auth/tenant-scope';

/**
 * Where a representative stands on a certifying quiz, computed in SQL (certificateStatusSql) from their
 * latest certificate of it and the refresh flags on that certificate:
 * - LAPSED: valid_until passed, or the source changed longer ago than the quiz's refresh grace;
 * - NEEDS_REFRESH: the source changed (a brief section the quiz draws from, a reply its questions
 *   quote) and the grace has not run out: still valid, to be refreshed;
 * - EXPIRING: valid_until within 30 days;
 * - CERTIFIED: otherwise; NONE: no certificate of the quiz.
 * A valid certificate (for posting where the brief requires one) is CERTIFIED, EXPIRING or NEEDS_REFRESH.
 */
/** One concept, one enum: the certificate's status of the certificates module (its values are the five above). */
export { CertificateStatus as CertificationStatus } from './certificate-status';

export const VALID_STATUSES: readonly CertificationStatus[] = [CertificationStatus.CERTIFIED, CertificationStatus.EXPIRING, CertificationStatus.NEEDS_REFRESH];

@ObjectType({ description: "A representative's standing on one certifying quiz." })
export class CertificationStatusEntry {
  @Field(() => ID)
  representativeId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => ID)
  quizId: string;

  @Field()
  quizTitle: string;

  @Field(() => CertificationStatus)
  status: CertificationStatus;

  @Field(() => ID, { nullable: true, description: 'The latest certificate of the quiz, when there is one.' })
  certificateId: string | null;

  @Field(() => Date, { nullable: true })
  issuedAt: Date | null;

  @Field(() => Date, { nullable: true })
  validUntil: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its source first changed since it was issued.' })
  needsRefreshSince: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it lapses (or lapsed) because its source changed.' })
  lapsesAt: Date | null;

  @Field(() => [String], { description: 'What changed in its source, in Russian, oldest first.' })
  changes: string[];
}

@ObjectType({ description: "Certification on a case's page: the representative's statuses and the quiz the brief requires to post on the case's platform." })
export class CaseCertification {
  @Field(() => ID, { description: "The case's representative, else the representative reading it." })
  userId: string;

  @Field(() => ID, { nullable: true, description: "The certifying quiz the brief in force requires on the case's platform; null: none." })
  requiredQuizId: string | null;

  @Field(() => CertificationStatusEntry, { nullable: true, description: 'Their standing on the required quiz.' })
  required: CertificationStatusEntry | null;

  @Field({ description: 'Whether they may log an answer here as far as certification goes.' })
  mayPost: boolean;

  @Field(() => [CertificationStatusEntry])
  statuses: CertificationStatusEntry[];
}

interface StatusRow {
  representative_id: string;
  user_id: string;
  quiz_id: string;
  quiz_title: string;
  status: CertificationStatus;
  certificate_id: string | null;
  issued_at: Date | null;
  valid_until: Date | null;
  needs_refresh_since: Date | null;
  lapses_at: Date | null;
  changes: string[] | null;
}

/**
 * One row per representative and certifying quiz asked about. `$2` representative ids (null: all),
 * `$3` quiz ids (null: every certifying quiz, archived ones left out), `$4` user ids (null: all), `$5`
 * the clock's now (injected in tests).
 */
export const CERTIFICATION_STATUS_SQL = `
WITH people AS (
  SELECT representative.id, representative.user_id FROM representative
  WHERE representative.client_id = $client
    AND ($2::uuid[] IS NULL OR representative.id = ANY($2::uuid[]))
    AND ($4::uuid[] IS NULL OR representative.user_id = ANY($4::uuid[]))
), quizzes AS (
  SELECT quiz.id, quiz.title, quiz.refresh_grace_days FROM quiz
  WHERE quiz.client_id = $client AND quiz.certifying
    AND (CASE WHEN $3::uuid[] IS NULL THEN NOT quiz.is_archived ELSE quiz.id = ANY($3::uuid[]) END)
), latest AS (
  SELECT DISTINCT ON (certificate.representative_id, certificate.quiz_id) certificate.*
  FROM certificate JOIN people ON people.id = certificate.representative_id JOIN quizzes ON quizzes.id = certificate.quiz_id
  WHERE certificate.client_id = $client
  ORDER BY certificate.representative_id, certificate.quiz_id, certificate.issued_at DESC, certificate.id DESC
), flags AS (
  SELECT refresh.certificate_id, min(refresh.flagged_at) AS since, array_agg(refresh.changes ORDER BY refresh.flagged_at, refresh.id) AS changes
  FROM certificate_refresh refresh JOIN latest ON latest.id = refresh.certificate_id
  WHERE refresh.client_id = $client
  GROUP BY refresh.certificate_id
)
SELECT people.id AS representative_id, people.user_id, quizzes.id AS quiz_id, quizzes.title AS quiz_title,
  latest.id AS certificate_id, latest.issued_at, latest.valid_until, flags.since AS needs_refresh_since,
  flags.since + make_interval(days => quizzes.refresh_grace_days) AS lapses_at, flags.changes,
  CASE WHEN latest.id IS NULL THEN 'NONE' ELSE ${certificateStatusSql({ validUntil: 'latest.valid_until', since: 'flags.since', graceDays: 'quizzes.refresh_grace_days', now: '$5::timestamptz' })} END AS status
FROM people CROSS JOIN quizzes
LEFT JOIN latest ON latest.representative_id = people.id AND latest.quiz_id = quizzes.id
LEFT JOIN flags ON flags.certificate_id = latest.id
ORDER BY quizzes.title, quizzes.id, people.id`;

/** Statuses for the representatives, quizzes and users named (null: all of them), in one statement. */
export async function certificationStatuses(
  tenant: TenantScope,
  filter: { representativeIds?: string[] | null; quizIds?: string[] | null; userIds?: string[] | null },
): Promise<CertificationStatusEntry[]> {
  const rows = await tenant.sql<StatusRow>(CERTIFICATION_STATUS_SQL, [filter.representativeIds ?? null, filter.quizIds ?? null, filter.userIds ?? null, clock.now()]);
  return rows.map((row) => ({
    representativeId: row.representative_id,
    userId: row.user_id,
    quizId: row.quiz_id,
    quizTitle: row.quiz_title,
    status: row.status,
    certificateId: row.certificate_id,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
    needsRefreshSince: row.needs_refresh_since,
    lapsesAt: row.lapses_at,
    changes: row.changes ?? [],
  }));
}
