import { useState } from 'react';
import { Badge, Button, Card, Empty, Space, Spin, Switch, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { formatTime } from '../../common/format';
import { useReadyWhen } from '../../common/ready';
import { Refusal } from '../../common/refusal';

/** The unit's notifications (the bell's list), newest first, in the user's language. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery({
    queryKey: ['notifications', 'list', unreadOnly],
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { limit: 100, ...(unreadOnly && { unread: 'true' as const }) } } })),
  });
  useReadyWhen(!list.isPending);
  if (list.isError) return <Refusal error={list.error} />;
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['notifications'] });
  const lang = i18n.language === 'en' ? 'en' : 'zh';
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        {t('notifications.title')}
      </Typography.Title>
      <Space wrap>
        <label>
          <Switch checked={unreadOnly} onChange={setUnreadOnly} aria-label={t('notifications.unreadOnly')} /> {t('notifications.unreadOnly')}
        </label>
        <Button onClick={() => void unwrap(api.POST('/notifications/read-all', {})).then(refresh)} disabled={!list.data?.unread}>
          {t('notifications.readAll')}
        </Button>
      </Space>
      <Card>
        {list.isPending ? (
          <Spin />
        ) : (list.data?.items.length ?? 0) === 0 ? (
          <Empty description={t('notifications.empty')} />
        ) : (
          <ul className="duban-rows">
            {list.data?.items.map((n) => (
              <li key={n.id} data-testid="notification" data-read={String(n.read)}>
                <div>
                  <div className="duban-row-title">
                    {!n.read && <Badge status="error" text={t('notifications.unread')} style={{ marginRight: 8 }} />}
                    {n.title[lang]}
                  </div>
                  <Typography.Text type="secondary">
                    {n.body[lang]} · {formatTime(n.createdAt)}
                  </Typography.Text>
                </div>
                <Space>
                  <Link to={n.link.kind === 'task' ? `/tasks/${encodeURIComponent(n.link.id)}` : `/enterprises/${encodeURIComponent(n.link.id)}`}>{t('notifications.open')}</Link>
                  {!n.read && (
                    <Button size="small" onClick={() => void unwrap(api.POST('/notifications/{id}/read', { params: { path: { id: n.id } } })).then(refresh)}>
                      {t('notifications.read')}
                    </Button>
                  )}
                </Space>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </Space>
  );
}
