import { Menu as RaMenu, usePermissions } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { customPages } from '../pages';

/** The resources' menu, then the custom pages the user's roles open. */
export function Menu() {
  const { permissions } = usePermissions<Permissions>();
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItems />
      {customPages
        .filter((page) => !page.roles || can(permissions, ...page.roles))
        .map((page) => (
          <RaMenu.Item key={page.path} to={page.path} primaryText={page.label} leftIcon={<page.icon />} />
        ))}
    </RaMenu>
  );
}
