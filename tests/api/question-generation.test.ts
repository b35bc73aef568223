import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { makeBriefInForce, makePlatform, makeSituationWithReply } from '../../seeds/factories';
import { errorOf, useTestApp } from '../helpers/app';
import { makeClientWorld, type ClientWorld } from '../helpers/world';
import { FIXTURE_BRIEF } from '../helpers/standard-fixture';

const app = useTestApp();

const PREVIEW = `query($input: GenerateQuestionsInput) {
  questionGenerationPreview(input: $input) {
    generator type prompt material explanation fingerprint
    choices { key text correct }
    source { kind briefVersionId section itemKey situationId replyId revision replyRevisionId }
  }
}`;

async function dealerBase(world: ClientWorld) {
  const parts = await makeSituationWithReply(app.dataSource, world.client, {
    title: 'Долго ждать запчасть',
    category: ConsumerCycleCategory.NEGATIVE,
    examples: ['Третью неделю жду запчасть по гарантии'],
    replies: [{ text: '{name}, здравствуйте! Проверим заказ запчасти и ответим сегодня.', status: ReplyStatus.APPROVED }],
  });
  const rude = await makeSituationWithReply(app.dataSource, world.client, {
    title: 'Грубый менеджер',
    category: ConsumerCycleCategory.NEGATIVE,
    examples: ['Менеджер в салоне нахамил'],
    replies: [{ text: '{name}, нам жаль. Разберёмся с руководителем салона.', status: ReplyStatus.APPROVED }],
  });
  return { parts, rude };
}

describe('questionGenerationPreview: questions from the standard in force', () => {
  it('gives a trainer drafts from the brief in force and the base, each with its source and one right answer', async () => {
    const world = await makeClientWorld(app.dataSource);
    const version = await makeBriefInForce(app.dataSource, world.client, FIXTURE_BRIEF.content);
    const { parts } = await dealerBase(world);
    const platform = await makePlatform(app.dataSource, world.client, { replyLengthLimit: 300 });
    const result = await app.gql(PREVIEW, { input: { platformId: platform.id } }, world.trainer);
    expect(result.errors).toBeUndefined();
    const drafts = result.data!.questionGenerationPreview as any[];
    const byGenerator = (generator: string) => drafts.filter((draft) => draft.generator === generator);
    const credit = byGenerator('TOPIC_POLICY').find((draft) => draft.source.itemKey === 'credit');
    expect(credit.source).toMatchObject({ kind: 'BRIEF_ITEM', briefVersionId: version.id, section: 'topics' });
    expect(credit.choices.filter((choice: any) => choice.correct).map((choice: any) => choice.key)).toEqual(['ALLOWED']);
    const pick = byGenerator('PICK_THE_REPLY').find((draft) => draft.material.includes('Третью неделю'));
    expect(pick.source).toMatchObject({ kind: 'REPLY_REVISION', situationId: parts.situation.id, replyId: parts.replies[0].id, revision: 1 });
    expect(pick.choices.find((choice: any) => choice.correct).key).toBe(parts.replies[0].id);
    expect(byGenerator('FIND_THE_FAULT').map((draft) => draft.choices.find((choice: any) => choice.correct).key)).toContain('LENGTH_LIMIT');
    for (const draft of drafts) expect(draft.choices.filter((choice: any) => choice.correct)).toHaveLength(1);
  });

  it('refuses brief generators when no brief is in force, naming the reason, and still picks replies from the base', async () => {
    const world = await makeClientWorld(app.dataSource);
    await dealerBase(world);
    const refused = await app.gql(PREVIEW, { input: { generators: ['TOPIC_POLICY'] } }, world.trainer);
    expect(errorOf(refused, 'BAD_USER_INPUT').extensions).toMatchObject({ reason: 'NO_BRIEF_IN_FORCE' });
    const picked = await app.gql(PREVIEW, { input: { generators: ['PICK_THE_REPLY'] } }, world.trainer);
    expect(picked.data!.questionGenerationPreview).toHaveLength(2);
  });

  it('is for trainers: a representative and a PR specialist are refused', async () => {
    const world = await makeClientWorld(app.dataSource);
    for (const caller of [world.representative, world.pr, world.key]) {
      expect(errorOf(await app.gql(PREVIEW, {}, caller), 'FORBIDDEN')).toBeDefined();
    }
  });
});
