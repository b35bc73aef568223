import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { PlatformKind } from '../platforms/platform-kind';
import { ReplyStatus, type Reply } from './reply.entity';

/** An approved reply ready to post: placeholders filled, one wording chosen. */
@ObjectType()
export class RenderedReply {
  @Field(() => ID)
  replyId: string;

  @Field(() => Int, { description: 'The revision of the reply this text comes from.' })
  revision: number;

  @Field({ description: 'The text to post, with {name} and {brand} filled in.' })
  text: string;

  @Field(() => Int, { description: '0 for the main wording, 1.. for the variants.' })
  variantIndex: number;

  @Field(() => [String])
  theses: string[];

  @Field({ description: 'True when {name} was in the text but no author name was known, so it was left out.' })
  nameMissing: boolean;
}

/** The wordings of a reply: the main text first, then its variants. */
export function wordingsOf(reply: Pick<Reply, 'text' | 'variants'>): string[] {
  return [reply.text, ...reply.variants];
}

/**
 * Fills {brand} and {name}. Without a name, "{name}, здравствуйте!" reads "Здравствуйте!": the
 * placeholder and the punctuation after it go, and the next word gets a capital letter.
 */
export function fillPlaceholders(template: string, values: { name?: string | null; brand: string }): { text: string; nameMissing: boolean } {
  let text = template.replace(/\{brand\}/g, values.brand);
  const hasName = text.includes('{name}');
  if (values.name && values.name.trim()) {
    text = text.replace(/\{name\}/g, values.name.trim());
  } else if (hasName) {
    text = text
      .replace(/(^|[.!?]\s+)\{name\}[,!]?\s*(\p{L})/gu, (_match, before: string, letter: string) => before + letter.toUpperCase())
      .replace(/,?\s*\{name\}/g, '');
  }
  return { text, nameMissing: hasName && !(values.name && values.name.trim()) };
}

/**
 * The approved reply to use on a platform kind: one made for that kind first, else one for every
 * kind. Drafts and retired replies are never chosen.
 */
export function pickReplyFor<R extends Pick<Reply, 'status' | 'platformKinds' | 'approvedAt'>>(replies: R[], platformKind: PlatformKind | null): R | undefined {
  const approved = replies
    .filter((reply) => reply.status === ReplyStatus.APPROVED)
    .sort((left, right) => (right.approvedAt?.getTime() ?? 0) - (left.approvedAt?.getTime() ?? 0));
  return (
    (platformKind ? approved.find((reply) => reply.platformKinds.includes(platformKind)) : undefined) ??
    approved.find((reply) => reply.platformKinds.length === 0) ??
    (platformKind ? undefined : approved[0])
  );
}

/** Renders one wording of an approved reply. */
export function renderReply(
  reply: Pick<Reply, 'id' | 'revision' | 'text' | 'variants' | 'theses'>,
  variantIndex: number,
  values: { name?: string | null; brand: string },
): RenderedReply {
  const wordings = wordingsOf(reply);
  const index = Math.min(Math.max(variantIndex, 0), wordings.length - 1);
  const { text, nameMissing } = fillPlaceholders(wordings[index], values);
  return { replyId: reply.id, revision: reply.revision, text, variantIndex: index, theses: reply.theses, nameMissing };
}
