import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, TitlePortal } from 'react-admin';
import { Menu } from './Menu';
import { ScopeSwitcher } from './ScopeSwitcher';

function NacccAppBar() {
  return (
    <AppBar color="primary">
      <TitlePortal />
      <ScopeSwitcher />
    </AppBar>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  return (
    <RaLayout menu={Menu} appBar={NacccAppBar}>
      {children}
    </RaLayout>
  );
}
