import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { ERROR_REASON_MEANINGS, ErrorReason } from './error-reasons';

@ObjectType({ description: 'One value of the closed set of refusal reasons, with what it means.' })
export class ErrorReasonInfo {
  @Field(() => ErrorReason)
  reason: ErrorReason;

  @Field({ description: 'One line, in English: what happened and what to do.' })
  meaning: string;
}

/** Public API: lets a program that never read the schema's descriptions learn every reason it may meet. */
@Resolver()
export class ErrorReasonResolver {
  @Query(() => [ErrorReasonInfo], {
    description: 'Every value errors may carry in extensions.reason (and in each extensions.fields entry), with its meaning. Needs no sign-in.',
  })
  errorReasons(): ErrorReasonInfo[] {
    return Object.values(ErrorReason).map((reason) => ({ reason, meaning: ERROR_REASON_MEANINGS[reason] }));
  }
}
