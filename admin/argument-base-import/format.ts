import { toCsv } from '../common/csv';

/** The public argument-base CSV's header (RFC 4180, UTF-8); the import reads exactly these columns. */
export const ARGUMENT_BASE_HEADER = ['client', 'key', 'situation', 'category', 'examples', 'reply', 'topic'];

/** Phrasings share one cell, separated by " | ". */
export const EXAMPLE_SEPARATOR = ' | ';

/** A file to start from: two rows of the public format for the current client. */
export function sampleArgumentBaseCsv(clientSlug: string): string {
  return toCsv(ARGUMENT_BASE_HEADER, [
    [
      clientSlug,
      'warranty-part-wait',
      'Долго ждать запчасть по гарантии',
      'NEGATIVE',
      ['Третью неделю жду запчасть по гарантии', 'Сколько можно ждать деталь на гарантийный ремонт?'].join(EXAMPLE_SEPARATOR),
      '{name}, здравствуйте! Сожалеем, что ожидание затянулось. Напишите, пожалуйста, в личные сообщения номер заказ-наряда: уточним срок поставки и предложим подменный автомобиль. {brand}',
      'warranty',
    ],
    [
      clientSlug,
      'service-booking',
      'Как записаться на ТО',
      'SUPPORT',
      ['Как записаться на ТО?', 'Можно записаться на сервис онлайн?'].join(EXAMPLE_SEPARATOR),
      '{name}, здравствуйте! Записаться на ТО можно на сайте, по телефону или в приложении; удобное время подберём.',
      '',
    ],
  ]);
}
