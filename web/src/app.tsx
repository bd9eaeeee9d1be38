import { ConsoleApp } from './console/console-app.tsx';
import { LoginPage } from './login/login-page.tsx';
import { NotFoundPage } from './not-found-page.tsx';
import { BulletinPage } from './public/bulletin-page.tsx';
import { Routes, useLocation } from './router/index.ts';

/** The top of the app: the public pages, the login page, and the console (which needs a session). */
export function App() {
  const { pathname } = useLocation();
  if (pathname === '/console' || pathname.startsWith('/console/')) return <ConsoleApp />;
  return (
    <Routes
      routes={[
        { path: '/', render: () => <BulletinPage /> },
        { path: '/login', render: () => <LoginPage /> },
      ]}
      fallback={<NotFoundPage />}
    />
  );
}
