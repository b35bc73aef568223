import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { GeneratedQuestion, GenerateQuestionsInput, toGenerated } from './question-generation.types';
import { generateQuestionDrafts } from './question-generation.service';

@Resolver()
export class QuestionGenerationResolver {
  @Authorized(Role.TRAINER)
  @Query(() => [GeneratedQuestion], {
    description:
      'Questions the generators would make from the standard in force (brief, argument base, checkReply rules), with their right answers and sources, saving nothing: the first step of the generation wizard. BAD_USER_INPUT NO_BRIEF_IN_FORCE when a brief generator is asked and no version is approved.',
  })
  async questionGenerationPreview(@Arg('input', () => GenerateQuestionsInput, { nullable: true }) input: GenerateQuestionsInput | null, @Ctx() context: RequestContext): Promise<GeneratedQuestion[]> {
    return (await generateQuestionDrafts(context, input ?? {})).map(toGenerated);
  }
}
