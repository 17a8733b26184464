import { lazy, Suspense, useEffect, useState, type ReactElement } from 'react';
import { App as AntApp, ConfigProvider, Spin } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCNLocale from 'antd/locale/zh_CN';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import { ApiProblem } from '../api/client';
import { SessionProvider } from '../auth/session';
import { Shell, HomeRedirect } from './shell';
import { NotFoundPage } from './not-found.page';

// Every page loads on demand: the first download is the shell and the libraries every page shares
// (budget: 400 KB gzipped, `nx run console:budget`); each page adds only its own components.
const SignInPage = lazy(() => import('../features/sign-in/sign-in.page').then((m) => ({ default: m.SignInPage })));
const InboxPage = lazy(() => import('../features/inbox/inbox.page').then((m) => ({ default: m.InboxPage })));
const TaskPage = lazy(() => import('../features/tasks/task.page').then((m) => ({ default: m.TaskPage })));
const BoardPage = lazy(() => import('../features/board/board.page'));
const DirectivePrintPage = lazy(() => import('../features/board/directive-print.page'));
const AuditPage = lazy(() => import('../features/audit/audit.page'));
const ScoresPage = lazy(() => import('../features/scores/scores.page'));
const CockpitPage = lazy(() => import('../features/cockpit/cockpit.page'));
const EnterprisesPage = lazy(() => import('../features/enterprises/enterprises.page'));
const EnterprisePage = lazy(() => import('../features/enterprises/enterprise.page'));
const PlansPage = lazy(() => import('../features/plans/plans.page'));
const NotificationsPage = lazy(() => import('../features/notifications/notifications.page'));

/**
 * The government red, and text tokens darkened from antd's defaults so secondary text, links,
 * placeholders and badges reach WCAG AA contrast (axe's rule; antd's greys are 3.5–4.4:1).
 */
const THEME = {
  token: {
    colorPrimary: '#b3261e',
    colorLink: '#0958d9',
    // Darker on hover and press, not antd's lighter default: a link caught mid-transition on a grey
    // row read 4.45:1 to axe (#2c6edb on #f6f6f6).
    colorLinkHover: '#003eb3',
    colorLinkActive: '#002c8c',
    colorError: '#cf1322',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.58)',
    borderRadius: 4,
  },
};

// autoInsertSpace off (below): antd writes "登 录" for a two-character label, which is then not the
// accessible name's "登录…" (axe: label-content-name-mismatch) and reads oddly to a screen reader.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // A refusal or a missing object does not get better by asking again; a 503 may.
      retry: (count, error) => !(error instanceof ApiProblem && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const page = (element: ReactElement) => <Suspense fallback={<Spin style={{ margin: 48 }} />}>{element}</Suspense>;

const router = createBrowserRouter(
  [
    { path: '/sign-in', element: page(<SignInPage />) },
    { path: '/directives/:taskId/:directiveId/print', element: page(<DirectivePrintPage />) },
    {
      path: '/',
      element: <Shell />,
      children: [
        { index: true, element: <HomeRedirect /> },
        { path: 'inbox', element: page(<InboxPage />) },
        { path: 'tasks/:taskId', element: page(<TaskPage />) },
        { path: 'board', element: page(<BoardPage />) },
        { path: 'audit', element: page(<AuditPage />) },
        { path: 'scores', element: page(<ScoresPage />) },
        { path: 'cockpit', element: page(<CockpitPage />) },
        { path: 'enterprises', element: page(<EnterprisesPage />) },
        { path: 'enterprises/:id', element: page(<EnterprisePage />) },
        { path: 'plans', element: page(<PlansPage />) },
        { path: 'notifications', element: page(<NotificationsPage />) },
        { path: 'home', element: <Navigate to="/" replace /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: '/console' },
);

export function App() {
  const { i18n } = useTranslation();
  const [lang, setLang] = useState(i18n.language);
  useEffect(() => {
    const onChange = (next: string) => setLang(next);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);
  useEffect(() => {
    dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
    document.documentElement.lang = lang;
  }, [lang]);
  return (
    <ConfigProvider locale={lang === 'en' ? enUS : zhCNLocale} theme={THEME} button={{ autoInsertSpace: false }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <SessionProvider>
            <RouterProvider router={router} />
          </SessionProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
