import { ApiKeyScope } from '../api-keys/api-key-scope';
import { CLIENT_STAFF } from '../users/role';

/** Everyone working for the client, and tools with replies:read; drafts are filtered per caller. */
export const ARGUMENT_BASE_READERS = [...CLIENT_STAFF, ApiKeyScope.REPLIES_READ];
