import { Badge, Button, Dropdown, Menu, Spin, Tooltip } from 'antd';
import { BellOutlined, GlobalOutlined, LogoutOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { api, unwrap } from '../api/client';
import { useSession, type Caller, type Role } from '../auth/session';
import { setLanguage } from '../i18n';
import { useLive } from '../live/live';
import { unitName } from '../common/units';

interface NavItem {
  path: string;
  label: string;
  roles: Role[];
}

const NAV: NavItem[] = [
  { path: '/inbox', label: 'nav.inbox', roles: ['official'] },
  { path: '/board', label: 'nav.board', roles: ['supervisor', 'admin'] },
  { path: '/scores', label: 'nav.scores', roles: ['performance', 'admin', 'supervisor'] },
  { path: '/cockpit', label: 'nav.cockpit', roles: ['admin', 'supervisor', 'performance'] },
  { path: '/enterprises', label: 'nav.enterprises', roles: ['official', 'supervisor', 'admin', 'performance'] },
  { path: '/audit', label: 'nav.audit', roles: ['supervisor', 'admin'] },
  { path: '/plans', label: 'nav.plans', roles: ['admin'] },
  { path: '/notifications', label: 'nav.notifications', roles: ['official', 'supervisor', 'performance', 'admin'] },
];

/** Each role's home page. */
export function homeOf(me: Caller): string {
  if (me.roles.includes('official')) return '/inbox';
  if (me.roles.includes('supervisor')) return '/board';
  if (me.roles.includes('performance')) return '/scores';
  return '/cockpit';
}

export function HomeRedirect() {
  const { me } = useSession();
  return me ? <Navigate to={homeOf(me)} replace /> : null;
}

function Bell() {
  const { t } = useTranslation();
  const unread = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { unread: 'true', limit: 1 } } })),
  });
  const count = unread.data?.unread ?? 0;
  return (
    <Link to="/notifications" aria-label={t('shell.bell', { count })} data-testid="bell">
      <Badge count={count} overflowCount={99} size="small">
        <BellOutlined style={{ fontSize: 20, color: '#fff' }} aria-hidden />
      </Badge>
    </Link>
  );
}

/** The console around every signed-in page: title, role menu, bell, language, the caller. */
export function Shell() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const live = useLive(session.token);
  if (!session.token) return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (session.loading) return <Spin style={{ margin: 48 }} />;
  if (!session.me) {
    session.signOut();
    return <Navigate to="/sign-in" replace />;
  }
  const me = session.me;
  const items = NAV.filter((n) => n.roles.some((r) => me.roles.includes(r)));
  const selected = items.find((n) => location.pathname.startsWith(n.path))?.path ?? (location.pathname.startsWith('/tasks') ? '/inbox' : '');
  return (
    <>
      <a className="duban-skip" href="#main">
        {t('shell.skip')}
      </a>
      <header className="duban-header">
        <h1>
          {t('shell.brand')}
          <span className="duban-hide-narrow"> · {t('shell.subtitle')}</span>
        </h1>
        <span className="spacer" />
        <Tooltip title={t(`live.${live}`)}>
          <span className="duban-hide-narrow" data-testid="live-state" data-state={live} style={{ fontSize: 12, opacity: 0.85 }}>
            ● {t(`live.${live}`)}
          </span>
        </Tooltip>
        <Bell />
        <Button
          type="text"
          size="small"
          icon={<GlobalOutlined aria-hidden />}
          style={{ color: '#fff' }}
          onClick={() => setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}
          aria-label={`${i18n.language === 'en' ? '中文' : 'EN'} ${t('shell.language')}`}
        >
          {i18n.language === 'en' ? '中文' : 'EN'}
        </Button>
        <Dropdown
          menu={{
            items: [{ key: 'out', icon: <LogoutOutlined />, label: t('shell.signOut') }],
            onClick: () => {
              session.signOut();
              void navigate('/sign-in');
            },
          }}
        >
          <Button type="text" style={{ color: '#fff' }} data-testid="who">
            <span className="duban-hide-narrow">{unitName(me.unit, i18n.language)} · </span>
            {me.sub}
          </Button>
        </Dropdown>
      </header>
      <nav className="duban-nav" aria-label={t('shell.nav')}>
        <Menu mode="horizontal" disabledOverflow selectedKeys={[selected]} items={items.map((n) => ({ key: n.path, label: <Link to={n.path}>{t(n.label)}</Link> }))} />
      </nav>
      <main id="main" className="duban-content" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
