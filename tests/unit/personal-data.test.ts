import { findPersonalData, passesLuhn, PersonalDataKind } from '../../api/modules/argument-base/personal-data';

const found = (text: string) => findPersonalData(text).map((item) => [item.kind, item.fragment]);

describe('personal data in a text', () => {
  it('finds phone numbers written the ways people write them', () => {
    expect(found('Позвоните мне: +7 (912) 345-67-89 или 8 912 345 67 89, рабочий 89123456789, (495) 123-45-67.')).toEqual([
      [PersonalDataKind.PHONE, '+7 (912) 345-67-89'],
      [PersonalDataKind.PHONE, '8 912 345 67 89'],
      [PersonalDataKind.PHONE, '89123456789'],
      [PersonalDataKind.PHONE, '(495) 123-45-67'],
    ]);
  });

  it("does not report the company's toll-free 8-800 line", () => {
    expect(found('Звоните на горячую линию 8-800-555-35-35 или +7 800 555 35 35.')).toEqual([]);
  });

  it('finds e-mail addresses, Cyrillic ones too', () => {
    expect(found('Пишите: ivan.petrov+bank@mail.ru или почта@пример.рф.')).toEqual([
      [PersonalDataKind.EMAIL, 'ivan.petrov+bank@mail.ru'],
      [PersonalDataKind.EMAIL, 'почта@пример.рф'],
    ]);
  });

  it('finds card numbers only when they pass the Luhn check', () => {
    expect(passesLuhn('4111111111111111')).toBe(true);
    expect(passesLuhn('4276380012345679')).toBe(true);
    expect(passesLuhn('4276380012345670')).toBe(false);
    expect(found('Карта 4276 3800 1234 5679 и номер заявки 4276 3800 1234 5670')).toEqual([[PersonalDataKind.CARD_NUMBER, '4276 3800 1234 5679']]);
  });

  it('finds passport series and number, and 20-digit bank accounts', () => {
    expect(found('Паспорт серии 45 10 № 123456, счёт 40817810099910004312.')).toEqual([
      [PersonalDataKind.PASSPORT_NUMBER, '45 10 № 123456'],
      [PersonalDataKind.BANK_ACCOUNT, '40817810099910004312'],
    ]);
  });

  it('finds contract numbers named as such, and leaves dates and years alone', () => {
    expect(found('По договору № 45-КР/2024 и номер договора: 778812; полис 7700123456.')).toEqual([
      [PersonalDataKind.CONTRACT_NUMBER, '45-КР/2024'],
      [PersonalDataKind.CONTRACT_NUMBER, '778812'],
      [PersonalDataKind.CONTRACT_NUMBER, '7700123456'],
    ]);
    expect(found('По договору от 12.03.2024, договор 2024 года, пункт 5 договора.')).toEqual([]);
  });

  it('reports where each piece stands in the text', () => {
    const text = 'Напишите на a@b.ru';
    expect(findPersonalData(text)).toEqual([{ kind: PersonalDataKind.EMAIL, fragment: 'a@b.ru', start: 12, end: 18 }]);
  });
});
