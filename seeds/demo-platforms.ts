import { KpiMetric, KpiPeriod } from '../api/modules/kpis/kpi-metric';
import { PlatformKind } from '../api/modules/platforms/platform-kind';
import { AgreementStatus, Platform } from '../api/modules/platforms/platform.entity';
import type { SeedStep } from './demo';

type DemoPlatform = Omit<Partial<Platform>, 'clientId'> & { name: string; kind: PlatformKind };

/** Where the demo clients' representatives speak: auto forums for the dealer, a review site for the bank. */
export const demoPlatforms: Record<string, DemoPlatform[]> = {
  autolider: [
    {
      kind: PlatformKind.FORUM,
      name: 'Форум «Клуб владельцев Chery Tiggo»',
      url: 'https://tiggo-club.example/forum',
      audience: 'Владельцы и будущие покупатели кроссоверов, 28–50 лет; вопросы о выборе комплектации, ТО и гарантии',
      geography: 'Москва и Московская область',
      agreementStatus: AgreementStatus.AGREED,
      agreementContact: 'Администратор форума Сергей, admin@tiggo-club.example',
      agreementDate: new Date('2026-09-01T00:00:00Z'),
      replyLengthLimit: 4000,
      kpiCeilings: [
        { metric: KpiMetric.VIEWS, value: 4000, period: KpiPeriod.MONTH },
        { metric: KpiMetric.THREAD_MESSAGES, value: 200, period: KpiPeriod.MONTH },
      ],
    },
    {
      kind: PlatformKind.FORUM,
      name: 'Автофорум «Колёса Подмосковья»',
      url: 'https://kolesa-forum.example',
      audience: 'Автомобилисты региона: покупка, кредит, трейд-ин, сервис',
      geography: 'Московская область',
      agreementStatus: AgreementStatus.NEGOTIATING,
      agreementContact: 'modteam@kolesa-forum.example',
      replyLengthLimit: 2500,
      kpiCeilings: [{ metric: KpiMetric.VIEWS, value: 2500, period: KpiPeriod.MONTH }],
    },
    {
      kind: PlatformKind.SOCIAL_GROUP,
      name: 'Группа «Автолидер» ВКонтакте',
      url: 'https://vk.example/autolider',
      audience: 'Подписчики официальной группы: клиенты салонов и сервиса',
      geography: 'Москва',
      agreementStatus: AgreementStatus.AGREED,
      replyLengthLimit: 4096,
      kpiCeilings: [{ metric: KpiMetric.SITE_VISITS, value: 150, period: KpiPeriod.MONTH }],
    },
  ],
  'bank-severny': [
    {
      kind: PlatformKind.REVIEW_SITE,
      name: 'Банки.ру — Народный рейтинг',
      url: 'https://banki.example/reviews/severny',
      audience: 'Клиенты банков, оставляющие отзывы; читают будущие клиенты',
      geography: 'Вся Россия, больше всего Северо-Запад',
      agreementStatus: AgreementStatus.AGREED,
      agreementContact: 'Отдел по работе с банками, partners@banki.example',
      agreementDate: new Date('2026-06-15T00:00:00Z'),
      replyLengthLimit: 2000,
      kpiCeilings: [
        { metric: KpiMetric.PROBLEMS_SOLVED, value: 60, period: KpiPeriod.MONTH },
        { metric: KpiMetric.POSITIVE_REVIEWS, value: 40, period: KpiPeriod.MONTH },
      ],
    },
    {
      kind: PlatformKind.HASHTAG_HOTLINE,
      name: 'Хэштег #СеверныйПомоги',
      url: 'https://x.example/hashtag/СеверныйПомоги',
      audience: 'Клиенты, которые пишут в соцсетях о проблемах с картами и приложением',
      geography: 'Санкт-Петербург, Мурманск, Архангельск',
      agreementStatus: AgreementStatus.NOT_STARTED,
      replyLengthLimit: 280,
      kpiCeilings: [],
    },
  ],
};

/** Creates the demo platforms that are missing (by name). */
export const seedPlatforms: SeedStep = async (manager, clients) => {
  let created = 0;
  for (const [slug, platforms] of Object.entries(demoPlatforms)) {
    const clientId = clients.get(slug)!.id;
    for (const platform of platforms) {
      if (await manager.existsBy(Platform, { clientId, name: platform.name })) continue;
      await manager.save(manager.create(Platform, { url: null, audience: null, geography: null, agreementContact: null, agreementDate: null, replyLengthLimit: null, ...platform, clientId }));
      created += 1;
    }
  }
  return created;
};
