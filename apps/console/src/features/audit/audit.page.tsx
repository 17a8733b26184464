import { useState } from 'react';
import { Alert, Button, Card, Form, Input, Space, Table, Tag, Timeline, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { formatTime } from '../../common/format';
import { TAG } from '../../common/tag-colours';
import { useReadyWhen } from '../../common/ready';
import { problemText } from '../../common/refusal';

interface Actor {
  sub?: string;
  unit?: string;
}

/** Who did it: most events carry the actor in their data; the ladder's and the system's do not. */
const actorOf = (data: Record<string, unknown>): Actor | undefined => (typeof data.actor === 'object' && data.actor !== null ? (data.actor as Actor) : undefined);

/** 审计: the full event trail of one task or enterprise with its actors, and the log's integrity check. */
export default function AuditPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const subject = params.get('subject') ?? '';
  const [draft, setDraft] = useState(subject);
  const trail = useQuery({
    queryKey: ['audit', 'subject', subject],
    enabled: subject !== '',
    queryFn: () => unwrap(api.GET('/audit/events', { params: { query: { subject, limit: 500 } } })),
  });
  const verify = useQuery({ queryKey: ['audit', 'verify'], queryFn: () => unwrap(api.GET('/audit/verify')), staleTime: 60_000 });
  useReadyWhen(!verify.isPending && (subject === '' || !trail.isPending));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        {t('audit.title')}
      </Typography.Title>
      <Card>
        <Form layout="inline" onFinish={() => setParams(draft.trim() ? { subject: draft.trim() } : {})}>
          <Form.Item label={t('audit.subject')} htmlFor="audit-subject" extra={t('audit.subjectHelp')}>
            <Input id="audit-subject" value={draft} onChange={(e) => setDraft(e.target.value)} style={{ width: 340, maxWidth: '100%' }} />
          </Form.Item>
          <Button type="primary" htmlType="submit">
            {t('audit.show')}
          </Button>
        </Form>
      </Card>
      {subject !== '' && (
        <Card title={`${t('audit.timeline')} · ${subject}`} data-testid="audit-timeline">
          {trail.isError ? (
            <Alert type="error" role="alert" showIcon title={problemText(trail.error, t)} />
          ) : trail.data?.items.length === 0 ? (
            <Typography.Text>{t('audit.empty')}</Typography.Text>
          ) : (
            <Timeline
              items={(trail.data?.items ?? []).map((event) => {
                const actor = actorOf(event.data);
                return {
                  content: (
                    <span data-testid="audit-event" data-type={event.type}>
                      <strong>{t(`events.${event.type}`, { defaultValue: event.type })}</strong> · {formatTime(event.time)} · {t('audit.actor')}：
                      <span data-testid="audit-actor">{actor ? [actor.sub, actor.unit].filter(Boolean).join(' · ') : t('audit.system')}</span>
                      {typeof event.data.reason === 'string' && ` · ${event.data.reason}`}
                    </span>
                  ),
                };
              })}
            />
          )}
        </Card>
      )}
      <Card
        title={t('audit.integrity')}
        data-testid="audit-integrity"
        extra={
          <Button onClick={() => void verify.refetch()} loading={verify.isFetching}>
            {t('audit.verify')}
          </Button>
        }
      >
        {verify.isError && <Alert type="error" role="alert" showIcon title={problemText(verify.error, t)} />}
        {verify.data && (
          <>
            <Tag variant="solid" color={verify.data.ok ? TAG.green : TAG.red} data-testid="integrity-result" data-ok={String(verify.data.ok)}>
              {verify.data.ok ? t('audit.intact') : t('audit.broken')}
            </Tag>
            <Table
              rowKey="chain"
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={verify.data.chains}
              columns={[
                { title: t('audit.chain'), dataIndex: 'chain' },
                { title: t('audit.records'), dataIndex: 'records' },
                { title: t('audit.head'), render: (_: unknown, c) => (c.head ? `#${c.head.seq}` : '—') },
              ]}
            />
            {verify.data.problems.map((p, i) => (
              <Alert key={i} type="error" showIcon title={JSON.stringify(p)} style={{ marginTop: 8 }} />
            ))}
          </>
        )}
      </Card>
    </Space>
  );
}
