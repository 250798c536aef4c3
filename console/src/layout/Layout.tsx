import type { ReactNode } from 'react';
import { AppBar, Layout as RaLayout, Logout, TitlePortal, UserMenu, useGetIdentity } from 'react-admin';
import { Menu } from './Menu';
import { ScopeSwitcher } from './ScopeSwitcher';

/** The account menu, named after the person so its accessible name matches what is shown. */
function AccountMenu() {
  const { identity } = useGetIdentity();
  return (
    <UserMenu label={identity?.fullName ?? 'Account'}>
      <Logout />
    </UserMenu>
  );
}

function NacccAppBar() {
  return (
    <AppBar color="primary" userMenu={<AccountMenu />}>
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
