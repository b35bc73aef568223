import { fillPlaceholders, pickReplyFor, renderReply } from '../../api/modules/argument-base/rendered-reply';
import { ReplyStatus } from '../../api/modules/argument-base/reply.entity';
import { PlatformKind } from '../../api/modules/platforms/platform-kind';

describe('rendering a reply', () => {
  it('fills the author name and the brand', () => {
    expect(fillPlaceholders('{name}, здравствуйте! В {brand} это бесплатно.', { name: 'Ирина', brand: 'Автолидер' })).toEqual({
      text: 'Ирина, здравствуйте! В Автолидер это бесплатно.',
      nameMissing: false,
    });
  });

  it('without a name, drops the address and capitalises what follows', () => {
    expect(fillPlaceholders('{name}, здравствуйте! Спасибо, {name}, что написали.', { brand: 'Банк' })).toEqual({
      text: 'Здравствуйте! Спасибо, что написали.',
      nameMissing: true,
    });
  });

  it('chooses a variant, and stays within the wordings there are', () => {
    const reply = { id: 'r', revision: 2, text: 'Основной', variants: ['Первый', 'Второй'], theses: ['тезис'] };
    expect(renderReply(reply, 2, { brand: 'B' })).toMatchObject({ text: 'Второй', variantIndex: 2, revision: 2 });
    expect(renderReply(reply, 7, { brand: 'B' }).variantIndex).toBe(2);
  });

  it('picks the approved reply made for the platform kind, then one for every kind, never a draft', () => {
    const approvedAt = new Date();
    const forForums = { status: ReplyStatus.APPROVED, platformKinds: [PlatformKind.FORUM], approvedAt, name: 'forums' };
    const forAll = { status: ReplyStatus.APPROVED, platformKinds: [], approvedAt, name: 'all' };
    const draft = { status: ReplyStatus.DRAFT, platformKinds: [PlatformKind.REVIEW_SITE], approvedAt: null, name: 'draft' };
    expect(pickReplyFor([forAll, forForums, draft], PlatformKind.FORUM)?.name).toBe('forums');
    expect(pickReplyFor([forAll, forForums, draft], PlatformKind.REVIEW_SITE)?.name).toBe('all');
    expect(pickReplyFor([draft], PlatformKind.REVIEW_SITE)).toBeUndefined();
  });
});
