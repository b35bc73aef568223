import { listMetadata, paginate, SortOrder, type ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { QuestionGeneration } from './question-generation.entity';
import type { QuestionGenerationFilter, QuestionGenerationListArgs } from './question-generation.types';

/** The review queue: generated questions with their question's status, newest first. */
function queueQuery(context: RequestContext, filter: QuestionGenerationFilter | null | undefined) {
  const query = context.tenant.query(QuestionGeneration, 'origin').innerJoin('question', 'question', 'question.id = origin.question_id AND question.client_id = origin.client_id');
  if (filter?.status) query.andWhere('question.status = :status', { status: filter.status });
  if (filter?.generator) query.andWhere('origin.generator = :generator', { generator: filter.generator });
  if (filter?.categoryId) query.andWhere('question.category_id::text = :categoryId', { categoryId: filter.categoryId });
  return query;
}

export function listQuestionGenerations(context: RequestContext, args: QuestionGenerationListArgs): Promise<QuestionGeneration[]> {
  return paginate(queueQuery(context, args.filter), args, { createdAt: 'origin.createdAt', generator: 'origin.generator' }, { field: 'createdAt', order: SortOrder.DESC }).getMany();
}

export function countQuestionGenerations(context: RequestContext, filter: QuestionGenerationFilter | null | undefined): Promise<ListMetadata> {
  return listMetadata(queueQuery(context, filter));
}
