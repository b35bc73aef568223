import { Divider, ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu as RaMenu, useResourceDefinitions, useSidebarState, useTranslate, usePermissions } from 'react-admin';
import { can, type Permissions } from '../authProvider';
import { customPages, type CustomPage } from '../pages';

type Entry = { resource: string } | { page: string };

/**
 * The menu in three groups, by what people come to do: the daily work on cases, the knowledge the
 * answers come from, and the setup. A resource or page not placed here still shows, under the last
 * group, so a new module is never hidden.
 */
const SECTIONS: { label: string; entries: Entry[] }[] = [
  { label: 'repbase.menu.work', entries: [{ resource: 'cases' }, { resource: 'my-questions' }, { resource: 'escalations' }, { page: '/try-it' }, { resource: 'case-stories' }] },
  {
    label: 'repbase.menu.knowledge',
    entries: [{ resource: 'brief' }, { resource: 'brief-versions' }, { resource: 'situations' }, { page: '/argument-base-import' }],
  },
  {
    label: 'repbase.menu.setup',
    entries: [{ resource: 'platforms' }, { resource: 'representatives' }, { resource: 'clients' }, { resource: 'users' }, { resource: 'api-keys' }, { resource: 'audit-events' }],
  },
];

export function Menu() {
  const { permissions } = usePermissions<Permissions>();
  const resources = useResourceDefinitions();
  const translate = useTranslate();
  const [open] = useSidebarState();
  const pages = new Map(customPages.filter((page) => !page.roles || can(permissions, ...page.roles)).map((page) => [page.path, page]));
  const listed = (name: string) => Boolean(resources[name]?.hasList);
  const placed = new Set(SECTIONS.flatMap((section) => section.entries.map((entry) => ('resource' in entry ? entry.resource : entry.page))));
  const unplaced: Entry[] = [
    ...Object.keys(resources).filter((name) => !placed.has(name)).map((resource) => ({ resource })),
    ...[...pages.keys()].filter((path) => !placed.has(path)).map((page) => ({ page })),
  ];
  const sections = SECTIONS.map((section, index) => ({
    ...section,
    entries: [...section.entries, ...(index === SECTIONS.length - 1 ? unplaced : [])].filter((entry) =>
      'resource' in entry ? listed(entry.resource) : pages.has(entry.page),
    ),
  })).filter((section) => section.entries.length > 0);

  const pageItem = (page: CustomPage) => <RaMenu.Item key={page.path} to={page.path} primaryText={page.label} leftIcon={<page.icon />} />;
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {sections.map((section) => (
        <Fragment key={section.label}>
          {open ? (
            <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent' }}>
              {translate(section.label)}
            </ListSubheader>
          ) : (
            <Divider sx={{ my: 1 }} />
          )}
          {section.entries.map((entry) =>
            'resource' in entry ? <RaMenu.ResourceItem key={entry.resource} name={entry.resource} /> : pageItem(pages.get(entry.page)!),
          )}
        </Fragment>
      ))}
    </RaMenu>
  );
}
