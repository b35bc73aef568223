import { Divider, ListSubheader } from '@mui/material';
import { Fragment, type ReactElement } from 'react';
import { Menu as RaMenu, useResourceDefinitions, useSidebarState, useTranslate, usePermissions } from 'react-admin';
import type { Permissions } from '../authProvider';
import { customPages } from '../pages';
import { allows } from '../registry/access';
import type { MenuPlace } from '../registry/admin-resource';
import { adminResources } from '../resources';

const GROUPS: MenuPlace['group'][] = ['work', 'knowledge', 'setup'];

/** Long Russian labels wrap onto a second line instead of being cut off. */
const itemSx = { '& .MuiListItemText-root, & .MuiTypography-root': { whiteSpace: 'normal' }, alignItems: 'flex-start', py: 0.75 };

/**
 * The menu in three groups, by what people come to do: the daily work on cases, the knowledge the
 * answers come from, and the setup. Each resource and page names its own group and rank.
 */
export function Menu() {
  const { permissions } = usePermissions<Permissions>();
  const registered = useResourceDefinitions();
  const translate = useTranslate();
  const [open] = useSidebarState();
  const entries: { place: MenuPlace; key: string; element: ReactElement }[] = [
    ...adminResources
      .filter((resource) => resource.menu && registered[resource.name]?.hasList)
      .map((resource) => ({ place: resource.menu!, key: resource.name, element: <RaMenu.ResourceItem key={resource.name} name={resource.name} sx={itemSx} /> })),
    ...customPages
      .filter((page) => allows(permissions, page.access))
      .map((page) => ({
        place: page.menu,
        key: page.path,
        element: <RaMenu.Item key={page.path} to={page.path} primaryText={page.label} leftIcon={<page.icon />} sx={itemSx} />,
      })),
  ];
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {GROUPS.map((group) => {
        const items = entries.filter((entry) => entry.place.group === group).sort((a, b) => a.place.order - b.place.order);
        if (!items.length) return null;
        return (
          <Fragment key={group}>
            {open ? (
              <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
                {translate(`repbase.menu.${group}`)}
              </ListSubheader>
            ) : (
              <Divider sx={{ my: 1 }} />
            )}
            {items.map((entry) => entry.element)}
          </Fragment>
        );
      })}
    </RaMenu>
  );
}
