import { ConsumerCycleCategory } from '../api/modules/argument-base/consumer-cycle-category';
import { ReplyRevision } from '../api/modules/argument-base/reply-revision.entity';
import { Reply, ReplyStatus } from '../api/modules/argument-base/reply.entity';
import { SituationExample } from '../api/modules/argument-base/situation-example.entity';
import { Situation } from '../api/modules/argument-base/situation.entity';
import { PlatformKind } from '../api/modules/platforms/platform-kind';
import { User } from '../api/modules/users/user.entity';
import type { SeedStep } from './demo';

interface DemoWording {
  theses: string[];
  text: string;
  variants?: string[];
}

interface DemoReply extends DemoWording {
  status: ReplyStatus;
  platformKinds?: PlatformKind[];
  /** Earlier wordings, oldest first; the reply's revision comes after them. */
  history?: DemoWording[];
}

interface DemoSituation {
  key: string;
  title: string;
  category: ConsumerCycleCategory;
  topic: string;
  examples: string[];
  replies: DemoReply[];
}

/**
 * A few worked situations per demo client, showing what the argument base holds beyond a CSV row:
 * wording variants, replies per platform kind, drafts awaiting approval, a retired reply and kept
 * revisions. (The demo base of seeds/argument-base.csv is loaded with importArgumentBase.)
 */
export const demoArgumentBase: Record<string, DemoSituation[]> = {
  autolider: [
    {
      key: 'auto-tire-storage',
      title: 'Сезонное хранение шин',
      category: ConsumerCycleCategory.PRODUCT_REQUEST,
      topic: 'service',
      examples: [
        'Можно у вас оставить летнюю резину на хранение до весны?',
        'Сколько стоит хранение колёс в вашем сервисе?',
        'Живу в квартире, гаража нет — где хранить шины зимой?',
      ],
      replies: [
        {
          status: ReplyStatus.APPROVED,
          theses: ['Хранение шин и дисков есть во всех сервисных центрах', 'Перед хранением колёса моют и проверяют', 'Цена зависит от радиуса: прайс — в личных сообщениях'],
          text: '{name}, здравствуйте! Да, во всех сервисных центрах {brand} можно оставить шины или колёса в сборе на сезонное хранение: перед закладкой их моют и проверяют, хранят в отапливаемом складе. Стоимость зависит от радиуса — пришлём актуальный прайс в личные сообщения, а записаться на шиномонтаж с хранением можно на сайте.',
          variants: [
            'Добрый день, {name}! Хранение шин у нас есть в каждом сервисном центре {brand}: колёса помоют, проверят и сохранят до следующего сезона в тёплом складе. Напишите в личные сообщения радиус — подскажем цену и ближайшее свободное время на переобувку.',
            '{name}, спасибо за вопрос! Гараж не нужен: шины можно оставить у нас до следующего сезона, перед хранением их моют и осматривают. Цена зависит от размера колёс — уточним в личных сообщениях и сразу запишем на удобный день.',
          ],
        },
      ],
    },
    {
      key: 'auto-paint-defect',
      title: 'Дефект лакокрасочного покрытия после покупки',
      category: ConsumerCycleCategory.NEGATIVE,
      topic: 'warranty',
      examples: [
        'Через месяц после покупки на капоте пошли пузыри краски',
        'Купил новую машину, а на двери скол и подтёки лака, кто будет отвечать?',
        'Краска на крыше облезает, машине полгода — это гарантия?',
      ],
      replies: [
        {
          status: ReplyStatus.APPROVED,
          platformKinds: [PlatformKind.FORUM],
          theses: ['Дефекты ЛКП на новой машине — гарантийный случай', 'Нужен осмотр в сервисе с фотофиксацией', 'Диалог о деталях заказа — в личных сообщениях'],
          text: '{name}, здравствуйте! Жаль, что так вышло с новой машиной. Дефекты лакокрасочного покрытия на новом автомобиле рассматриваются по гарантии производителя. Пришлите, пожалуйста, в личные сообщения VIN и фото повреждений — запишем на осмотр в ближайший сервис {brand}, мастер зафиксирует дефект и оформит гарантийную заявку.',
          variants: [
            'Добрый день, {name}. Понимаем, как неприятно увидеть такое на новой машине. Это гарантийный случай: напишите нам в личные сообщения VIN и приложите фото — согласуем осмотр в сервисе {brand}, где дефект зафиксируют и передадут заявку производителю.',
          ],
        },
        {
          status: ReplyStatus.DRAFT,
          platformKinds: [PlatformKind.SOCIAL_GROUP],
          theses: ['Дефекты ЛКП — гарантийный случай', 'Детали — в личных сообщениях'],
          text: '{name}, здравствуйте! Это гарантийный случай — напишите нам в сообщения сообщества VIN и фото, запишем на осмотр.',
        },
      ],
    },
    {
      key: 'auto-extended-warranty',
      title: 'Стоит ли покупать продлённую гарантию',
      category: ConsumerCycleCategory.PRODUCT_REQUEST,
      topic: 'warranty',
      examples: ['Есть смысл брать продлённую гарантию или это развод?', 'Что покрывает ваша расширенная гарантия после заводской?'],
      replies: [
        {
          status: ReplyStatus.DRAFT,
          theses: ['Продлённая гарантия покрывает двигатель, КПП и электрику', 'Решение за клиентом: покажем условия и примеры случаев'],
          text: '{name}, здравствуйте! Продлённая гарантия {brand} действует после заводской и покрывает ремонт двигателя, коробки передач и электрики. Навязывать её не будем: пришлём в личные сообщения полные условия и перечень исключений, чтобы вы решили сами.',
          history: [
            {
              theses: ['Продлённая гарантия покрывает двигатель и КПП'],
              text: '{name}, здравствуйте! Продлённая гарантия {brand} покрывает ремонт двигателя и коробки передач после окончания заводской. Условия пришлём в личные сообщения.',
            },
          ],
        },
        {
          status: ReplyStatus.RETIRED,
          theses: ['Продлённая гарантия — выгодное вложение'],
          text: 'Продлённая гарантия — это выгодно! Оформите её при покупке в {brand}.',
        },
      ],
    },
  ],
  'bank-severny': [
    {
      key: 'bank-cashback-missing',
      title: 'Не начислили кешбэк',
      category: ConsumerCycleCategory.SUPPORT,
      topic: 'cards',
      examples: [
        'Прошёл месяц, а кешбэк за покупки так и не пришёл',
        'Где мой кэшбэк за АЗС? В приложении ноль',
        'Обещали 5% в категории, начислили меньше',
      ],
      replies: [
        {
          status: ReplyStatus.APPROVED,
          platformKinds: [PlatformKind.REVIEW_SITE],
          theses: ['Кешбэк начисляется в первые дни следующего месяца', 'Категорию определяет код торговой точки (MCC)', 'Проверим операции по обращению в чате'],
          text: '{name}, здравствуйте! Кешбэк {brand} начисляется в первые пять рабочих дней следующего месяца, а категорию покупки определяет код торговой точки, который присваивает её банк. Напишите нам, пожалуйста, в чат приложения дату и сумму покупок — проверим, как они прошли, и при ошибке доначислим.',
          variants: [
            'Добрый день, {name}. Понимаем ваше недовольство. Кешбэк приходит в начале следующего месяца, а категория зависит от кода магазина. Чтобы разобраться с вашими покупками, напишите в чат приложения их даты и суммы — проверим каждую и вернёмся с ответом.',
          ],
        },
        {
          status: ReplyStatus.APPROVED,
          platformKinds: [PlatformKind.HASHTAG_HOTLINE],
          theses: ['Кешбэк приходит в начале следующего месяца', 'Проверим в чате приложения'],
          text: '{name}, кешбэк приходит в первые 5 рабочих дней следующего месяца. Если не пришёл — напишите в чат приложения, проверим покупки.',
          variants: ['{name}, кешбэк начисляем в начале следующего месяца. Не пришёл — пишите в чат приложения, разберёмся.'],
        },
      ],
    },
    {
      key: 'bank-atm-kept-card',
      title: 'Банкомат не вернул карту',
      category: ConsumerCycleCategory.SUPPORT,
      topic: 'cards',
      examples: ['Банкомат съел карту, что делать?', 'Не вернулась карта из банкомата у метро, деньги сняли?'],
      replies: [
        {
          status: ReplyStatus.APPROVED,
          theses: ['Заблокировать карту в приложении', 'Карту можно забрать в отделении или перевыпустить бесплатно'],
          text: '{name}, здравствуйте! Сначала заблокируйте, пожалуйста, карту в приложении {brand} — это займёт минуту. Задержанные банкоматом карты передаются в ближайшее отделение в течение трёх рабочих дней; если удобнее, перевыпустим карту бесплатно. Адрес банкомата и время подскажите в чате приложения.',
        },
      ],
    },
    {
      key: 'bank-branch-closing',
      title: 'Закрывается отделение рядом с домом',
      category: ConsumerCycleCategory.UNCOMFORTABLE_QUESTION,
      topic: 'branches',
      examples: ['Правда, что закрывают отделение на Садовой?', 'Куда мне теперь ходить, если вы закрыли офис у дома?'],
      replies: [
        {
          status: ReplyStatus.DRAFT,
          theses: ['Ближайшие отделения и банкоматы — на карте в приложении', 'Большинство операций доступно в приложении'],
          text: '{name}, здравствуйте! Понимаем, что закрытие отделения рядом с домом неудобно. Ближайшие офисы и банкоматы {brand} есть на карте в приложении, а большинство операций — от перевыпуска карты до справок — можно сделать там же, без визита.',
        },
      ],
    },
  ],
};

/** Creates the demo situations that are missing (by key), with their examples and replies. */
export const seedArgumentBase: SeedStep = async (manager, clients) => {
  let created = 0;
  const approver = await manager.findOneBy(User, { email: 'pr@repbase.demo' });
  for (const [slug, situations] of Object.entries(demoArgumentBase)) {
    const clientId = clients.get(slug)!.id;
    for (const demo of situations) {
      if (await manager.existsBy(Situation, { clientId, key: demo.key })) continue;
      const situation = await manager.save(manager.create(Situation, { clientId, key: demo.key, title: demo.title, category: demo.category, topic: demo.topic }));
      const base = Date.now();
      for (const [index, text] of demo.examples.entries()) {
        await manager.save(manager.create(SituationExample, { clientId, situationId: situation.id, text, createdAt: new Date(base + index) }));
      }
      for (const demoReply of demo.replies) {
        const wordings = [...(demoReply.history ?? []), demoReply];
        const approved = demoReply.status !== ReplyStatus.DRAFT;
        const reply = await manager.save(
          manager.create(Reply, {
            clientId,
            situationId: situation.id,
            theses: demoReply.theses,
            text: demoReply.text,
            variants: demoReply.variants ?? [],
            platformKinds: demoReply.platformKinds ?? [],
            status: demoReply.status,
            approvedById: approved ? (approver?.id ?? null) : null,
            approvedAt: approved ? new Date() : null,
            revision: wordings.length,
          }),
        );
        for (const [index, wording] of wordings.entries()) {
          // Earlier wordings were approved once; the last is approved only if the reply is.
          const wasApproved = index < wordings.length - 1 || approved;
          await manager.save(
            manager.create(ReplyRevision, {
              clientId,
              replyId: reply.id,
              revision: index + 1,
              theses: wording.theses,
              text: wording.text,
              variants: wording.variants ?? [],
              createdById: approver?.id ?? null,
              approvedById: wasApproved ? (approver?.id ?? null) : null,
              approvedAt: wasApproved ? new Date() : null,
            }),
          );
        }
      }
      created += 1;
    }
  }
  return created;
};
