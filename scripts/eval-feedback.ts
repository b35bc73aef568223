/**
 * The feedback half of `npm run eval:match -- --feedback`: posts fed to the product as a monitoring
 * tool and a representative would feed them, over HTTP. Each is ingested, and its case answered with
 * the approved reply of the expected situation, so that the cases module makes the post a CONFIRMED
 * example of that situation, as it does for real work; where the case's category is not the post's,
 * the representative corrects it on the case page (classifyCase).
 */
import type { DataSource } from 'typeorm';
import { fillPlaceholders, pickReplyFor } from '../api/modules/argument-base/rendered-reply';
import { Reply } from '../api/modules/argument-base/reply.entity';
import { ExampleSource, SituationExample } from '../api/modules/argument-base/situation-example.entity';
import { Situation } from '../api/modules/argument-base/situation.entity';
import { ApiKeyScope } from '../api/modules/api-keys/api-key-scope';
import type { Client } from '../api/modules/clients/client.entity';
import { PlatformKind } from '../api/modules/platforms/platform-kind';
import { createServer } from '../api/server';
import { makeApiKey, makePlatform, makeRepresentative } from '../seeds/factories';

export interface FeedbackPost {
  text: string;
  expectedKey: string;
  /** The post's category: a representative who finds the case's category wrong corrects it (classifyCase). */
  expectedCategory?: string;
}

async function call<T>(url: string, credential: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${credential}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`${query.slice(0, 40)}…: ${body.errors.map((error) => error.message).join('; ')}`);
  return body.data!;
}

interface ClientFeed {
  platform: Awaited<ReturnType<typeof makePlatform>>;
  token: string;
  secret: string;
  replyFor: Map<string, Reply | undefined>;
}

/**
 * A running server that answers cases as a representative would: `feed` ingests one client's posts
 * through ingestMentions and answers each through logReaction (and classifyCase where the case's
 * category is not the post's). Posts may be fed in several calls (the learning curve feeds 1, then 2
 * more, then 2 more per situation); each call returns the confirmed examples now in the base.
 */
export async function openFeedback(dataSource: DataSource): Promise<{ feed: (client: Client, posts: FeedbackPost[]) => Promise<{ confirmed: number; recategorised: number }>; close: () => Promise<void> }> {
  const server = await createServer({ dataSource });
  const port = await server.listen(0);
  const url = `http://127.0.0.1:${port}/graphql`;
  const feeds = new Map<string, ClientFeed>();
  let fedCount = 0;

  async function feedOf(client: Client): Promise<ClientFeed> {
    const known = feeds.get(client.id);
    if (known) return known;
    const platform = await makePlatform(dataSource, client, { kind: PlatformKind.FORUM, name: 'Форум обратной связи' });
    const { token } = await makeRepresentative(dataSource, client, { platforms: [platform] });
    const { secret } = await makeApiKey(dataSource, client, [ApiKeyScope.MENTIONS_WRITE], 'eval feedback');
    const situations = await dataSource.getRepository(Situation).findBy({ clientId: client.id });
    const replies = await dataSource.getRepository(Reply).findBy({ clientId: client.id });
    const replyFor = new Map(
      situations.map((situation) => [situation.key, pickReplyFor(replies.filter((reply) => reply.situationId === situation.id), platform.kind)]),
    );
    const made = { platform, token: token!, secret, replyFor };
    feeds.set(client.id, made);
    return made;
  }

  async function feed(client: Client, posts: FeedbackPost[]): Promise<{ confirmed: number; recategorised: number }> {
    const { platform, token, secret, replyFor } = await feedOf(client);
    const postedAt = new Date(Date.now() - 3600_000).toISOString();
    let recategorised = 0;
    const ingested = posts.length
      ? await call<{ ingestMentions: { mentions: { caseId: string }[] } }>(
          url,
          secret,
          'mutation($input: [MentionInput!]!) { ingestMentions(input: $input) { mentions { caseId } } }',
          { input: posts.map((post) => ({ platformId: platform.id, externalId: `feedback-${(fedCount += 1)}`, authorHandle: `reader${fedCount}`, text: post.text, postedAt })) },
        )
      : { ingestMentions: { mentions: [] } };
    for (const [index, { caseId }] of ingested.ingestMentions.mentions.entries()) {
      const reply = replyFor.get(posts[index].expectedKey);
      if (!reply) throw new Error(`the base has no approved reply for "${posts[index].expectedKey}"`);
      const { Case } = await call<{ Case: { version: number; category: string | null } }>(url, token, 'query($id: ID!) { Case(id: $id) { version category } }', { id: caseId });
      const { logReaction } = await call<{ logReaction: { version: number } }>(
        url,
        token,
        'mutation($id: ID!, $input: LogReactionInput!) { logReaction(caseId: $id, input: $input) { version } }',
        { id: caseId, input: { text: fillPlaceholders(reply.text, { brand: client.brandName }).text, replyId: reply.id, version: Case.version } },
      );
      const expectedCategory = posts[index].expectedCategory;
      if (expectedCategory && expectedCategory !== Case.category) {
        await call(url, token, 'mutation($id: ID!, $input: ClassifyCaseInput!) { classifyCase(id: $id, input: $input) { id } }', {
          id: caseId,
          input: { category: expectedCategory, version: logReaction.version },
        });
        recategorised += 1;
      }
    }
    return { confirmed: await dataSource.getRepository(SituationExample).countBy({ clientId: client.id, source: ExampleSource.CONFIRMED }), recategorised };
  }

  return { feed, close: () => server.stop() };
}

/** Feeds one client's posts once, on a server of its own; returns the confirmed examples written and the categories corrected. */
export async function feedConfirmedCases(dataSource: DataSource, client: Client, posts: FeedbackPost[]): Promise<{ confirmed: number; recategorised: number }> {
  const session = await openFeedback(dataSource);
  try {
    return await session.feed(client, posts);
  } finally {
    await session.close();
  }
}
