import { Card, Col, Descriptions, Empty, Row, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { useSession } from '../../auth/session';
import { formatActor, formatDate, formatTime } from '../../common/format';
import { LevelTag, type Level } from '../../common/level-tag';
import { useReadyWhen } from '../../common/ready';
import { Refusal } from '../../common/refusal';
import { unitName } from '../../common/units';
import { TAG } from '../../common/tag-colours';
import { EvidenceLink, type EvidenceRef } from './evidence';
import { taskActions } from './task-actions';

export type TaskView = paths['/tasks/{taskId}']['get']['responses'][200]['content']['application/json'];

/** The highest card raised and not resolved on the task's current deadline. */
export function currentLevel(task: TaskView): Level {
  const open = task.escalations.filter((e) => !e.resolvedAt);
  for (const level of ['leading-group', 'red', 'yellow'] as const) if (open.some((e) => e.level === level)) return level;
  const reminded = task.ladder.some((l) => l.kind === 'reminder' && l.fired);
  return reminded && task.status !== 'accepted' ? 'reminder' : 'none';
}

const STATUS_COLOUR: Record<TaskView['status'], string> = { assigned: TAG.grey, in_progress: TAG.blue, submitted: TAG.orange, accepted: TAG.green };

export function TaskPage() {
  const { taskId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const task = useQuery({ queryKey: ['task', taskId], queryFn: () => unwrap(api.GET('/tasks/{taskId}', { params: { path: { taskId } } })) });
  useReadyWhen(!task.isPending);
  if (task.isPending) return <Spin style={{ margin: 48 }} />;
  if (task.isError) return <Refusal error={task.error} />;
  const view = task.data;
  const me = session.me;
  const refresh = async (next: TaskView) => {
    queryClient.setQueryData(['task', taskId], next);
    await queryClient.invalidateQueries({ queryKey: ['tasks'] });
    await queryClient.invalidateQueries({ queryKey: ['inbox'] });
  };
  const title = i18n.language === 'en' ? view.titleEn : view.title;
  const lang = i18n.language;
  const forms = taskActions(view, me, refresh, t);
  const lastRejection = [...view.history].reverse().find((h) => h.action === 'rejected');

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        <Space wrap>
          <span data-testid="task-title">
            {view.taskCode} · {title}
          </span>
          <Tag variant="solid" color={STATUS_COLOUR[view.status]} data-testid="task-status" data-status={view.status}>
            {t(`status.${view.status}`)}
          </Tag>
          {view.overdue && <Tag variant="solid" color={TAG.red}>{t('task.overdue')}</Tag>}
          <LevelTag level={currentLevel(view)} />
        </Space>
      </Typography.Title>
      {lastRejection && view.status !== 'accepted' && view.status !== 'submitted' && (
        <Card size="small" type="inner" title={t('task.rejectedWith')} data-testid="rejection-reason" style={{ borderColor: '#ffa39e' }}>
          {lastRejection.note} <Typography.Text type="secondary">— {formatActor(lastRejection.actor)}，{formatTime(lastRejection.at)}</Typography.Text>
        </Card>
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('task.facts')}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('task.unit')}>{unitName(view.unit, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('task.coUnits')}>{view.coUnits.map((u) => unitName(u, lang)).join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('task.due')}>
                {view.due}
                {view.due !== view.originalDue && <Typography.Text type="secondary">（{t('task.originalDue', { due: view.originalDue })}）</Typography.Text>}
              </Descriptions.Item>
              <Descriptions.Item label={t('task.progressPercent')}>{view.progressPercent}%</Descriptions.Item>
              <Descriptions.Item label={t('task.deliverable')} span={2}>
                {view.deliverable}
              </Descriptions.Item>
              <Descriptions.Item label={t('task.plan')} span={2}>
                {view.planId}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('task.ladder')}>
            <Timeline
              data-testid="ladder"
              items={view.ladder.map((step) => ({
                color: step.fired ? (step.kind === 'reminder' ? 'blue' : step.kind === 'yellow' ? 'gold' : step.kind === 'red' ? 'red' : 'purple') : 'gray',
                content: (
                  <span>
                    {t(`level.${step.kind}`)}
                    {step.repeat ? ` ×${step.repeat + 1}` : ''} · {formatTime(step.at)} · {step.fired ? t('task.fired') : t('task.planned')}
                  </span>
                ),
              }))}
            />
          </Card>
        </Col>
      </Row>
      {forms.length > 0 && (
        <Card title={t('task.actions')}>
          {/* Keyed by status: the step that is now possible opens first (a rejected task opens on 报送 again). */}
          <Tabs key={view.status} items={forms} />
        </Card>
      )}
      <Card title={t('task.submissions')}>
        {view.submissions.length === 0 ? (
          <Empty description={t('task.noSubmissions')} />
        ) : (
          <Table
            rowKey="version"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={view.submissions}
            columns={[
              { title: t('task.version'), dataIndex: 'version', render: (v: number) => `v${v}` },
              { title: t('task.at'), dataIndex: 'at', render: formatTime },
              { title: t('task.actor'), dataIndex: 'actor', render: formatActor },
              { title: t('task.summary'), dataIndex: 'summary' },
              { title: t('task.evidence'), dataIndex: 'evidence', render: (refs: EvidenceRef[]) => <Space wrap>{refs.map((r) => <EvidenceLink key={r.uri} taskId={taskId} evidence={r} />)}</Space> },
            ]}
          />
        )}
      </Card>
      {view.coUnits.length > 0 && (
        <Card title={t('task.contributions')}>
          <Table
            rowKey="unit"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={view.contributions}
            columns={[
              { title: t('task.unit'), dataIndex: 'unit', render: (u: string) => unitName(u, lang) },
              { title: t('task.state'), dataIndex: 'status', render: (s: string) => t(`contribution.${s}`) },
              { title: t('task.summary'), render: (_: unknown, c) => c.summary ?? c.reason ?? '—' },
              { title: t('task.evidence'), render: (_: unknown, c) => <Space wrap>{(c.evidence ?? []).map((r) => <EvidenceLink key={r.uri} taskId={taskId} evidence={r} />)}</Space> },
            ]}
          />
        </Card>
      )}
      {(view.extensions.length > 0 || view.directives.length > 0) && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={12}>
            <Card title={t('task.extensions')}>
              {view.extensions.length === 0 ? (
                <Empty />
              ) : (
                view.extensions.map((e) => (
                  <p key={e.id}>
                    {e.previousDue} → {e.requestedDue} · {t(`extension.${e.status}`)} · {e.reason}
                    {e.comment ? `（${e.comment}）` : ''}
                  </p>
                ))
              )}
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('task.directives')}>
              {view.directives.length === 0 ? (
                <Empty />
              ) : (
                view.directives.map((d) => (
                  <p key={d.id}>
                    {formatDate(d.issuedAt)} · {t('task.committedDate')} {d.committedDate} · {d.instructions}{' '}
                    <Link to={`/directives/${encodeURIComponent(taskId)}/${encodeURIComponent(d.id)}/print`}>{t('task.printDirective')}</Link>
                  </p>
                ))
              )}
            </Card>
          </Col>
        </Row>
      )}
      <Card title={t('task.history')}>
        <Timeline
          data-testid="history"
          items={view.history.map((h) => ({
            content: (
              <span data-testid="history-step" data-action={h.action}>
                <strong>{t(`action.${h.action}`)}</strong> · {formatTime(h.at)} · <span data-testid="history-actor">{formatActor(h.actor)}</span>
                {h.note ? ` · ${h.note}` : ''}
              </span>
            ),
          }))}
        />
        {(me?.roles.includes('supervisor') || me?.roles.includes('admin')) && <Link to={`/audit?subject=${encodeURIComponent(taskId)}`}>{t('task.auditTrail')}</Link>}
      </Card>
    </Space>
  );
}
