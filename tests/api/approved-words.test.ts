import { ReplyDelivery } from '../../api/modules/argument-base/reply-delivery.entity';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { ContentRuleKind, TopicPolicy, type BriefContent } from '../../api/modules/briefs/brief-content';
import { Brief } from '../../api/modules/briefs/brief.entity';
import { Role } from '../../api/modules/users/role';
import { makeBriefInForce, makeReply, makeSituation, makeUser } from '../../seeds/factories';
import { errorOf, useTestApp, type As } from '../helpers/app';
import { APPROVE as APPROVE_VERSION, CREATE_DRAFT, SUBMIT, UPDATE_DRAFT, sampleSections } from '../helpers/briefs';
import { caseAsked, makeCrmWorld, REACT, type CrmWorld } from '../helpers/crm';

const app = useTestApp();

const BRIEF: Partial<BriefContent> = {
  topics: [{ key: 'layoffs', name: 'Увольнения', policy: TopicPolicy.FORBIDDEN, keywords: ['увольнение'], note: null }],
  contentRules: [{ key: 'not-ours', kind: ContentRuleKind.FORBIDDEN_PHRASE, text: 'это не наша проблема', variants: [], note: null }],
};

const CREATE_REPLY = `mutation($input: CreateReplyInput!) { createReply(input: $input) { id revision status } }`;
const APPROVE_REPLY = `mutation($id: ID!, $overrideReason: String) { approveReply(id: $id, overrideReason: $overrideReason) { id status revision } }`;
const REVISIONS = `query($id: ID!) { Reply(id: $id) { revisions { revision approvedAt approvalOverrideReason } } }`;
const REACTIONS = `query($id: ID!) { Case(id: $id) { version reactions { text edited checkFindings overrideReason replyRevision } } }`;
const MATCH = `query($input: MatchSituationsInput!) { matchSituations(input: $input) { matches { situation { key } reply { text variantIndex nameMissing } } } }`;
const SUGGESTED = `query($id: ID!) { Case(id: $id) { suggestedReply { text variantIndex } suggestion(limit: 1) { matches { reply { text variantIndex } } } } }`;

const THREE_WORDINGS = {
  status: ReplyStatus.APPROVED,
  text: '{name}, здравствуйте! Гарантия на кузов в {brand} — шесть лет.',
  variants: ['Добрый день, {name}! Кузов в {brand} на гарантии шесть лет.', '{name}, на кузов даём шесть лет гарантии.'],
};

async function secondPr(world: CrmWorld): Promise<As> {
  const { token } = await makeUser(app.dataSource, { roles: [[world.client, Role.PR_SPECIALIST]] });
  return { token, client: world.client.slug };
}

async function requireFourEyes(world: CrmWorld) {
  await app.dataSource.getRepository(Brief).update({ clientId: world.client.id }, { fourEyesApproval: true });
}

describe('logReaction checks the words actually posted against the brief', () => {
  it('refuses a forbidden phrase, naming it, and posts it when the representative says why (recorded)', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, BRIEF);
    const caseRow = await caseAsked(app, world, 1);
    const text = 'Извините, но это не наша проблема: обратитесь к производителю.';
    const refused = errorOf(await app.gql(REACT, { id: caseRow.id, input: { text, version: 1 } }, world.representative), 'BAD_USER_INPUT');
    expect(refused.extensions).toMatchObject({ reason: 'BREAKS_BRIEF' });
    expect(refused.extensions.fields).toEqual([{ field: 'text', message: expect.stringContaining('«это не наша проблема» (FORBIDDEN_PHRASE: Фраза «это не наша проблема» запрещена техническим заданием)') }]);
    expect((await app.gql(REACTIONS, { id: caseRow.id }, world.pr)).data!.Case.reactions).toEqual([]);

    const posted = await app.gql(REACT, { id: caseRow.id, input: { text, overrideReason: 'Цитата из ответа производителя, согласована с PR', version: 1 } }, world.representative);
    expect(posted.errors).toBeUndefined();
    expect((await app.gql(REACTIONS, { id: caseRow.id }, world.pr)).data!.Case.reactions).toEqual([
      { text, edited: false, checkFindings: ['FORBIDDEN_PHRASE'], overrideReason: 'Цитата из ответа производителя, согласована с PR', replyRevision: null },
    ]);
  });

  it('refuses personal data asked for in public and a forbidden topic; advice such as spelling does not stop a post', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, BRIEF);
    for (const text of ['Напишите, пожалуйста, ваш телефон +7 912 345-67-89 прямо здесь.', 'Про увольнение сотрудников мы расскажем позже.']) {
      const caseRow = await caseAsked(app, world, 1);
      const refused = errorOf(await app.gql(REACT, { id: caseRow.id, input: { text, version: 1 } }, world.representative), 'BAD_USER_INPUT');
      expect(refused.extensions.reason).toBe('BREAKS_BRIEF');
    }
    const caseRow = await caseAsked(app, world, 1);
    const fine = await app.gql(REACT, { id: caseRow.id, input: { text: 'Здравствуйте! Напишите нам в личные сообщения.', version: 1 } }, world.representative);
    expect(fine.errors).toBeUndefined();
  });

  it('a post that changes the approved words cites the reply but is logged as edited, not as a use of its wording', async () => {
    const world = await makeCrmWorld(app);
    const situation = await makeSituation(app.dataSource, world.client);
    const reply = await makeReply(app.dataSource, situation, THREE_WORDINGS);
    const exact = await caseAsked(app, world, 1, { authorName: 'Олег' });
    const edited = await caseAsked(app, world, 1, { authorName: 'Олег' });
    const words = `Добрый день, Олег! Кузов в ${world.client.brandName} на гарантии шесть лет.`;
    await app.gql(REACT, { id: exact.id, input: { text: `  ${words}\n`, replyId: reply.id, version: 1 } }, world.representative);
    await app.gql(REACT, { id: edited.id, input: { text: `${words} Ждём вас!`, replyId: reply.id, version: 1 } }, world.representative);
    expect((await app.gql(REACTIONS, { id: exact.id }, world.pr)).data!.Case.reactions[0]).toMatchObject({ edited: false, replyRevision: 1 });
    expect((await app.gql(REACTIONS, { id: edited.id }, world.pr)).data!.Case.reactions[0]).toMatchObject({ edited: true, replyRevision: null });
    // Only the unedited post counts as words the author was given.
    expect(await app.dataSource.getRepository(ReplyDelivery).findBy({ replyId: reply.id })).toMatchObject([{ caseId: exact.id, variantIndex: 1 }]);
  });
});

describe('approving words that breach the brief', () => {
  it('is refused until the approver gives a reason, which the revision keeps', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, BRIEF);
    const situation = await makeSituation(app.dataSource, world.client);
    const created = await app.gql(CREATE_REPLY, { input: { situationId: situation.id, text: 'Это не наша проблема, {name}.', variants: [] } }, world.pr);
    const id = created.data!.createReply.id;
    const refused = errorOf(await app.gql(APPROVE_REPLY, { id }, world.pr), 'BAD_USER_INPUT');
    expect(refused.extensions.reason).toBe('BREAKS_BRIEF');
    expect((await app.gql(APPROVE_REPLY, { id, overrideReason: '   ' }, world.pr)).errors![0].extensions!.reason).toBe('BREAKS_BRIEF');

    const approved = await app.gql(APPROVE_REPLY, { id, overrideReason: 'Юристы настояли на этой формулировке' }, world.pr);
    expect(approved.data!.approveReply).toMatchObject({ status: 'APPROVED' });
    const revisions = (await app.gql(REVISIONS, { id }, world.pr)).data!.Reply.revisions;
    expect(revisions).toEqual([expect.objectContaining({ revision: 1, approvalOverrideReason: 'Юристы настояли на этой формулировке' })]);
  });
});

describe('four eyes', () => {
  it('when the brief asks for it, the writer of a reply cannot approve it; another PR specialist can', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, {});
    const situation = await makeSituation(app.dataSource, world.client);
    const writerReply = async () => (await app.gql(CREATE_REPLY, { input: { situationId: situation.id, text: 'Здравствуйте, {name}!' } }, world.pr)).data!.createReply.id;

    const before = await writerReply();
    expect((await app.gql(APPROVE_REPLY, { id: before }, world.pr)).errors).toBeUndefined();

    await requireFourEyes(world);
    const id = await writerReply();
    const refused = errorOf(await app.gql(APPROVE_REPLY, { id }, world.pr), 'FORBIDDEN');
    expect(refused.extensions.reason).toBe('FOUR_EYES_REQUIRED');
    expect((await app.gql(APPROVE_REPLY, { id }, await secondPr(world))).data!.approveReply.status).toBe('APPROVED');
  });

  it('applies to brief versions: whoever created or edited the draft cannot put it in force', async () => {
    const world = await makeCrmWorld(app);
    const created = (await app.gql(CREATE_DRAFT, {}, world.pr)).data!.createBriefDraft;
    // The writer creates the draft and another PR specialist fills it in: neither may approve it.
    const editor = await secondPr(world);
    const draft = (await app.gql(UPDATE_DRAFT, { id: created.id, input: { ...sampleSections(), version: created.version } }, editor)).data!.updateBriefDraft;
    await requireFourEyes(world);
    const submitted = (await app.gql(SUBMIT, { id: draft.id }, world.pr)).data!.submitBriefVersion;
    const byEditor = errorOf(await app.gql(APPROVE_VERSION, { id: draft.id, version: submitted.version }, editor), 'FORBIDDEN');
    expect(byEditor.extensions.reason).toBe('FOUR_EYES_REQUIRED');
    const refused = errorOf(await app.gql(APPROVE_VERSION, { id: draft.id, version: submitted.version }, world.pr), 'FORBIDDEN');
    expect(refused.extensions.reason).toBe('FOUR_EYES_REQUIRED');
    const approved = await app.gql(APPROVE_VERSION, { id: draft.id, version: submitted.version }, await secondPr(world));
    expect(approved.data!.approveBriefVersion.status).toBe('APPROVED');
  });

  it('is switched on by a PR specialist, version-checked', async () => {
    const world = await makeCrmWorld(app);
    await makeBriefInForce(app.dataSource, world.client, {});
    const settings = (await app.gql('{ briefSettings { fourEyesApproval version } }', {}, world.pr)).data!.briefSettings;
    expect(settings.fourEyesApproval).toBe(false);
    const SET = 'mutation($required: Boolean!, $version: Int!) { setBriefFourEyesApproval(required: $required, version: $version) { fourEyesApproval version } }';
    expect((await app.gql(SET, { required: true, version: settings.version }, world.pr)).data!.setBriefFourEyesApproval.fourEyesApproval).toBe(true);
    errorOf(await app.gql(SET, { required: false, version: settings.version }, world.pr), 'CONFLICT');
    errorOf(await app.gql(SET, { required: false, version: settings.version + 1 }, world.representative), 'FORBIDDEN');
  });
});

describe('"don\'t be a robot": the next wording for the author, on every road', () => {
  it('matchSituations given the author serves the wording they were not sent last time, greets them by name, and records it', async () => {
    const world = await makeCrmWorld(app);
    const situation = await makeSituation(app.dataSource, world.client, { examples: ['Какая гарантия на кузов автомобиля?'] });
    await makeReply(app.dataSource, situation, THREE_WORDINGS);
    const ask = async (authorHandle?: string) => {
      const result = await app.gql(MATCH, { input: { text: 'Какая гарантия на кузов автомобиля?', platformId: world.platform.id, authorHandle, authorName: 'Вера', limit: 1 } }, world.key);
      expect(result.errors).toBeUndefined();
      return result.data!.matchSituations.matches[0].reply;
    };
    const first = await ask('@vera');
    const second = await ask('vera');
    expect([first.variantIndex, second.variantIndex]).toEqual([0, 1]);
    expect(first.text).toBe(`Вера, здравствуйте! Гарантия на кузов в ${world.client.brandName} — шесть лет.`);
    expect(second.text).toContain('Добрый день, Вера!');
    expect(await app.dataSource.getRepository(ReplyDelivery).countBy({ clientId: world.client.id, authorHandle: 'vera' })).toBe(2);
    // Without an author nothing is served to anyone: the main wording, no name, nothing recorded.
    expect(await ask()).toMatchObject({ variantIndex: 0, nameMissing: true });
    expect(await app.dataSource.getRepository(ReplyDelivery).countBy({ clientId: world.client.id })).toBe(2);
  });

  it("the case page offers the author's next wording, keeps it across reloads, and the post records it", async () => {
    const world = await makeCrmWorld(app);
    const situation = await makeSituation(app.dataSource, world.client, { examples: ['Какая гарантия на кузов автомобиля?'] });
    const reply = await makeReply(app.dataSource, situation, THREE_WORDINGS);
    const handle = `petr${Date.now()}`;
    // A tool already sent this author the main wording.
    await app.gql(MATCH, { input: { text: 'Какая гарантия на кузов?', platformId: world.platform.id, authorHandle: handle, limit: 1 } }, world.key);
    const caseRow = await caseAsked(app, world, 1, { text: 'Какая гарантия на кузов автомобиля?', authorHandle: handle, authorName: 'Пётр', situationId: situation.id });

    const read = async () => (await app.gql(SUGGESTED, { id: caseRow.id }, world.representative)).data!.Case;
    const page = await read();
    expect(page.suggestedReply.variantIndex).toBe(1);
    expect(page.suggestion.matches[0].reply).toEqual(page.suggestedReply);
    expect((await read()).suggestedReply).toEqual(page.suggestedReply);

    await app.gql(REACT, { id: caseRow.id, input: { text: page.suggestedReply.text, replyId: reply.id, version: 1 } }, world.representative);
    expect((await read()).suggestedReply.variantIndex).toBe(1);
    const next = await app.gql(MATCH, { input: { text: 'Какая гарантия на кузов?', platformId: world.platform.id, authorHandle: handle, limit: 1 } }, world.key);
    expect(next.data!.matchSituations.matches[0].reply.variantIndex).toBe(2);
  });
});
