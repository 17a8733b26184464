import { useState } from 'react';
import { Button, Card, DatePicker, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ActionForm } from '../../common/action-form';
import { formatTime } from '../../common/format';
import { LevelTag } from '../../common/level-tag';
import { useReadyWhen } from '../../common/ready';
import { Refusal } from '../../common/refusal';
import { unitName } from '../../common/units';

type Board = paths['/board/overdue']['get']['responses'][200]['content']['application/json'];
type Case = paths['/escalations']['get']['responses'][200]['content']['application/json']['items'][number];
type Stats = Board['totals']['total'];

/** 督办看板: overdue by unit × card level, the submissions waiting for review, and the open cases. */
export default function BoardPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [directiveFor, setDirectiveFor] = useState<Case | null>(null);
  const board = useQuery({ queryKey: ['board', 'overdue'], queryFn: () => unwrap(api.GET('/board/overdue')) });
  const submitted = useQuery({ queryKey: ['tasks', 'submitted'], queryFn: () => unwrap(api.GET('/tasks', { params: { query: { status: 'submitted', limit: 200 } } })) });
  const cases = useQuery({ queryKey: ['escalations', 'open'], queryFn: () => unwrap(api.GET('/escalations', { params: { query: { limit: 200 } } })) });
  useReadyWhen(!board.isPending && !submitted.isPending && !cases.isPending);
  if (board.isError) return <Refusal error={board.error} />;
  const lang = i18n.language;
  const cell = (s: Stats | undefined) =>
    s && s.count > 0 ? (
      <span title={t('board.ageHint', { count: s.count, max: s.maxAgeWorkingDays, median: s.medianAgeWorkingDays })}>
        <strong>{s.count}</strong> <Typography.Text type="secondary">（≤{s.maxAgeWorkingDays}）</Typography.Text>
      </span>
    ) : (
      '—'
    );
  const refreshCases = async () => {
    await queryClient.invalidateQueries({ queryKey: ['escalations'] });
    await queryClient.invalidateQueries({ queryKey: ['board'] });
  };
  const openCases = (cases.data?.items ?? []).filter((c) => c.state !== 'resolved');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        {t('board.title')}
      </Typography.Title>
      <Card title={t('board.toReview')} data-testid="to-review">
        <Table
          rowKey="taskId"
          size="small"
          loading={submitted.isPending}
          dataSource={submitted.data?.items ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: t('board.none') }}
          columns={[
            {
              title: t('board.task'),
              render: (_: unknown, row) => (
                <Link to={`/tasks/${encodeURIComponent(row.taskId)}`} data-testid="review-task" data-task-id={row.taskId}>
                  {row.taskCode} · {row.title}
                </Link>
              ),
            },
            { title: t('board.unit'), render: (_: unknown, row) => unitName(row.unit, lang) },
            { title: t('board.submittedAt'), dataIndex: 'due' },
          ]}
        />
      </Card>
      <Card title={t('board.overdue')} data-testid="overdue-board">
        <Table
          rowKey="unit"
          size="small"
          loading={board.isPending}
          pagination={false}
          scroll={{ x: true }}
          locale={{ emptyText: t('board.none') }}
          dataSource={board.data?.rows ?? []}
          columns={[
            { title: t('board.unit'), render: (_: unknown, row) => unitName(row.unit, lang) },
            ...(board.data?.levels ?? []).map((level) => ({ title: <LevelTag level={level} />, key: level, render: (_: unknown, row: Board['rows'][number]) => cell(row.byLevel[level]) })),
            { title: t('board.total'), render: (_: unknown, row) => cell(row.total) },
            { title: t('board.age'), render: (_: unknown, row) => `0-4: ${row.byAge['0-4']} · 5-14: ${row.byAge['5-14']} · 15+: ${row.byAge['15+']}` },
          ]}
        />
      </Card>
      <Card title={t('board.cases')} data-testid="cases">
        <Table<Case>
          rowKey="escalationId"
          size="small"
          loading={cases.isPending}
          dataSource={openCases}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          locale={{ emptyText: t('board.none') }}
          columns={[
            { title: t('board.task'), render: (_, c) => <Link to={`/tasks/${encodeURIComponent(c.taskId)}`}>{c.taskId}</Link> },
            { title: t('board.unit'), render: (_, c) => unitName(c.unit, lang) },
            { title: t('board.level'), render: (_, c) => <LevelTag level={c.level} /> },
            { title: t('board.state'), render: (_, c) => <Tag>{t(`board.states.${c.state}`)}</Tag> },
            { title: t('board.raised'), render: (_, c) => `${formatTime(c.raisedAt)}（${t('board.ageDays', { count: c.ageWorkingDays })}）` },
            {
              title: '',
              render: (_, c) => (
                <Space>
                  {c.state === 'open' && (
                    <Button
                      size="small"
                      onClick={() => void unwrap(api.POST('/escalations/{id}/acknowledge', { params: { path: { id: c.escalationId } }, body: {} })).then(refreshCases)}
                    >
                      {t('board.acknowledge')}
                    </Button>
                  )}
                  <Button size="small" type="primary" onClick={() => setDirectiveFor(c)}>
                    {t('board.directive')}
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Modal open={directiveFor !== null} title={`${t('board.directive')} · ${directiveFor?.taskId ?? ''}`} footer={null} onCancel={() => setDirectiveFor(null)} destroyOnHidden>
        {directiveFor && (
          <ActionForm<{ committedDate: Dayjs; instructions: string }>
            name="escalation-directive"
            submitLabel={t('board.issue')}
            onSubmit={async (v) => {
              await unwrap(
                api.POST('/escalations/{id}/directive', {
                  params: { path: { id: directiveFor.escalationId } },
                  body: { committedDate: v.committedDate.format('YYYY-MM-DD'), instructions: v.instructions },
                }),
              );
              setDirectiveFor(null);
              await refreshCases();
            }}
          >
            <Form.Item name="committedDate" label={t('board.committedDate')} rules={[{ required: true, message: t('rules.required') }]}>
              <DatePicker />
            </Form.Item>
            <Form.Item name="instructions" label={t('board.instructions')} rules={[{ required: true, message: t('rules.required') }]}>
              <Input.TextArea rows={4} maxLength={4000} />
            </Form.Item>
          </ActionForm>
        )}
      </Modal>
    </Space>
  );
}
