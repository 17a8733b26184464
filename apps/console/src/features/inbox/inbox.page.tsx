import { Card, Segmented, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useState } from 'react';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { LevelTag } from '../../common/level-tag';
import { TAG } from '../../common/tag-colours';
import { useReadyWhen } from '../../common/ready';
import { Refusal } from '../../common/refusal';

type Inbox = paths['/inbox']['get']['responses'][200]['content']['application/json'];
type Row = Inbox['items'][number];
type Kind = 'all' | Row['kind'];

/** The console path of an item: the API gives `/console/…`; the router's base is `/console`. */
const routeOf = (row: Row) => row.href.replace(/^\/console/, '');

/**
 * 我的待办: the unit's plan tasks, information briefs and enterprise steps in one list, most urgent
 * first (the API sorts: overdue longest first, then fewest working days left on the holiday calendar).
 */
export function InboxPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<Kind>('all');
  const inbox = useQuery({ queryKey: ['inbox'], queryFn: () => unwrap(api.GET('/inbox')) });
  useReadyWhen(!inbox.isPending);
  if (inbox.isError) return <Refusal error={inbox.error} />;
  const data = inbox.data;
  const rows = (data?.items ?? []).filter((r) => kind === 'all' || r.kind === kind);
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        {t('inbox.title')}
      </Typography.Title>
      {data && (
        <Space wrap size="large">
          <Statistic title={t('inbox.total')} value={data.counts.total} />
          <Statistic title={t('inbox.overdue')} value={data.counts.overdue} valueStyle={{ color: data.counts.overdue ? '#cf1322' : undefined }} />
          <Statistic title={t('level.red')} value={data.counts.byLevel.red + data.counts.byLevel['leading-group']} />
          <Statistic title={t('level.yellow')} value={data.counts.byLevel.yellow} />
        </Space>
      )}
      <Segmented<Kind>
        value={kind}
        onChange={setKind}
        options={[
          { value: 'all', label: t('inbox.all') },
          { value: 'task', label: t('inbox.tasks') },
          { value: 'brief', label: t('inbox.briefs') },
          { value: 'enterprise-step', label: t('inbox.steps') },
        ]}
      />
      <Card>
        <Table<Row>
          rowKey="id"
          loading={inbox.isPending}
          dataSource={rows}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          columns={[
            {
              title: t('inbox.task'),
              render: (_, row) => (
                <Space orientation="vertical" size={0}>
                  <Link to={routeOf(row)} data-testid="inbox-item" data-id={row.id}>
                    {row.title}
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`inbox.kind.${row.kind}`)}
                    {row.step ? ` · ${row.step}` : ''} · {t(`inbox.role.${row.role}`)}
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('inbox.due'), dataIndex: 'deadline' },
            {
              title: t('inbox.left'),
              render: (_, row) =>
                row.workingDaysLeft < 0 || row.overdue ? (
                  <Tag variant="solid" color={TAG.red}>{t('inbox.overdueDays', { count: Math.abs(row.workingDaysLeft) })}</Tag>
                ) : (
                  <span>{t('inbox.workingDaysLeft', { count: row.workingDaysLeft })}</span>
                ),
            },
            {
              title: t('inbox.state'),
              render: (_, row) => (
                <Space size={4} wrap>
                  <LevelTag level={row.level} />
                  {row.kind !== 'enterprise-step' && <Tag>{t(`status.${row.status}`, { defaultValue: row.status })}</Tag>}
                  {row.contributionPending && <Tag variant="solid" color={TAG.cyan}>{t('inbox.contributionPending')}</Tag>}
                  {row.extensionPending && <Tag variant="solid" color={TAG.geekblue}>{t('inbox.extensionPending')}</Tag>}
                </Space>
              ),
            },
          ]}
        />
        {data?.truncated && <Typography.Text type="warning">{t('inbox.truncated')}</Typography.Text>}
      </Card>
    </Space>
  );
}
