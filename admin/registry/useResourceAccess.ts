import { usePermissions, useResourceContext } from 'react-admin';
import type { Permissions } from '../authProvider';
import { adminResources } from '../resources';
import { allows } from './access';

/**
 * What the signed-in person may do with a resource, as its folder declares it: buttons ask this
 * (a delete button shows only where `delete` is true) instead of repeating role checks.
 */
export function useResourceAccess(name?: string): { read: boolean; create: boolean; edit: boolean; delete: boolean } {
  const contextName = useResourceContext();
  const { permissions } = usePermissions<Permissions>();
  const resource = adminResources.find((candidate) => candidate.name === (name ?? contextName));
  if (!resource) return { read: false, create: false, edit: false, delete: false };
  const { access } = resource;
  return {
    read: allows(permissions, access.read),
    create: Boolean(resource.views.create) && allows(permissions, access.create ?? access.read),
    edit: Boolean(resource.views.edit) && allows(permissions, access.edit ?? access.read),
    delete: access.delete !== undefined && allows(permissions, access.delete),
  };
}
