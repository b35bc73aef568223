export { categoryChoices } from '../common/choices';

export const replyStatusChoices = ['DRAFT', 'APPROVED', 'RETIRED'].map((status) => ({ id: status, name: `repbase.replyStatus.${status}` }));
