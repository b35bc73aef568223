import { Field, Float, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A question's figures in one quiz (Moodle's item analysis), given from 5 attempts on." })
export class QuestionStatistics {
  @Field(() => ID)
  questionId: string;

  @Field(() => ID)
  quizId: string;

  @Field(() => Int, { description: 'Submitted attempts that drew the question.' })
  attempts: number;

  @Field(() => Float, { nullable: true, description: 'Facility index, 0–1: the mean mark as a share of the maximum. Null under 5 attempts.' })
  facility: number | null;

  @Field(() => Float, { nullable: true, description: 'Discrimination index, −100 to 100: 100 × the correlation of the mark with the rest of the attempt. Null under 5 attempts or when marks do not vary.' })
  discrimination: number | null;

  @Field({ description: 'Most people fail it (facility under 0.5): a possible weak spot of the brief or the base, or of the question.' })
  weak: boolean;
}

@ObjectType({ description: 'Figures of a quiz over its submitted attempts.' })
export class QuizStatistics {
  @Field(() => ID)
  quizId: string;

  @Field(() => Int)
  attempts: number;

  @Field(() => Float, { nullable: true, description: 'Mean score, percent.' })
  meanPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Median score, percent.' })
  medianPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of attempts that reached the pass mark, 0–1.' })
  passRate: number | null;

  @Field(() => [QuestionStatistics], { description: 'Every question drawn, weakest first.' })
  questions: QuestionStatistics[];
}

@ObjectType({ description: 'A question most people fail, with the source item it was made from: a possible weak spot of the brief or the argument base.' })
export class CertificationWeakSpot extends QuestionStatistics {
  @Field()
  quizTitle: string;

  @Field()
  questionText: string;

  @Field(() => String, { nullable: true, description: 'The brief section of the source item (topics, responseDeadlines...).' })
  sourceBriefSection: string | null;

  @Field(() => String, { nullable: true, description: "The source item's key in its section." })
  sourceBriefItemKey: string | null;

  @Field(() => ID, { nullable: true, description: 'The situation of the argument base the question was made from.' })
  sourceSituationId: string | null;
}
