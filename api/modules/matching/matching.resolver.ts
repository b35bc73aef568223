import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ARGUMENT_BASE_READERS } from '../argument-base/readers';
import { matchSituations } from './matching.service';
import { MatchSituationsInput, SituationMatches } from './matching.types';

/** The hot path of external tools: a real post in, the situation, the approved reply and the brief's guidance out. */
@Resolver()
export class MatchingResolver {
  @Authorized(ARGUMENT_BASE_READERS)
  @Query(() => SituationMatches, {
    description:
      "Which situations of the request's client's argument base a post is, best first, with each one's approved reply " +
      "for the platform's kind; the post's consumer-cycle category; and the guidance of the brief in force. " +
      'noMatch: nothing explains the post well enough (matches is then empty).',
  })
  matchSituations(@Arg('input') input: MatchSituationsInput, @Ctx() context: RequestContext): Promise<SituationMatches> {
    return matchSituations(context, input);
  }
}
