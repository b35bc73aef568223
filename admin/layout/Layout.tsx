import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { ClientSwitcher } from './ClientSwitcher';
import { Menu } from './Menu';
import { NotificationBell } from '../notifications';

function RepbaseAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <ClientSwitcher />
          <NotificationBell />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      {/* A long title ends in an ellipsis before the client switcher instead of running under it. */}
      <TitlePortal sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', '& > *': { display: 'inline' } }} />
    </AppBar>
  );
}

/**
 * The page and its content column may shrink below their widest child (react-admin's layout is
 * `min-width: fit-content`): wide forms then wrap inside the window instead of widening the page.
 */
const layoutSx = {
  minWidth: 0,
  '& .RaLayout-content': { minWidth: 0 },
  '& .RaFilterFormInput-body .MuiFormControl-root': { minWidth: 220 },
};

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={RepbaseAppBar} menu={Menu} sx={layoutSx}>
      {children}
    </RaLayout>
  );
}
