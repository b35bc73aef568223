import type { TenantScope } from '../../auth/tenant-scope';
import { queryMatchCandidates } from './match-query';
import { rankCandidates, type Ranking } from './matching.ranking';
import { brandWords, meaningfulText } from './post-text';

/** Situations of the client's base for a post, ranked: one SQL statement, then the ranking. */
export async function rankPost(tenant: TenantScope, text: string): Promise<Ranking> {
  const result = await queryMatchCandidates(tenant, meaningfulText(text, brandWords(tenant.client.brandName)));
  return rankCandidates(result);
}
