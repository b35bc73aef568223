import { ArrayMaxSize, ArrayUnique, IsOptional } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GeneratorKind, type DraftChoice, type QuestionDraft, type QuestionSource } from './question-draft';


@ObjectType({ description: 'Where a question comes from: a brief item, or a reply revision of the argument base.' })
export class QuestionSourceRef {
  @Field({ description: 'BRIEF_ITEM or REPLY_REVISION.' })
  kind: string;

  @Field(() => ID, { nullable: true })
  briefVersionId: string | null;

  @Field(() => String, { nullable: true, description: 'The brief section (topics, responseDeadlines, ...).' })
  section: string | null;

  @Field(() => String, { nullable: true, description: 'The key of the item within its section.' })
  itemKey: string | null;

  @Field(() => ID, { nullable: true })
  situationId: string | null;

  @Field(() => ID, { nullable: true })
  replyId: string | null;

  @Field(() => Int, { nullable: true, description: 'The approved revision of the reply the question was made from.' })
  revision: number | null;

  @Field(() => ID, { nullable: true, description: 'The kept ReplyRevision row.' })
  replyRevisionId: string | null;
}

export function sourceRef(source: QuestionSource): QuestionSourceRef {
  return {
    kind: source.kind,
    briefVersionId: source.kind === 'BRIEF_ITEM' ? source.briefVersionId : null,
    section: source.kind === 'BRIEF_ITEM' ? source.section : null,
    itemKey: source.kind === 'BRIEF_ITEM' ? source.itemKey : null,
    situationId: source.kind === 'REPLY_REVISION' ? source.situationId : null,
    replyId: source.kind === 'REPLY_REVISION' ? source.replyId : null,
    revision: source.kind === 'REPLY_REVISION' ? source.revision : null,
    replyRevisionId: source.kind === 'REPLY_REVISION' ? source.revisionId : null,
  };
}

@ObjectType()
export class GeneratedChoice implements DraftChoice {
  @Field()
  key: string;

  @Field()
  text: string;

  @Field()
  correct: boolean;

  @Field(() => ID, { nullable: true })
  situationId?: string;

  @Field(() => ID, { nullable: true })
  replyRevisionId?: string | null;
}

@ObjectType({ description: 'A question made from the standard, not yet saved: what the generation wizard previews for a trainer.' })
export class GeneratedQuestion implements Omit<QuestionDraft, 'source'> {
  @Field(() => GeneratorKind)
  generator: GeneratorKind;

  @Field(() => String, { description: 'SINGLE_CHOICE, TRUE_FALSE, PICK_THE_REPLY or FIND_THE_FAULT.' })
  type: QuestionDraft['type'];

  @Field()
  prompt: string;

  @Field(() => String, { nullable: true, description: 'PICK_THE_REPLY: the post; FIND_THE_FAULT: the draft reply.' })
  material: string | null;

  @Field(() => [GeneratedChoice])
  choices: GeneratedChoice[];

  @Field()
  explanation: string;

  @Field(() => QuestionSourceRef)
  source: QuestionSourceRef;

  @Field({ description: 'The same generator and source give the same fingerprint; a bank never holds two questions with one fingerprint.' })
  fingerprint: string;
}

@InputType()
export class GenerateQuestionsInput {
  @Field(() => [GeneratorKind], { nullable: true, description: 'The generators to run; every one when left out.' })
  @IsOptional()
  @ArrayUnique({ message: 'generators lists a generator twice' })
  @ArrayMaxSize(20, { message: 'generators can list at most 20 generators' })
  generators?: GeneratorKind[] | null;

  @Field(() => ID, { nullable: true, description: "The platform whose length limit find-the-fault questions use; none when left out." })
  platformId?: string | null;
}

export const toGenerated = (draft: QuestionDraft): GeneratedQuestion => ({ ...draft, source: sourceRef(draft.source) });
