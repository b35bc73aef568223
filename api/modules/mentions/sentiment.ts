import { registerEnumType } from 'type-graphql';

/** The tone of a post. Public API. */
export enum Sentiment {
  POSITIVE = 'POSITIVE',
  NEUTRAL = 'NEUTRAL',
  NEGATIVE = 'NEGATIVE',
}
registerEnumType(Sentiment, { name: 'Sentiment' });
