import { ApiKeyScope } from '../api-keys/api-key-scope';
import { Role } from '../users/role';

/** Everyone working for the client, and tools with replies:read; drafts are filtered per caller. */
export const ARGUMENT_BASE_READERS = [Role.PR_SPECIALIST, Role.RESPONSIBLE, Role.REPRESENTATIVE, Role.TRAINER, ApiKeyScope.REPLIES_READ];

/** Staff of the client only (API keys are refused). */
export const CLIENT_STAFF = [Role.PR_SPECIALIST, Role.RESPONSIBLE, Role.REPRESENTATIVE, Role.TRAINER];
