import type { DataSource } from 'typeorm';
import { ConsumerCycleCategory } from '../../api/modules/argument-base/consumer-cycle-category';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { TopicPolicy, type BriefContent } from '../../api/modules/briefs/brief-content';
import type { Client } from '../../api/modules/clients/client.entity';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';
import { makeSituationWithReply } from '../../seeds/factories';

/** A small car-dealer argument base: two situations with approved replies, one with a draft only. */
export async function makeDealerBase(dataSource: DataSource, client: Client) {
  const firstService = await makeSituationWithReply(dataSource, client, {
    key: 'first-service',
    title: 'Стоимость и запись на первое ТО',
    category: ConsumerCycleCategory.PRODUCT_REQUEST,
    topic: 'service',
    examples: ['Сколько стоит первое ТО?', 'Можно ли записаться на техобслуживание в субботу?', 'Какая цена нулевого ТО на кроссовер?'],
    replies: [{ text: '{name}, здравствуйте! Первое ТО стоит 12 900 ₽, по субботам сервис {brand} работает с 9 до 18.', status: ReplyStatus.APPROVED }],
  });
  const tradeIn = await makeSituationWithReply(dataSource, client, {
    key: 'trade-in',
    title: 'Трейд-ин старого автомобиля',
    category: ConsumerCycleCategory.GENERAL_REQUEST,
    topic: 'sales',
    examples: ['Принимаете ли машину старше восьми лет в трейд-ин?', 'Сколько занимает оценка авто по трейд-ин?'],
    replies: [{ text: '{name}, здравствуйте! {brand} принимает в трейд-ин автомобили любого возраста, оценка занимает 40 минут.', status: ReplyStatus.APPROVED }],
  });
  const partWait = await makeSituationWithReply(dataSource, client, {
    key: 'spare-part-wait',
    title: 'Долгое ожидание запчасти',
    category: ConsumerCycleCategory.NEGATIVE,
    topic: 'service',
    examples: ['Третью неделю жду запчасть, менеджер не перезванивает', 'Запчасть везут уже месяц, сколько можно ждать'],
    replies: [{ text: 'Черновик: ещё согласуем с сервисом', status: ReplyStatus.DRAFT }],
  });
  return { firstService, tradeIn, partWait };
}

/** The dealer's brief: topics found by keywords, who answers for them, and deadlines by platform kind and category. */
export function dealerBrief(responsibleUserId: string | null): Partial<BriefContent> {
  return {
    topics: [
      { key: 'warranty', name: 'Гарантия', policy: TopicPolicy.ALLOWED, keywords: ['гаранти'], note: null },
      { key: 'service', name: 'Сервис', policy: TopicPolicy.ALLOWED, keywords: ['запчаст'], note: null },
    ],
    responsiblePeople: [
      { key: 'service-head', name: 'Олег Кузнецов', position: 'руководитель сервиса', topicKeys: ['warranty', 'service'], contact: 'service@example.test', answerWithinHours: 24, userId: responsibleUserId },
      { key: 'sales-head', name: 'Ирина Лебедева', position: 'коммерческий директор', topicKeys: ['sales', 'NEGATIVE'], contact: 'sales@example.test', answerWithinHours: 48, userId: null },
    ],
    responseDeadlines: [
      { key: 'forum-negative', platformKind: PlatformKind.FORUM, category: ConsumerCycleCategory.NEGATIVE, hours: 3 },
      { key: 'negative', platformKind: null, category: ConsumerCycleCategory.NEGATIVE, hours: 2 },
      { key: 'forum', platformKind: PlatformKind.FORUM, category: null, hours: 8 },
      { key: 'any', platformKind: null, category: null, hours: 24 },
    ],
  };
}
