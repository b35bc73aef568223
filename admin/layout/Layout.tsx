import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { ClientSwitcher } from './ClientSwitcher';
import { Menu } from './Menu';

function RepbaseAppBar() {
  return (
    <AppBar
      toolbar={
        <>
          <ClientSwitcher />
          <LocalesMenuButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout appBar={RepbaseAppBar} menu={Menu}>
      {children}
    </RaLayout>
  );
}
