import { draftPublicReply } from '../../api/modules/escalations/public-reply';
import { shortSituationKey } from '../../api/modules/escalations/situation-key';
import { ContentRuleKind, emptyBriefContent } from '../../api/modules/briefs/brief-content';

describe('the archive form of an answered escalation', () => {
  it('suggests a short key of a few significant words, not the whole question transliterated', () => {
    expect(shortSituationKey('Что положено клиенту, если запчасть для гарантийного ремонта ждут больше месяца?')).toBe('zapchast-garantiynogo-remonta');
    expect(shortSituationKey('Покроет ли гарантия ремонт кондиционера, если я живу в другом городе?')).toBe('pokroet-garantiya-remont');
    expect(shortSituationKey('???')).toBe('situation');
  });

  it("drafts a public reply from the responsible person's note: addressed to the author, the brief's spelling, signed by the brand", () => {
    const brief = {
      ...emptyBriefContent(),
      contentRules: [{ key: 'brand', kind: ContentRuleKind.BRAND_SPELLING, text: 'Автолидер', variants: ['АвтоЛидер'], note: null }],
    };
    const reply = draftPublicReply('Клиенту положена замена за счёт АвтоЛидер, срок 14 дней', brief);
    expect(reply).toBe('{name}, здравствуйте! Вам положена замена за счёт Автолидер, срок 14 дней. Если останутся вопросы, напишите нам — ответим. {brand}');
  });
});
