import { ConsoleApp } from './console/console-app.tsx';
import { LoginPage } from './login/login-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { BulletinPage } from './public/bulletin-page.tsx';
import { Routes, useLocation } from './router/index.ts';
import { MyCheckinsPage } from './scan/my-checkins-page.tsx';
import { ScanPage } from './scan/scan-page.tsx';

/** The top of the app: the public pages, the residents' scan pages, the login page, and the console (which needs a session). */
export function App() {
  const { pathname } = useLocation();
  if (pathname === '/console' || pathname.startsWith('/console/')) return <ConsoleApp />;
  return (
    <Routes
      routes={[
        { path: '/', render: () => <BulletinPage /> },
        { path: '/login', render: () => <LoginPage /> },
        { path: '/scan', render: () => <ScanPage /> },
        { path: '/scan/history', render: () => <MyCheckinsPage /> },
      ]}
      fallback={<NotFoundPage />}
    />
  );
}
