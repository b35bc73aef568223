import { CaseStatus } from '../api/modules/cases/case-status';

/** What happened to a demo mention: the posts made in answer, the result, an escalation. */
export interface DemoMention {
  platform: string;
  externalId: string;
  authorHandle: string;
  authorName: string | null;
  text: string;
  hoursAgo: number;
  /** The path the case took, after NEW. */
  path: CaseStatus[];
  reactions?: { text: string; hoursAfter: number }[];
  result?: { resolved: boolean; positiveFeedback?: boolean; siteVisit?: boolean; promoUsed?: boolean; note?: string };
  escalation?: { question: string; topic: string | null };
  story?: boolean;
}

/** The demo cases: the car dealer's forums and group, the bank's review site and hashtag. */
export const demoMentions: Record<string, DemoMention[]> = {
  autolider: [
    {
      platform: 'Форум «Клуб владельцев Chery Tiggo»',
      externalId: 'demo-tiggo-1001',
      authorHandle: 'tiggo_max',
      authorName: 'Максим',
      text: 'Подскажите, сколько стоит первое ТО на Tiggo 7 Pro в Автолидере и можно ли записаться на субботу?',
      hoursAgo: 1,
      path: [],
    },
    {
      platform: 'Автофорум «Колёса Подмосковья»',
      externalId: 'demo-kolesa-2001',
      authorHandle: 'andrey_t7',
      authorName: 'Андрей',
      text: 'Автолидер, вы вообще читаете форум? Третью неделю жду запчасть для ремонта по гарантии, менеджер не перезванивает. Безобразие!',
      hoursAgo: 30,
      path: [CaseStatus.IN_PROGRESS],
      escalation: { question: 'Что положено клиенту, если запчасть для гарантийного ремонта ждут больше двух недель: подменный автомобиль, продление гарантии?', topic: 'service' },
    },
    {
      platform: 'Группа «Автолидер» ВКонтакте',
      externalId: 'demo-vk-3001',
      authorHandle: 'olga.smirnova',
      authorName: 'Ольга',
      text: 'Есть ли у вас трейд-ин, если машине 8 лет? И сколько занимает оценка?',
      hoursAgo: 20,
      path: [CaseStatus.IN_PROGRESS, CaseStatus.ANSWERED],
      reactions: [{ text: 'Ольга, здравствуйте! Да, принимаем в трейд-ин автомобили любого возраста. Оценка занимает около 40 минут, записаться можно по телефону салона или в сообщениях группы.', hoursAfter: 3 }],
    },
    {
      platform: 'Форум «Клуб владельцев Chery Tiggo»',
      externalId: 'demo-tiggo-1002',
      authorHandle: 'sergey_pro',
      authorName: 'Сергей',
      text: 'В договор вписали допоборудование, которое я не заказывал, и списали за него деньги. Это нормально вообще?',
      hoursAgo: 50,
      path: [CaseStatus.IN_PROGRESS, CaseStatus.ANSWERED, CaseStatus.MOVED_TO_PRIVATE],
      reactions: [{ text: 'Сергей, здравствуйте! Нам очень жаль, что так вышло. Напишите, пожалуйста, в личные сообщения номер договора — разберёмся сегодня же.', hoursAfter: 2 }],
    },
    {
      platform: 'Форум «Клуб владельцев Chery Tiggo»',
      externalId: 'demo-tiggo-1003',
      authorHandle: 'elena_k',
      authorName: 'Елена',
      text: 'После ТО в Автолидере загорелся чек двигателя. Машине полгода. Что делать, ехать обратно?',
      hoursAgo: 120,
      path: [CaseStatus.IN_PROGRESS, CaseStatus.ANSWERED, CaseStatus.MOVED_TO_PRIVATE, CaseStatus.RESOLVED],
      reactions: [
        { text: 'Елена, здравствуйте! Приезжайте без записи в любой день — проведём диагностику бесплатно. Чтобы подготовить мастера, напишите в личные сообщения номер заказ-наряда.', hoursAfter: 2 },
        { text: 'Елена, спасибо, что дали знать: датчик заменили по гарантии, ошибка больше не появлялась. Хорошей дороги!', hoursAfter: 30 },
      ],
      result: { resolved: true, positiveFeedback: true, note: 'Датчик заменён по гарантии за один визит.' },
      story: true,
    },
    {
      platform: 'Автофорум «Колёса Подмосковья»',
      externalId: 'demo-kolesa-2002',
      authorHandle: 'shiny_r17',
      authorName: null,
      text: 'Продам зимнюю резину R17 на дисках, недорого, Автолидер в подарок не нужен )',
      hoursAgo: 70,
      path: [CaseStatus.CLOSED],
    },
    {
      platform: 'Группа «Автолидер» ВКонтакте',
      externalId: 'demo-vk-3002',
      authorHandle: 'dmitry_tiggo4',
      authorName: 'Дмитрий',
      text: 'Забрал вчера Tiggo 4 в Автолидере, спасибо менеджеру Ирине за терпение и подробную консультацию!',
      hoursAgo: 26,
      path: [CaseStatus.ANSWERED],
      reactions: [{ text: 'Дмитрий, поздравляем с покупкой! Передадим Ирине ваши слова. Если будут вопросы по первому ТО — пишите.', hoursAfter: 5 }],
    },
  ],
  'bank-severny': [
    {
      platform: 'Банки.ру — Народный рейтинг',
      externalId: 'demo-banki-5001',
      authorHandle: 'anna_spb',
      authorName: 'Анна',
      text: 'Почему с карты списали комиссию за обслуживание, если при оформлении обещали бесплатно? Очень недовольна.',
      hoursAgo: 3,
      path: [],
    },
    {
      platform: 'Хэштег #СеверныйПомоги',
      externalId: 'demo-x-6001',
      authorHandle: 'murmansk_ivan',
      authorName: 'Иван',
      text: '#СеверныйПомоги приложение не открывается уже второй день, висит на заставке(((',
      hoursAgo: 8,
      path: [CaseStatus.ANSWERED],
      reactions: [{ text: 'Иван, здравствуйте! Обновите приложение до версии 5.2 — ошибку исправили. Если не поможет, напишите нам в личные сообщения.', hoursAfter: 1 }],
    },
    {
      platform: 'Банки.ру — Народный рейтинг',
      externalId: 'demo-banki-5002',
      authorHandle: 'pavel_arh',
      authorName: 'Павел',
      text: 'Ошибочно списали комиссию за перевод, обратился здесь — вернули за два дня. Спасибо, оперативно.',
      hoursAgo: 96,
      path: [CaseStatus.IN_PROGRESS, CaseStatus.ANSWERED, CaseStatus.RESOLVED],
      reactions: [{ text: 'Павел, здравствуйте! Проверили: комиссия списана ошибочно, вернём её в течение двух рабочих дней. Приносим извинения.', hoursAfter: 4 }],
      result: { resolved: true, positiveFeedback: true },
    },
    {
      platform: 'Банки.ру — Народный рейтинг',
      externalId: 'demo-banki-5003',
      authorHandle: 'lyudmila_v',
      authorName: 'Людмила',
      text: 'Хочу закрыть вклад досрочно, в отделении говорят, что проценты сгорят полностью. Это законно?',
      hoursAgo: 12,
      path: [CaseStatus.IN_PROGRESS],
      escalation: { question: 'Можно ли при досрочном закрытии вклада «Северный максимум» сохранить часть процентов, и как это объяснить клиенту корректно?', topic: 'deposits' },
    },
  ],
};

/** The demo representative's official accounts: one per platform, named as the brand. */
export const demoAccounts: Record<string, { platform: string; handle: string; displayName: string; profileUrl: string }[]> = {
  autolider: [
    { platform: 'Форум «Клуб владельцев Chery Tiggo»', handle: 'Avtolider_official', displayName: 'Автолидер — официальный представитель', profileUrl: 'https://tiggo-club.example/users/avtolider_official' },
    { platform: 'Автофорум «Колёса Подмосковья»', handle: 'Avtolider', displayName: 'Автолидер (официальный аккаунт)', profileUrl: 'https://kolesa-forum.example/member/avtolider' },
    { platform: 'Группа «Автолидер» ВКонтакте', handle: 'autolider', displayName: 'Автолидер — сеть автосалонов', profileUrl: 'https://vk.example/autolider' },
  ],
  'bank-severny': [
    { platform: 'Банки.ру — Народный рейтинг', handle: 'bank_severny', displayName: 'Банк «Северный» — официальный ответ', profileUrl: 'https://banki.example/banks/severny/official' },
    { platform: 'Хэштег #СеверныйПомоги', handle: 'SevernyHelp', displayName: 'Банк «Северный» — поддержка', profileUrl: 'https://x.example/SevernyHelp' },
  ],
};
