import { lazy, Suspense, useEffect, useMemo, useState, type HTMLAttributes } from 'react';
import { Alert, Button, Card, Col, Descriptions, Drawer, Form, Row, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import dayjs from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { formatTime } from '../../common/format';
import { useReadyWhen } from '../../common/ready';
import { problemText, Refusal } from '../../common/refusal';
import { unitName } from '../../common/units';
import { downloadCsv, toCsv } from './scores-csv';
import './scores.css';

export type ScoreRow = paths['/scores']['get']['responses'][200]['content']['application/json']['items'][number];
type ScoreItem = ScoreRow['items'][number];

const ScoreChart = lazy(() => import('./score-chart'));

/** The seeded plan (深府办〔2009〕98号), which `npm start` loads under this id. */
const SEED_PLAN_ID = 'shenzhen-2009-98';
/** The first year the seed plan runs (深府办〔2009〕98号); later plans add later years. */
const FIRST_YEAR = 2009;
/**
 * The API's largest page: every unit of every plan of a year in one read (a plan has ~20 units, so
 * ~50 plans a year); the plan picker lists the plans found in it.
 */
const PAGE = 1000;

// Solid tags in dark tones: white text on each is ≥ 5.9:1 (antd's light preset tags are not 4.5:1).
// Solid tags, white on these: antd's light variant of a custom colour (green #3f8925 on #e7f5e1) is
// under WCAG AA's 4.5:1 (axe on the drill-down of an excellent unit).
const GRADE_COLOUR = { below: '#a8071a', excellent: '#237804', passing: '#0958d9' } as const;
const gradeColour = (r: { belowTarget: boolean; excellent: boolean }) => (r.belowTarget ? GRADE_COLOUR.below : r.excellent ? GRADE_COLOUR.excellent : GRADE_COLOUR.passing);

const sumOf = (items: ScoreItem[], sign: 1 | -1) => round2(items.filter((i) => Math.sign(i.points) === sign).reduce((s, i) => s + i.points, 0));
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A score item's subject is a task id (`plan.T4.FUTIAN`) or an enterprise step id
 * (`{enterpriseId}/{step}`); either opens its own page.
 */
function subjectLink(subject: string): string {
  const slash = subject.indexOf('/');
  return slash < 0 ? `/tasks/${encodeURIComponent(subject)}` : `/enterprises/${encodeURIComponent(subject.slice(0, slash))}`;
}

/** 绩效办 考核: each unit's score of a year, a chart, each point's events, and the table as CSV. */
export default function ScoresPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || dayjs().year();
  const scores = useQuery({
    queryKey: ['scores', year],
    queryFn: () => unwrap(api.GET('/scores', { params: { query: { year, limit: PAGE } } })),
  });
  const plans = useMemo(() => [...new Set((scores.data?.items ?? []).map((r) => r.planId))].sort(), [scores.data]);
  const asked = search.get('plan') ?? '';
  // The seeded plan first when the year has it: test and simulation plans share the store locally.
  const planId = plans.includes(asked) ? asked : plans.includes(SEED_PLAN_ID) ? SEED_PLAN_ID : plans[0];
  const rows = useMemo(() => (scores.data?.items ?? []).filter((r) => r.planId === planId).sort((a, b) => a.unit.localeCompare(b.unit)), [scores.data, planId]);
  const [open, setOpen] = useState<string | null>(null);
  const [form] = Form.useForm<{ year: number; plan?: string }>();
  // The plans are known only once the year's scores arrive: the fields follow the address.
  useEffect(() => form.setFieldsValue({ year, plan: planId }), [form, year, planId]);
  const drilled = rows.find((r) => r.unit === open);
  useReadyWhen(!scores.isPending);
  if (scores.isError) return <Refusal error={scores.error} />;

  const grade = (r: ScoreRow) => (r.belowTarget ? t('scores.belowTarget') : r.excellent ? t('scores.excellent') : t('scores.passing'));
  const years = Array.from({ length: dayjs().year() + 1 - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i).reverse();
  const setParam = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(search);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setSearch(next, { replace: true });
  };
  const exportCsv = () => {
    const header = [t('scores.csv.plan'), t('scores.csv.unitCode'), t('scores.csv.unit'), t('scores.csv.year'), t('scores.csv.score'), t('scores.csv.state'), t('scores.csv.deductions'), t('scores.csv.bonuses'), t('scores.csv.events')];
    const body = rows.map((r) => [r.planId, r.unit, unitName(r.unit, lang), r.year, r.score, grade(r), sumOf(r.items, -1), sumOf(r.items, 1), r.items.length]);
    downloadCsv(`scores-${planId ?? 'none'}-${year}.csv`, toCsv(header, body));
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        {t('scores.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ marginBottom: 0 }}>{t('scores.lead')}</Typography.Paragraph>
      <Form
        form={form}
        layout="inline"
        name="scores-filter"
        initialValues={{ year, plan: planId }}
        onValuesChange={(changed: { year?: number; plan?: string }) => {
          if (changed.year !== undefined) setParam('year', String(changed.year));
          if (changed.plan !== undefined) setParam('plan', changed.plan);
        }}
      >
        <Form.Item name="year" label={t('scores.year')}>
          <Select style={{ width: 120 }} options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="scores-year" />
        </Form.Item>
        {plans.length > 1 && (
          <Form.Item name="plan" label={t('scores.plan')}>
            <Select style={{ width: 240 }} showSearch options={plans.map((p) => ({ value: p, label: p }))} />
          </Form.Item>
        )}
        <Form.Item>
          <Button icon={<DownloadOutlined aria-hidden />} onClick={exportCsv} disabled={rows.length === 0} data-testid="scores-export">
            {t('scores.export')}
          </Button>
        </Form.Item>
      </Form>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card title={t('scores.unit')}>
            <Table<ScoreRow>
              className="duban-scores-table"
              data-testid="scores-table"
              rowKey={(r) => `${r.planId}/${r.unit}`}
              loading={scores.isPending}
              dataSource={rows}
              size="middle"
              pagination={false}
              scroll={{ x: true }}
              locale={{ emptyText: <Typography.Text>{t('scores.empty')}</Typography.Text> }}
              rowClassName={(r) => (r.belowTarget ? 'duban-below-target' : '')}
              onRow={(r) => ({ 'data-testid': 'score-row', 'data-unit': r.unit, 'data-below-target': String(r.belowTarget) }) as HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('scores.unit'), key: 'unit', render: (_, r) => unitName(r.unit, lang) },
                { title: t('scores.score'), dataIndex: 'score', align: 'right', sorter: (a, b) => a.score - b.score },
                {
                  title: t('scores.state'),
                  key: 'state',
                  render: (_, r) => (
                    <Tag variant="solid" color={gradeColour(r)} data-testid={r.belowTarget ? 'below-target' : undefined}>
                      {grade(r)}
                    </Tag>
                  ),
                },
                { title: t('scores.deductions'), key: 'minus', align: 'right', responsive: ['md'], render: (_, r) => sumOf(r.items, -1) },
                { title: t('scores.bonuses'), key: 'plus', align: 'right', responsive: ['md'], render: (_, r) => sumOf(r.items, 1) },
                {
                  title: t('scores.details'),
                  key: 'details',
                  render: (_, r) => (
                    <Button size="small" onClick={() => setOpen(r.unit)} aria-label={t('scores.detailsOf', { unit: unitName(r.unit, lang), count: r.items.length })} data-testid="score-drill">
                      {t('scores.details')}（{r.items.length}）
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('scores.chart')}>
            <Suspense fallback={<Spin />}>{!scores.isPending && <ScoreChart rows={rows} year={year} />}</Suspense>
          </Card>
        </Col>
      </Row>
      <Drawer
        open={drilled !== undefined}
        onClose={() => setOpen(null)}
        size="min(720px, 100vw)"
        title={drilled ? t('scores.drilldownTitle', { unit: unitName(drilled.unit, lang), year }) : ''}
        destroyOnHidden
      >
        {drilled && <Drilldown row={drilled} />}
      </Drawer>
    </Space>
  );
}

/**
 * The events that cost or earned each of a unit's points (GET /scores/{unit}/{year}): the plan's base
 * and target, what is still to make up, the points by rule and by task or step, and every event.
 */
function Drilldown({ row }: { row: ScoreRow }) {
  const { t } = useTranslation();
  const drill = useQuery({
    queryKey: ['scores', 'drill-down', row.unit, row.year, row.planId],
    queryFn: () => unwrap(api.GET('/scores/{unit}/{year}', { params: { path: { unit: row.unit, year: row.year }, query: { planId: row.planId } } })),
  });
  if (drill.isPending) return <Spin />;
  if (drill.isError) return <Alert type="error" role="alert" showIcon title={problemText(drill.error, t)} />;
  const plan = drill.data.plans.find((p) => p.planId === row.planId);
  if (!plan) return <Typography.Text>{t('scores.noItems')}</Typography.Text>;
  const total = round2(plan.items.reduce((s, i) => s + i.points, 0));
  const points = (p: number) => (p > 0 ? `+${p}` : String(p));
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="score-drilldown" data-unit={row.unit}>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t('scores.base')}>{plan.base}</Descriptions.Item>
        <Descriptions.Item label={t('scores.target')}>{plan.target}</Descriptions.Item>
        <Descriptions.Item label={t('scores.score')}>
          <Space size={4}>
            {plan.score}
            <Tag variant="solid" color={gradeColour(plan)}>{plan.belowTarget ? t('scores.belowTarget') : plan.excellent ? t('scores.excellent') : t('scores.passing')}</Tag>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={t('scores.toTarget')}>{plan.pointsToTarget}</Descriptions.Item>
      </Descriptions>
      <Typography.Text>{t('scores.drilldownSummary', { count: plan.items.length, total, score: plan.score })}</Typography.Text>
      <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
        {t('scores.byRule')}
      </Typography.Title>
      <Table
        rowKey="rule"
        size="small"
        pagination={false}
        dataSource={plan.byRule}
        locale={{ emptyText: <Typography.Text>{t('scores.noItems')}</Typography.Text> }}
        columns={[
          { title: t('scores.rule'), dataIndex: 'rule', render: (rule: ScoreItem['rule']) => t(`scores.rules.${rule}`) },
          { title: t('scores.count'), dataIndex: 'count', align: 'right' },
          { title: t('scores.points'), dataIndex: 'points', align: 'right', render: points },
        ]}
      />
      <Typography.Title level={3} style={{ fontSize: 16, margin: 0 }}>
        {t('scores.bySubject')}
      </Typography.Title>
      <Table
        rowKey="subject"
        size="small"
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: true }}
        dataSource={plan.bySubject}
        locale={{ emptyText: <Typography.Text>{t('scores.noItems')}</Typography.Text> }}
        expandable={{
          expandedRowRender: (subject) => (
            <Table<ScoreItem>
              rowKey={(i) => `${i.eventId}/${i.rule}`}
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={subject.items}
              onRow={() => ({ 'data-testid': 'score-event' }) as HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('scores.time'), dataIndex: 'time', render: formatTime },
                { title: t('scores.rule'), dataIndex: 'rule', render: (rule: ScoreItem['rule']) => <Tag>{t(`scores.rules.${rule}`)}</Tag> },
                { title: t('scores.points'), dataIndex: 'points', align: 'right', render: points },
                { title: t('scores.reason'), dataIndex: 'reason' },
              ]}
            />
          ),
          // Every subject open: the drill-down exists to show the events, and a test or a reader finds them without a click.
          defaultExpandAllRows: true,
        }}
        columns={[
          { title: t('scores.subject'), dataIndex: 'subject', render: (s: string) => <Link to={subjectLink(s)}>{s}</Link> },
          { title: t('scores.events'), key: 'n', align: 'right', render: (_, s) => s.items.length },
          { title: t('scores.points'), dataIndex: 'points', align: 'right', render: points },
        ]}
      />
    </Space>
  );
}
