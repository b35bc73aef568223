import { ArrayMinSize, ArrayUnique, IsNotEmpty, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { maxLength, notBlank } from '../../common/validation';
import { WebhookDeliveryStatus } from './webhook-delivery.entity';
import { WebhookEndpoint } from './webhook-endpoint.entity';
import { WebhookEventType } from './webhook-event-type';

const eventsRule = { message: 'events must name at least one event' };

@InputType()
export class CreateWebhookEndpointInput implements Partial<WebhookEndpoint> {
  @Field({ description: 'A public http(s) URL.' })
  @IsNotEmpty(notBlank('url'))
  @MaxLength(2000, maxLength('url', 2000))
  url: string;

  @Field(() => [WebhookEventType])
  @ArrayMinSize(1, eventsRule)
  @ArrayUnique({ message: 'events must not repeat' })
  events: WebhookEventType[];

  @Field({ nullable: true, description: 'true when left out.' })
  active?: boolean;
}

@InputType()
export class UpdateWebhookEndpointInput implements Partial<WebhookEndpoint> {
  @Field({ nullable: true })
  @IsNotEmpty(notBlank('url'))
  @MaxLength(2000, maxLength('url', 2000))
  url?: string;

  @Field(() => [WebhookEventType], { nullable: true })
  @ArrayMinSize(1, eventsRule)
  @ArrayUnique({ message: 'events must not repeat' })
  events?: WebhookEventType[];

  @Field({ nullable: true, description: 'Switching an endpoint back on clears why it was switched off.' })
  active?: boolean;

  @Field(() => Int)
  version: number;
}

@ObjectType({ description: 'An endpoint with its signing secret, shown this once.' })
export class CreatedWebhookEndpoint {
  @Field(() => WebhookEndpoint)
  webhookEndpoint: WebhookEndpoint;

  @Field({ description: 'Verify the Repbase-Signature header with it (see the README).' })
  secret: string;
}

@InputType()
export class WebhookEndpointFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field({ nullable: true })
  q?: string;

  @Field({ nullable: true })
  active?: boolean;
}

@ArgsType()
export class WebhookEndpointListArgs extends ListArgs {
  @Field(() => WebhookEndpointFilter, { nullable: true })
  filter?: WebhookEndpointFilter;
}

@InputType()
export class WebhookDeliveryFilter {
  @Field(() => [ID], { nullable: true })
  ids?: string[];

  @Field(() => ID, { nullable: true })
  endpointId?: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true })
  status?: WebhookDeliveryStatus;

  @Field(() => WebhookEventType, { nullable: true })
  eventType?: WebhookEventType;
}

@ArgsType()
export class WebhookDeliveryListArgs extends ListArgs {
  @Field(() => WebhookDeliveryFilter, { nullable: true })
  filter?: WebhookDeliveryFilter;
}
