import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import { intInRange } from '../../common/validation';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { Quiz } from './quiz.entity';

export const MAX_REFRESH_GRACE_DAYS = 365;

@Resolver(() => Quiz)
export class CertificateRefreshResolver {
  @Authorized(Role.TRAINER)
  @Mutation(() => Quiz, {
    description: `Sets how many days (0 to ${MAX_REFRESH_GRACE_DAYS}) a certificate of the quiz stays valid after its source changed (NEEDS_REFRESH) before it lapses. Applies to certificates already flagged too. Audited.`,
  })
  updateQuizRefreshGrace(
    @Arg('id', () => ID) id: string,
    @Arg('refreshGraceDays', () => Int) refreshGraceDays: number,
    @Ctx() context: RequestContext,
    @Arg('version', () => Int, { nullable: true, description: 'The version read; CONFLICT when someone saved since.' }) version?: number | null,
  ): Promise<Quiz> {
    const days = intInRange('refreshGraceDays', refreshGraceDays, 0, MAX_REFRESH_GRACE_DAYS);
    return context.transaction(async (transaction) => {
      const quiz = await transaction.tenant.get(Quiz, id, 'pessimistic_write');
      return transaction.update(Quiz, quiz, { refreshGraceDays: days }, { expectedVersion: version ?? undefined });
    });
  }
}
