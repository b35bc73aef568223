import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { ApiKeyScope } from '../api-keys/api-key-scope';
import { Role } from '../users/role';
import { Mention } from './mention.entity';
import { IngestResult, MAX_MENTIONS_PER_CALL, MentionInput } from './mention.inputs';
import { ingestMentions } from './mention-ingest';

@Resolver(() => Mention)
export class MentionResolver {
  @Authorized([ApiKeyScope.MENTIONS_WRITE, Role.PR_SPECIALIST, Role.REPRESENTATIVE])
  @Mutation(() => IngestResult, {
    description:
      `Takes up to ${MAX_MENTIONS_PER_CALL} mentions from a monitoring tool in one transaction. A post already known (same platform and ` +
      'externalId, or same url) creates nothing; each new one is classified and opens a case. One invalid mention refuses the batch, ' +
      'naming its index and field.',
  })
  ingestMentions(
    // Validated by the service, which names the index of each bad mention.
    @Arg('input', () => [MentionInput], { validate: false }) input: MentionInput[],
    @Ctx() context: RequestContext,
  ): Promise<IngestResult> {
    return ingestMentions(context, input);
  }
}
