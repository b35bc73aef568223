/**
 * Public API: the closed set of `extensions.reason` values. A reason says *why* an operation was
 * refused, finer than the code; the admin translates each one (admin/i18n) and programs branch on it.
 * Add a value here, with its one-line meaning, before throwing it anywhere.
 */
export enum ErrorReason {
  /** A field of the input is missing, malformed or out of range (see extensions.fields). */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The record named by id does not exist for this client. */
  NOT_FOUND = 'NOT_FOUND',
  /** The record was changed by someone else since it was read (see extensions.currentVersion). */
  STALE_VERSION = 'STALE_VERSION',
  /** A reply revision was edited after the one being approved. */
  STALE_REVISION = 'STALE_REVISION',
  /** Two saves raced for the same unique value; the database refused the second. */
  UNIQUE_VIOLATION = 'UNIQUE_VIOLATION',
  DUPLICATE_KEY = 'DUPLICATE_KEY',
  DUPLICATE_SLUG = 'DUPLICATE_SLUG',
  DUPLICATE_NAME = 'DUPLICATE_NAME',
  DUPLICATE_EMAIL = 'DUPLICATE_EMAIL',
  DUPLICATE_HANDLE = 'DUPLICATE_HANDLE',
  DUPLICATE_ACCOUNT = 'DUPLICATE_ACCOUNT',
  DUPLICATE_REPRESENTATIVE = 'DUPLICATE_REPRESENTATIVE',
  /** A lifecycle move that the record's state does not allow (see extensions.allowed). */
  ILLEGAL_TRANSITION = 'ILLEGAL_TRANSITION',
  ALREADY_APPROVED = 'ALREADY_APPROVED',
  ALREADY_RETIRED = 'ALREADY_RETIRED',
  ALREADY_ESCALATED = 'ALREADY_ESCALATED',
  BRIEF_IN_FORCE_CHANGED = 'BRIEF_IN_FORCE_CHANGED',
  NOT_IN_FORCE = 'NOT_IN_FORCE',
  CASE_FINISHED = 'CASE_FINISHED',
  CASE_NOT_RESOLVED = 'CASE_NOT_RESOLVED',
  ESCALATION_ARCHIVED = 'ESCALATION_ARCHIVED',
  ESCALATION_NOT_ANSWERED = 'ESCALATION_NOT_ANSWERED',
  STORY_PUBLISHED = 'STORY_PUBLISHED',
  POSTING_LIMIT = 'POSTING_LIMIT',
  /** The CSV has rows that cannot be imported (see extensions.problems); nothing was written. */
  INVALID_ROWS = 'INVALID_ROWS',
  CLIENT_NOT_ALLOWED = 'CLIENT_NOT_ALLOWED',
  CLIENT_NOT_CHOSEN = 'CLIENT_NOT_CHOSEN',
  MISSING_ROLE = 'MISSING_ROLE',
  MISSING_SCOPE = 'MISSING_SCOPE',
  NOT_YOUR_ACCOUNT = 'NOT_YOUR_ACCOUNT',
  NOT_THE_ASSIGNEE = 'NOT_THE_ASSIGNEE',
  WRONG_CREDENTIALS = 'WRONG_CREDENTIALS',
  DEACTIVATED = 'DEACTIVATED',
  ALREADY_REVOKED = 'ALREADY_REVOKED',
  INVALID_BRIEF = 'INVALID_BRIEF',
  EMPTY_BRIEF = 'EMPTY_BRIEF',
  STORY_LENGTH = 'STORY_LENGTH',
  SITUATION_ARCHIVED = 'SITUATION_ARCHIVED',
  NO_OFFICIAL_ACCOUNT = 'NO_OFFICIAL_ACCOUNT',
  ACCOUNT_INACTIVE = 'ACCOUNT_INACTIVE',
  TOO_LONG_FOR_PLATFORM = 'TOO_LONG_FOR_PLATFORM',
  REPLY_NOT_APPROVED = 'REPLY_NOT_APPROVED',
  EMPTY_BATCH = 'EMPTY_BATCH',
  BATCH_TOO_LARGE = 'BATCH_TOO_LARGE',
  INVALID_MENTIONS = 'INVALID_MENTIONS',
  BRAND_NOT_DISCLOSED = 'BRAND_NOT_DISCLOSED',
  PLATFORM_ARCHIVED = 'PLATFORM_ARCHIVED',
  NOT_A_REPRESENTATIVE = 'NOT_A_REPRESENTATIVE',
  LAST_ADMIN = 'LAST_ADMIN',
  /** Too many requests from this caller; retry after extensions.retryAfterSeconds (HTTP 429, Retry-After). */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  /** The token was issued before the account's password changed or it was deactivated; sign in again. */
  SESSION_ENDED = 'SESSION_ENDED',
  /** importArgumentBase by a responsible person would change situations that already exist (see extensions.problems). */
  EXISTING_SITUATIONS = 'EXISTING_SITUATIONS',
  /** The database is unreachable for a moment; retry after extensions.retryAfterSeconds (HTTP 503). */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
}
