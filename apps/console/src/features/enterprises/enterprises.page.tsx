import { useEffect, useMemo } from 'react';
import { Alert, Button, Card, Checkbox, Col, Form, Row, Segmented, Select, Space, Table, Tag, Typography } from 'antd';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { useSession } from '../../auth/session';
import { LevelTag, levelOf } from '../../common/level-tag';
import { useReadyWhen } from '../../common/ready';
import { problemText, Refusal } from '../../common/refusal';
import { DISTRICTS, unitName } from '../../common/units';
import { EnterpriseImport } from './enterprise-import';
import { OVERDUE_COLOUR, STATUSES, STEPS, TRACKS, TRACK_COLOUR, type District, type Status, type Step, type Track } from './enterprise-vocab';

type ListRow = paths['/enterprises']['get']['responses'][200]['content']['application/json']['items'][number];
type RollupBy = paths['/enterprises/rollups']['get']['parameters']['query']['by'];
type RollupRow = paths['/enterprises/rollups']['get']['responses'][200]['content']['application/json']['rows'][number];

const PAGE = 50;

interface Filters {
  district?: District;
  park?: string;
  track?: Track;
  step?: Step;
  status?: Status;
  overdue?: boolean;
}

/** The filters live in the address, so a filtered list is a link one can send. */
function filtersOf(search: URLSearchParams): Filters {
  const pick = <T extends string>(key: string, allowed: readonly T[]): T | undefined => {
    const v = search.get(key);
    return v !== null && (allowed as readonly string[]).includes(v) ? (v as T) : undefined;
  };
  return {
    district: pick('district', DISTRICTS),
    park: search.get('park') || undefined,
    track: pick('track', TRACKS),
    step: pick('step', STEPS),
    status: pick('status', STATUSES),
    overdue: search.get('overdue') === 'true' || undefined,
  };
}

/** Enterprises: the list with filters, roll-ups by district, park and track, and the CSV import. */
export default function EnterprisesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { me } = useSession();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => filtersOf(search), [search]);
  const [form] = Form.useForm<Filters>();
  // The address is the truth (back/forward, a shared link): the fields follow it. Set, not re-mounted,
  // so a keyboard user keeps the focus on the field just changed.
  useEffect(() => form.setFieldsValue({ ...filters, overdue: filters.overdue ?? false }), [form, filters]);
  const by: RollupBy = search.get('by') === 'park' ? 'park' : search.get('by') === 'track' ? 'track' : 'district';
  const list = useInfiniteQuery({
    queryKey: ['enterprises', 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/enterprises', {
          params: {
            query: {
              ...(filters.district && { district: filters.district }),
              ...(filters.park && { park: filters.park }),
              ...(filters.track && { track: filters.track }),
              ...(filters.step && { step: filters.step }),
              ...(filters.status && { status: filters.status }),
              ...(filters.overdue && { overdue: 'true' as const }),
              limit: PAGE,
              ...(pageParam && { cursor: pageParam }),
            },
          },
        }),
      ),
    getNextPageParam: (last) => last.nextCursor,
  });
  const rollups = useQuery({ queryKey: ['enterprises', 'rollups', by], queryFn: () => unwrap(api.GET('/enterprises/rollups', { params: { query: { by } } })) });
  const parks = useQuery({ queryKey: ['enterprises', 'parks'], queryFn: () => unwrap(api.GET('/parks')) });
  useReadyWhen(!list.isPending);
  if (list.isError) return <Refusal error={list.error} />;

  const rows = list.data?.pages.flatMap((p) => p.items) ?? [];
  const parkName = (id: string) => {
    const park = parks.data?.find((p) => p.id === id);
    return park ? (lang === 'en' ? park.nameEn : park.name) : id;
  };
  const setFilters = (next: Filters) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) if (value !== undefined && value !== false && value !== '') params.set(key, String(value));
    if (by !== 'district') params.set('by', by);
    setSearch(params, { replace: true });
  };
  const canImport = me?.roles.some((r) => r === 'official' || r === 'admin');
  const any = { value: '', label: t('enterprises.any') };
  const rollupKey = (key: string) =>
    key === 'none' ? t('enterprises.none') : by === 'district' ? unitName(key, lang) : by === 'park' ? parkName(key) : t(`enterprises.tracks.${key}`, { defaultValue: key });

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        {t('enterprises.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ marginBottom: 0 }}>
        {t('enterprises.lead')}
      </Typography.Paragraph>
      <Card title={t('enterprises.filters')} size="small">
        <Form<Filters>
          form={form}
          name="enterprise-filters"
          layout="vertical"
          initialValues={{ ...filters, overdue: filters.overdue ?? false }}
          onValuesChange={(_, all) => setFilters({ ...all, district: all.district || undefined, park: all.park || undefined, track: all.track || undefined, step: all.step || undefined, status: all.status || undefined })}
        >
          <Row gutter={[12, 0]}>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item name="district" label={t('enterprises.district')}>
                <Select allowClear options={[any, ...DISTRICTS.map((d) => ({ value: d, label: unitName(d, lang) }))]} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={5}>
              <Form.Item name="park" label={t('enterprises.park')}>
                <Select allowClear showSearch optionFilterProp="label" loading={parks.isPending} options={[any, ...(parks.data ?? []).map((p) => ({ value: p.id, label: lang === 'en' ? p.nameEn : p.name }))]} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item name="track" label={t('enterprises.track')}>
                <Select allowClear options={[any, ...TRACKS.map((k) => ({ value: k, label: t(`enterprises.tracks.${k}`) }))]} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item name="step" label={t('enterprises.step')}>
                <Select allowClear showSearch optionFilterProp="label" options={[any, ...STEPS.map((s) => ({ value: s, label: t(`enterprises.steps.${s}`) }))]} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={3}>
              <Form.Item name="status" label={t('enterprises.status')}>
                <Select allowClear options={[any, ...STATUSES.map((s) => ({ value: s, label: t(`enterprises.statuses.${s}`) }))]} />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={4}>
              <Form.Item name="overdue" valuePropName="checked" label=" " colon={false}>
                <Checkbox>{t('enterprises.overdue')}</Checkbox>
              </Form.Item>
            </Col>
          </Row>
          <Button onClick={() => setFilters({})}>{t('enterprises.reset')}</Button>
        </Form>
      </Card>
      <Card>
        <Table<ListRow>
          rowKey="enterpriseId"
          data-testid="enterprises-table"
          loading={list.isPending}
          dataSource={rows}
          pagination={false}
          scroll={{ x: true }}
          size="middle"
          locale={{ emptyText: <Typography.Text>{t('enterprises.empty')}</Typography.Text> }}
          columns={[
            {
              title: t('enterprises.name'),
              key: 'name',
              render: (_, r) => (
                <Link to={`/enterprises/${encodeURIComponent(r.enterpriseId)}`} data-testid="enterprise-link" data-enterprise-id={r.enterpriseId}>
                  {r.name}
                </Link>
              ),
            },
            { title: t('enterprises.district'), key: 'district', render: (_, r) => unitName(r.district, lang) },
            { title: t('enterprises.industry'), key: 'industry', responsive: ['md'], render: (_, r) => t(`enterprises.industries.${r.industry}`, { defaultValue: r.industry }) },
            {
              title: t('enterprises.track'),
              key: 'track',
              render: (_, r) => (r.track ? <Tag color={TRACK_COLOUR[r.track as Track]}>{t(`enterprises.tracks.${r.track}`)}</Tag> : <Tag>{t(`enterprises.statuses.${r.status}`)}</Tag>),
            },
            {
              title: t('enterprises.currentSteps'),
              key: 'steps',
              render: (_, r) =>
                r.currentSteps.length === 0 ? (
                  <Tag>{t(`enterprises.statuses.${r.status}`)}</Tag>
                ) : (
                  <Space orientation="vertical" size={2}>
                    {r.currentSteps.map((s) => (
                      <span key={s.stepId}>
                        {t(`enterprises.steps.${s.step}`, { defaultValue: s.step })} · {unitName(s.unit, lang)} · {s.due} {s.overdue && <Tag color={OVERDUE_COLOUR}>{t('task.overdue')}</Tag>}
                      </span>
                    ))}
                  </Space>
                ),
            },
            { title: t('enterprises.park'), key: 'park', responsive: ['lg'], render: (_, r) => r.park?.parkName ?? '—' },
            { title: t('enterprises.cards'), key: 'cards', render: (_, r) => <LevelTag level={levelOf(r)} /> },
          ]}
        />
        <Space style={{ marginTop: 12 }}>
          <Typography.Text>{t('enterprises.count', { count: rows.length })}</Typography.Text>
          {list.hasNextPage && (
            <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
              {t('enterprises.loadMore')}
            </Button>
          )}
        </Space>
      </Card>
      <Card
        title={t('enterprises.rollups')}
        extra={
          <Segmented<RollupBy>
            value={by}
            onChange={(next) => {
              const params = new URLSearchParams(search);
              params.set('by', next);
              setSearch(params, { replace: true });
            }}
            options={(['district', 'park', 'track'] as const).map((k) => ({ value: k, label: t(`enterprises.by.${k}`) }))}
          />
        }
      >
        {rollups.isError ? (
          <Alert type="error" role="alert" showIcon title={problemText(rollups.error, t)} />
        ) : (
          <Table<RollupRow>
            rowKey="key"
            data-testid="enterprise-rollups"
            loading={rollups.isPending}
            dataSource={rollups.data?.rows ?? []}
            pagination={false}
            size="small"
            scroll={{ x: true }}
            columns={[
              { title: t('enterprises.key'), dataIndex: 'key', render: rollupKey },
              { title: t('enterprises.total'), dataIndex: 'total', align: 'right' },
              ...STATUSES.map((s) => ({ title: t(`enterprises.statuses.${s}`), key: `s-${s}`, align: 'right' as const, render: (_: unknown, r: RollupRow) => r.byStatus[s] ?? 0 })),
              ...(by === 'track' ? [] : TRACKS.map((k) => ({ title: k, key: `t-${k}`, align: 'right' as const, render: (_: unknown, r: RollupRow) => r.byTrack[k] ?? 0 }))),
              { title: t('enterprises.overdueCount'), dataIndex: 'overdue', align: 'right' },
            ]}
            summary={() =>
              rollups.data ? (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0}>{t('enterprises.total')}</Table.Summary.Cell>
                  <Table.Summary.Cell index={1} align="right">
                    {rollups.data.total}
                  </Table.Summary.Cell>
                </Table.Summary.Row>
              ) : null
            }
          />
        )}
      </Card>
      {canImport && <EnterpriseImport />}
    </Space>
  );
}
