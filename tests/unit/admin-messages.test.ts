import polyglotI18nProvider from 'ra-i18n-polyglot';
import { describeApiError, fieldKey } from '../../admin/api-errors';
import { catalogues } from '../../admin/i18n/i18nProvider';
import { russianResourceMessages } from '../../admin/i18n/resource-messages';

type Tree = { [key: string]: string | Tree };

/** react-admin's own translator (as the panel builds it) over a catalogue. */
function translator(phrases: Tree) {
  const provider = polyglotI18nProvider(() => phrases as never, 'ru');
  return (key: string, options: Record<string, unknown> = {}) => provider.translate(key, options);
}

describe("the admin's words", () => {
  it('writes each resource sentence whole, in the case and gender of its names', () => {
    const apiKey = russianResourceMessages({ one: 'API-ключ', many: 'API-ключи', genitiveMany: 'API-ключей', accusative: 'API-ключ', gender: 'masculine' });
    const situation = russianResourceMessages({ one: 'ситуация', many: 'ситуации', genitiveMany: 'ситуаций', accusative: 'ситуацию', gender: 'feminine', title: 'Аргументарная база' });
    const translate = translator({ resources: { 'api-keys': apiKey, situations: situation } });
    expect(translate('resources.situations.page.create')).toBe('Новая ситуация');
    expect(translate('resources.api-keys.page.create')).toBe('Новый API-ключ');
    expect(translate('resources.api-keys.empty')).toBe('API-ключей пока нет');
    expect(translate('resources.situations.message.delete_title', { recordRepresentation: 'Дубль' })).toBe('Удалить ситуацию «Дубль»?');
    expect(translate('resources.situations.notifications.created', { smart_count: 1 })).toBe('Ситуация создана');
    expect(translate('resources.situations.name', { smart_count: 2 })).toBe('Аргументарная база');
    expect(translate('resources.situations.name', { smart_count: 1 })).toBe('Ситуация');
  });

  it("tells a refusal by its reason, else by its code, and names the fields by the resource's labels", () => {
    const ru = catalogues([]).ru;
    const withReason = translator({ ...ru, reasons: { DUPLICATE_KEY: 'Ключ «%{key}» уже занят' } });
    expect(describeApiError(withReason, { message: 'Key taken', code: 'CONFLICT', extensions: { reason: 'DUPLICATE_KEY', key: 'auto-tires' } })).toBe('Ключ «auto-tires» уже занят');

    const translate = translator(ru);
    // A reason nobody has translated yet falls back on its code's text, never on the English message.
    expect(describeApiError(translate, { message: 'Someone saved first', code: 'CONFLICT', extensions: { reason: 'SOMETHING_NEW' } })).toBe(
      'Кто-то успел изменить запись: обновите страницу',
    );
    expect(
      describeApiError(translate, { message: 'key: invalid', code: 'BAD_USER_INPUT', extensions: { fields: [{ field: 'key', message: 'key must match' }] } }, 'situations'),
    ).toBe('Проверьте заполнение формы. Поля: Ключ');
    expect(describeApiError(translate, { message: 'Something odd' })).toBe('Не получилось: Something odd');
    expect(
      describeApiError(
        translate,
        { message: 'This Situation was changed by pr@x', code: 'CONFLICT', extensions: { reason: 'STALE_VERSION', changes: [{ by: 'pr@repbase.demo', fields: ['title', 'isArchived'] }] } },
        'situations',
      ),
    ).toBe('Пока вы редактировали, запись изменил кто-то другой. Обновите страницу и внесите правку ещё раз. Сохранил(а): pr@repbase.demo; изменено: Ситуация, В архиве');
  });

  it('finds the label of a nested field, whatever way its path is written', () => {
    expect(fieldKey('input.contentRules[9].variants')).toBe('contentRules.variants');
    expect(fieldKey('contentRules.9.variants')).toBe('contentRules.variants');
  });
});
