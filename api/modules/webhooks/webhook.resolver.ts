import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../../common/list';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEvent } from './webhook-event.entity';
import {
  CreatedWebhookEndpoint,
  CreateWebhookEndpointInput,
  UpdateWebhookEndpointInput,
  WebhookDeliveryListArgs,
  WebhookEndpointListArgs,
} from './webhook.inputs';
import * as webhooks from './webhook.service';
import { webhookBody } from './webhook-worker';

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [WebhookEndpoint], { description: "The request's client's webhook endpoints." })
  allWebhookEndpoints(@Args() args: WebhookEndpointListArgs, @Ctx() context: RequestContext): Promise<WebhookEndpoint[]> {
    return webhooks.listWebhookEndpoints(context, args);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => ListMetadata)
  _allWebhookEndpointsMeta(@Args() { filter }: WebhookEndpointListArgs, @Ctx() context: RequestContext) {
    return webhooks.countWebhookEndpoints(context, filter);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => WebhookEndpoint)
  WebhookEndpoint(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<WebhookEndpoint> {
    return webhooks.getWebhookEndpoint(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => CreatedWebhookEndpoint, { description: 'Registers an endpoint (a public http(s) URL) for the events named; the signing secret is shown only in this response.' })
  createWebhookEndpoint(@Arg('input') input: CreateWebhookEndpointInput, @Ctx() context: RequestContext): Promise<CreatedWebhookEndpoint> {
    return webhooks.createWebhookEndpoint(context, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => WebhookEndpoint, { description: 'Changes the URL, the events or switches the endpoint on or off. Send the version you read.' })
  updateWebhookEndpoint(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateWebhookEndpointInput, @Ctx() context: RequestContext): Promise<WebhookEndpoint> {
    return webhooks.updateWebhookEndpoint(context, id, input);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => CreatedWebhookEndpoint, { description: 'Replaces the signing secret; the new one is shown only in this response.' })
  regenerateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<CreatedWebhookEndpoint> {
    return webhooks.regenerateWebhookSecret(context, id);
  }

  @FieldResolver(() => User, { nullable: true })
  createdBy(@Root() endpoint: WebhookEndpoint, @Ctx() context: RequestContext): Promise<User | null> | null {
    return endpoint.createdById ? context.loaders.byId(User).load(endpoint.createdById) : null;
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @Authorized(Role.PR_SPECIALIST)
  @Query(() => [WebhookDelivery], { description: 'The delivery log: one line per event and endpoint, newest first; filter by endpointId.' })
  allWebhookDeliveries(@Args() args: WebhookDeliveryListArgs, @Ctx() context: RequestContext): Promise<WebhookDelivery[]> {
    return webhooks.listWebhookDeliveries(context, args);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => ListMetadata)
  _allWebhookDeliveriesMeta(@Args() { filter }: WebhookDeliveryListArgs, @Ctx() context: RequestContext) {
    return webhooks.countWebhookDeliveries(context, filter);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Query(() => WebhookDelivery)
  WebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<WebhookDelivery> {
    return webhooks.getWebhookDelivery(context, id);
  }

  @Authorized(Role.PR_SPECIALIST)
  @Mutation(() => WebhookDelivery, { description: 'Sends a delivered or failed event to its endpoint again (same event id), retrying for another 24 hours.' })
  resendWebhookDelivery(@Arg('id', () => ID) id: string, @Ctx() context: RequestContext): Promise<WebhookDelivery> {
    return webhooks.resendWebhookDelivery(context, id);
  }

  @FieldResolver(() => WebhookEndpoint, { nullable: true })
  endpoint(@Root() delivery: WebhookDelivery, @Ctx() context: RequestContext): Promise<WebhookEndpoint | null> {
    return context.loaders.byId(WebhookEndpoint).load(delivery.endpointId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The JSON body sent (without the signature header, which changes with each attempt).' })
  async body(@Root() delivery: WebhookDelivery, @Ctx() context: RequestContext): Promise<string | null> {
    const event = await context.loaders.byId(WebhookEvent).load(delivery.eventId);
    return event ? webhookBody({ event_id: event.id, type: event.type, occurred_at: event.occurredAt, object: event.object }) : null;
  }
}
