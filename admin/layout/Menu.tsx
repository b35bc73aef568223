import { Menu as RaMenu } from 'react-admin';
import { customPages } from '../custom-pages';

/** The resources, then the custom pages of admin/custom-pages.ts. */
export function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <RaMenu.ResourceItems />
      {customPages.map((page) => {
        const Icon = page.icon;
        return <RaMenu.Item key={page.path} to={page.path} primaryText={page.labelKey} leftIcon={<Icon />} />;
      })}
    </RaMenu>
  );
}
