import { randomUUID } from 'node:crypto';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../../api/schema';
import { setClock } from '../../api/common/clock';
import { useTestApp } from '../helpers/app';
import { makeQuizWorld } from '../helpers/certification';

const app = useTestApp();

/** Fields that say what is right: a learner must not reach one before the attempt is submitted. */
const SECRET_FIELDS = new Set(['isCorrect', 'acceptedAnswers', 'rightChoiceIds', 'mark', 'explanation']);
/** The one door to right answers for a learner: filled only after submission (tested below). */
const REVIEW_DOOR = 'review';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});
afterAll(() => setClock(null));

/** Secret fields reachable from a type, as paths, not going through the review door. */
function secretPaths(type: GraphQLNamedType, seen = new Set<string>(), prefix: string[] = []): string[][] {
  if (!isObjectType(type) || seen.has(type.name)) return [];
  const within = new Set(seen).add(type.name);
  return Object.values(type.getFields()).flatMap((field) => {
    if (field.name === REVIEW_DOOR) return [];
    const path = [...prefix, field.name];
    if (SECRET_FIELDS.has(field.name)) return [path];
    return secretPaths(getNamedType(field.type), within, path);
  });
}

/** A selection set of every field without arguments, `depth` levels down (the server allows 8). */
function selectAll(type: GraphQLNamedType, depth: number): string {
  if (!isObjectType(type)) return '';
  if (depth === 0) return '{ __typename }';
  const fields = Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type)));
  return `{ ${fields.map((field) => `${field.name} ${selectAll(getNamedType(field.type), depth - 1)}`).join(' ')} }`;
}

/** A value of the type good enough to get past validation: authorization is checked before anything is looked up. */
function dummy(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return dummy(type.ofType);
  if (isListType(type)) return [dummy(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(Object.values(type.getFields()).filter((field) => isNonNullType(field.type)).map((field) => [field.name, dummy(field.type)]));
  }
  if (isScalarType(type)) return ({ ID: randomUUID(), Int: 1, Float: 1, Boolean: true, String: 'x', DateTimeISO: new Date().toISOString() } as Record<string, unknown>)[type.name] ?? 'x';
  return null;
}

function callOf(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const variables = Object.fromEntries(field.args.map((arg) => [arg.name, dummy(arg.type)]));
  const declared = field.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = selectAll(getNamedType(field.type), 4);
  return { query: `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`, variables };
}

const LEARNER_OPERATIONS = ['myQuizzes', 'startQuizAttempt', 'myQuizAttempt', 'answerQuizQuestion', 'submitQuizAttempt', 'myCertificates', 'Certificate', 'certificatePdf', 'verifyCertificate'];

describe('right answers never reach a learner before submission', () => {
  it('no type a learner operation returns holds a right answer, except behind `review`', () => {
    for (const name of LEARNER_OPERATIONS) {
      const field = schema.getQueryType()!.getFields()[name] ?? schema.getMutationType()!.getFields()[name];
      expect([name, secretPaths(getNamedType(field.type))]).toEqual([name, []]);
    }
  });

  it('every other operation whose answer can hold right answers refuses a representative (walked from the schema)', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 1);
    const roots = [
      ...Object.values(schema.getQueryType()!.getFields()).map((field) => ['query', field] as const),
      ...Object.values(schema.getMutationType()!.getFields()).map((field) => ['mutation', field] as const),
    ].filter(([, field]) => !LEARNER_OPERATIONS.includes(field.name) && secretPaths(getNamedType(field.type)).length > 0);
    expect(roots.map(([, field]) => field.name)).toEqual(expect.arrayContaining(['allQuestions', 'Question', 'createQuestion', 'QuizAttempt', 'allQuizAttempts']));
    for (const [kind, field] of roots) {
      const { query, variables } = callOf(kind, field);
      const result = await app.gql(query, variables, world.learner);
      expect([field.name, result.errors?.map((error) => error.extensions.code)]).toEqual([field.name, ['FORBIDDEN']]);
      expect([field.name, result.data?.[field.name] ?? null]).toEqual([field.name, null]);
    }
  });

  it('a query asking every field of the attempt, built from introspection, gets no right answer before submission', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 3);
    const introspection = await app.gql('{ __type(name: "LearnerAttempt") { fields { name type { name kind ofType { name kind ofType { name kind ofType { name } } } } } } }', {}, world.learner);
    expect(introspection.errors).toBeUndefined();
    const fieldNames = introspection.data!.__type.fields.map((field: { name: string }) => field.name);
    expect(fieldNames).toContain('questions');
    const selection = selectAll(schema.getType('LearnerAttempt')!, 5);
    const started = await app.gql(`mutation($quizId: ID!) { startQuizAttempt(quizId: $quizId) ${selection} }`, { quizId: world.quiz.id }, world.learner);
    expect(started.errors).toBeUndefined();
    const attempt = started.data!.startQuizAttempt;
    const read = (await app.gql(`query($id: ID!) { myQuizAttempt(id: $id) ${selection} }`, { id: attempt.id }, world.learner)).data!.myQuizAttempt;
    for (const seen of [attempt, read]) {
      const text = JSON.stringify(seen);
      expect(text).not.toMatch(/isCorrect|acceptedAnswers|Персональные данные запрашиваются/);
      expect(seen.score).toBeNull();
      expect(seen.questions.map((question: { review: unknown }) => question.review)).toEqual([null, null, null]);
      // Every choice is offered with its id and text only.
      expect(seen.questions.every((question: { choices: object[] }) => question.choices.every((choice) => Object.keys(choice).sort().join() === 'id,text'))).toBe(true);
    }
  });

  it('a representative cannot read the bank: questions and their choices are for trainers and PR specialists', async () => {
    const world = await makeQuizWorld(app.dataSource, {}, 1);
    const asked = await app.gql('query($id: ID!) { Question(id: $id) { id choices { isCorrect } } }', { id: world.questions[0].id }, world.learner);
    expect(asked.errors?.map((error) => error.extensions.code)).toEqual(['FORBIDDEN']);
    const byPr = await app.gql('query($id: ID!) { Question(id: $id) { id choices { id isCorrect } } }', { id: world.questions[0].id }, world.pr);
    expect(byPr.errors).toBeUndefined();
    expect(byPr.data!.Question.choices[0]).toEqual({ id: 'right', isCorrect: true });
  });
});
