import type { RequestContext } from '../../context';
import { loadBriefInForce } from '../briefs/brief-in-force';
import { Platform } from '../platforms/platform.entity';
import { characterCount, checkReplyText } from './reply-check';
import type { CheckReplyInput, ReplyCheck } from './reply-check.types';

/** Checks a draft reply against the brief in force for the request's client and the platform named. */
export async function checkReply(context: RequestContext, input: CheckReplyInput): Promise<ReplyCheck> {
  const [brief, platform] = await Promise.all([
    loadBriefInForce(context.tenant),
    input.platformId ? context.tenant.get(Platform, input.platformId) : null,
  ]);
  const violations = checkReplyText(input.text, brief?.content ?? null, platform);
  return {
    ok: violations.length === 0,
    violations,
    briefVersionNumber: brief?.versionNumber ?? null,
    length: characterCount(input.text),
    lengthLimit: platform?.replyLengthLimit ?? null,
  };
}
