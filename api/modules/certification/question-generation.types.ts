import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { maxLength, notBlank } from '../../common/validation';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { QuestionStatus } from './certification-enums';
import { QuestionGeneration } from './question-generation.entity';
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

@InputType()
export class GenerateQuestionsIntoBankInput extends GenerateQuestionsInput {
  @Field(() => ID, { description: 'The category of the bank the drafts go to.' })
  categoryId: string;

  @Field(() => [String], { nullable: true, description: 'Tags given to every question made (besides none).' })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'tags can list at most 20 tags' })
  tags?: string[] | null;
}

@ObjectType({ description: 'What generateQuestions saved: new drafts for review, and how many were already in the bank unchanged.' })
export class GeneratedQuestions {
  @Field(() => Int)
  created: number;

  @Field(() => Int, { description: 'Drafts identical to a question already generated (same source item, same wording): not added again.' })
  unchanged: number;

  @Field(() => [ID], { description: 'The new questions (DRAFT), in the order generated.' })
  questionIds: string[];
}

@InputType()
export class GeneratedChoiceInput {
  @Field({ description: 'The choice id (keep the generated ids; a new choice takes a new one).' })
  @Matches(/\S/, notBlank('choices.id'))
  @MaxLength(200, maxLength('choices.id', 200))
  id: string;

  @Field()
  @Matches(/\S/, notBlank('choices.text'))
  @MaxLength(4000, maxLength('choices.text', 4000))
  text: string;

  @Field()
  isCorrect: boolean;
}

@InputType()
export class UpdateGeneratedQuestionInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/\S/, notBlank('text'))
  @MaxLength(4000, maxLength('text', 4000))
  text?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(8000, maxLength('material', 8000))
  material?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, maxLength('explanation', 4000))
  explanation?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20, { message: 'tags can list at most 20 tags' })
  tags?: string[] | null;

  @Field(() => [GeneratedChoiceInput], { nullable: true, description: 'Every choice, in order; replaces the old ones.' })
  @IsOptional()
  @ArrayMinSize(2, { message: 'a question needs at least 2 choices' })
  @ArrayMaxSize(12, { message: 'a question can have at most 12 choices' })
  @ValidateNested({ each: true })
  choices?: GeneratedChoiceInput[] | null;

  @Field(() => Int, { description: 'The version read: a save over someone else\'s is refused with CONFLICT.' })
  version: number;
}

@InputType()
export class QuestionGenerationFilter {
  @Field(() => QuestionStatus, { nullable: true, description: 'DRAFT: the review queue.' })
  status?: QuestionStatus | null;

  @Field(() => GeneratorKind, { nullable: true })
  generator?: GeneratorKind | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;
}

@ArgsType()
export class QuestionGenerationListArgs extends ListArgs {
  @Field(() => QuestionGenerationFilter, { nullable: true })
  filter?: QuestionGenerationFilter | null;
}

@ObjectType({ description: 'A page of the review queue.' })
export class QuestionReviewPage {
  @Field(() => [QuestionGeneration])
  items: QuestionGeneration[];

  @Field(() => Int, { description: 'Generated questions matching the filter, all pages.' })
  total: number;
}
