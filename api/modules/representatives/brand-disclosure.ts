import type { FieldProblem } from '../../common/errors';
import type { Client } from '../clients/client.entity';

/** Lower case, ё as е, quotes and dashes dropped, spaces collapsed: "Банк «Северный»" → "банк северный". */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'„“”`’\-–—]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * An official account's public name must say whose it is: it has to contain the brand (or the
 * client's name). This is the product's line against sock-puppet accounts, so it is a rule of the
 * model, not a preference.
 */
export function disclosureProblem(displayName: string, client: Pick<Client, 'brandName' | 'name'>): FieldProblem | null {
  const name = normaliseName(displayName);
  const names = [client.brandName, client.name].map(normaliseName).filter(Boolean);
  if (names.some((brand) => name.includes(brand))) return null;
  return {
    field: 'displayName',
    message:
      `displayName must name the brand "${client.brandName}", e.g. "${client.brandName} — официальный представитель": ` +
      'Repbase keeps official, openly named brand accounts only, never anonymous or private-looking ones',
  };
}

/** "@Avtolider " → "Avtolider". */
export const normaliseHandle = (handle: string) => handle.trim().replace(/^@+/, '');
