import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, LoadingIndicator, LocalesMenuButton, TitlePortal } from 'react-admin';
import { ClientSwitcher } from './ClientSwitcher';

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
  return <RaLayout appBar={RepbaseAppBar}>{children}</RaLayout>;
}
