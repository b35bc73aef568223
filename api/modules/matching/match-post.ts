import type { EntityManager } from 'typeorm';
import type { Client } from '../clients/client.entity';
import { queryMatchCandidates } from './match-query';
import { rankCandidates, type Ranking } from './matching.ranking';
import { brandWords, meaningfulText } from './post-text';

/** Situations of the client's base for a post, ranked: one SQL statement, then the ranking. */
export async function rankPost(manager: EntityManager, client: Pick<Client, 'id' | 'brandName'>, text: string): Promise<Ranking> {
  const result = await queryMatchCandidates(manager, client.id, meaningfulText(text, brandWords(client.brandName)));
  return rankCandidates(result);
}
