import { registerEnumType } from 'type-graphql';
import { PostKind } from '../briefs/brief-content';

/** What a logged post is. The brief's posting rules call an offer PROMOTION; BRIEF_POST_KIND maps one to the other. */
export enum LoggedPostKind {
  NEWS = 'NEWS',
  OFFER = 'OFFER',
  ANSWER = 'ANSWER',
}

registerEnumType(LoggedPostKind, {
  name: 'LoggedPostKind',
  valuesConfig: {
    NEWS: { description: 'News of the company posted on the platform (counts as news posted).' },
    OFFER: { description: 'A special offer or promotion (counts as news posted; the brief calls it PROMOTION).' },
    ANSWER: { description: 'An answer not tied to one case (answers to cases are logged with logReaction).' },
  },
});

export const BRIEF_POST_KIND: Record<LoggedPostKind, PostKind> = {
  [LoggedPostKind.NEWS]: PostKind.NEWS,
  [LoggedPostKind.OFFER]: PostKind.PROMOTION,
  [LoggedPostKind.ANSWER]: PostKind.ANSWER,
};
