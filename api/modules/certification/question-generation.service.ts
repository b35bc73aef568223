import { badInput } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import type { RequestContext } from '../../context';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { platformNames } from '../briefs/brief-references';
import { Platform } from '../platforms/platform.entity';
import { findTheFaultQuestions, pickTheReplyQuestions } from './base-questions';
import { briefQuestions } from './brief-questions';
import { BRIEF_GENERATORS, GeneratorKind, type QuestionDraft } from './question-draft';
import type { GenerateQuestionsInput } from './question-generation.types';
import { loadBaseForQuestions } from './standard-reader';

/**
 * Question drafts from the standard in force for the request's client. Generators that read the brief
 * need one in force (NO_BRIEF_IN_FORCE otherwise); pick-the-reply needs only the argument base.
 */
export async function generateQuestionDrafts(context: RequestContext, input: GenerateQuestionsInput): Promise<QuestionDraft[]> {
  const generators = input.generators?.length ? input.generators : Object.values(GeneratorKind);
  const platform = input.platformId ? await context.tenant.get(Platform, input.platformId) : null;
  const brief = await loadBriefInForce(context.tenant);
  const needsBrief = generators.filter((generator) => generator !== GeneratorKind.PICK_THE_REPLY);
  if (!brief && needsBrief.length > 0) {
    throw badInput({ field: 'generators', message: `no brief version is in force: ${needsBrief.join(', ')} read the brief; approve a version first or choose PICK_THE_REPLY only` }, ErrorReason.NO_BRIEF_IN_FORCE);
  }
  const needsBase = generators.includes(GeneratorKind.PICK_THE_REPLY) || generators.includes(GeneratorKind.FIND_THE_FAULT);
  const base = needsBase ? await loadBaseForQuestions(context.tenant) : [];
  const brand = context.client.brandName;
  const fromBrief = generators.filter((generator) => (BRIEF_GENERATORS as readonly GeneratorKind[]).includes(generator));
  const platforms = brief ? await platformNames(context.tenant, [brief.content]) : new Map<string, string>();
  return [
    ...(brief && fromBrief.length ? briefQuestions(brief, platforms, fromBrief) : []),
    ...(generators.includes(GeneratorKind.PICK_THE_REPLY) ? pickTheReplyQuestions(base, brand) : []),
    ...(brief && generators.includes(GeneratorKind.FIND_THE_FAULT) ? findTheFaultQuestions(brief, base, brand, platform) : []),
  ];
}

