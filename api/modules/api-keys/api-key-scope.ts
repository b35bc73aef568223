import { registerEnumType } from 'type-graphql';

/**
 * What an external tool's key may do. The stored values are the scope names used in docs and in the
 * admin ('replies:read'); GraphQL spells them as enum names.
 */
export enum ApiKeyScope {
  REPLIES_READ = 'replies:read',
  MENTIONS_WRITE = 'mentions:write',
  METRICS_WRITE = 'metrics:write',
}

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  valuesConfig: {
    REPLIES_READ: { description: '"replies:read": match situations, read approved replies and the brief in force.' },
    MENTIONS_WRITE: { description: '"mentions:write": push mentions in from monitoring tools.' },
    METRICS_WRITE: { description: '"metrics:write": push a day\'s metric entries (views, thread messages, site visits) from analytics tools.' },
  },
});
