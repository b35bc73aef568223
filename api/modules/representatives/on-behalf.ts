import { badInput } from '../../common/errors';
import { ErrorReason } from '../../common/error-reasons';
import { isUuid } from '../../common/ids';
import type { RequestContext } from '../../context';
import { Role } from '../users/role';
import { User } from '../users/user.entity';
import { Representative } from './representative.entity';

export const ON_BEHALF_OF_DESCRIPTION =
  'API keys (cases:write) only: the id of the Representative of the key\'s client the key acts for; they must be active. ' +
  "The representative's rules apply (their own official account) and the audit names the key and them. Staff leave it out.";

/**
 * A tool with cases:write works a case as a named representative would: it must name one of its
 * client's active representatives, and from then on the request acts as them. Staff act as themselves.
 */
export async function actOnBehalf(context: RequestContext, representativeId: string | null | undefined): Promise<void> {
  if (context.caller?.kind !== 'apiKey') {
    if (representativeId) throw badInput({ field: 'onBehalfOf', message: 'only API keys act on behalf of a representative; leave it out' }, ErrorReason.ON_BEHALF_FOR_KEYS_ONLY);
    return;
  }
  if (!representativeId) {
    throw badInput({ field: 'onBehalfOf', message: "an API key names the representative it acts for: the id of one of the client's representatives" }, ErrorReason.ON_BEHALF_REQUIRED);
  }
  const representative = isUuid(representativeId) ? await context.tenant.findOne(Representative, { where: { id: representativeId } }) : null;
  if (!representative) throw badInput({ field: 'onBehalfOf', message: 'no representative of this client has this id' }, ErrorReason.NOT_FOUND);
  const user = await context.dataSource.getRepository(User).findOneBy({ id: representative.userId });
  if (!representative.isActive || !user?.isActive) {
    throw badInput({ field: 'onBehalfOf', message: 'this representative is inactive or their account is deactivated' }, ErrorReason.REPRESENTATIVE_INACTIVE);
  }
  context.actFor(user, [Role.REPRESENTATIVE]);
}
