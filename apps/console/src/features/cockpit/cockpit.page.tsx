import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Col, ConfigProvider, Form, Input, Row, Space, Spin, Statistic, Table, Typography, theme } from 'antd';
import { FullscreenExitOutlined, FullscreenOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { useReadyWhen } from '../../common/ready';
import { Refusal } from '../../common/refusal';
import { unitName } from '../../common/units';
import type { CockpitChartKind } from './cockpit-chart';
import './cockpit.css';

export type Cockpit = paths['/cockpit']['get']['responses'][200]['content']['application/json'];
type DistrictRow = Cockpit['districts'][number];

const CockpitChart = lazy(() => import('./cockpit-chart'));

/** The seeded plan (深府办〔2009〕98号), which `npm start` loads under this id. */
const SEED_PLAN_ID = 'shenzhen-2009-98';

// Dark panels for the wall screen: antd's dark algorithm, with the secondary text lifted so it keeps
// ≥ 4.5:1 on the panel colour (the algorithm's 45 % white does not on #10223f), and a light blue for
// links and buttons (the console's red is too dark on navy).
const DARK = {
  algorithm: theme.darkAlgorithm,
  token: { colorBgContainer: '#10223f', colorBgElevated: '#132a4d', colorBorderSecondary: '#22406e', colorPrimary: '#4096ff', colorTextSecondary: '#c9d3e0', colorTextDescription: '#c9d3e0', colorTextTertiary: '#b8c4d6' },
};

/** 领导小组办公室 驾驶舱: one plan's city-wide picture, readable on a large screen. */
export default function CockpitPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const planId = search.get('plan') || SEED_PLAN_ID;
  const cockpit = useQuery({ queryKey: ['cockpit', planId], queryFn: () => unwrap(api.GET('/cockpit', { params: { query: { planId } } })) });
  const box = useRef<HTMLDivElement>(null);
  const [fullscreen, setFullscreen] = useState(false);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement === box.current && box.current !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  useReadyWhen(!cockpit.isPending);
  if (cockpit.isError) return <Refusal error={cockpit.error} />;
  const data = cockpit.data;
  const lang = i18n.language;
  const chart = (kind: CockpitChartKind, title: string, label: string) => (
    <Card title={title} style={{ height: '100%' }}>
      <Suspense fallback={<Spin />}>{data && <CockpitChart kind={kind} data={data} label={label} />}</Suspense>
    </Card>
  );
  const cardsRaised = data?.cards.reduce((n, c) => n + c.raised.yellow + c.raised.red + c.raised['leading-group'], 0) ?? 0;

  return (
    <ConfigProvider theme={DARK}>
      <div className="duban-cockpit" data-testid="cockpit" ref={box}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Row gutter={[16, 8]} align="middle" justify="space-between">
            <Col xs={24} lg={12}>
              <Typography.Title level={2} className="duban-page-title duban-cockpit-title">
                {t('cockpit.title')}
              </Typography.Title>
              {data && <span className="duban-cockpit-note">{t('cockpit.asOf', { today: data.today })}</span>}
            </Col>
            <Col xs={24} lg={12} style={{ textAlign: 'right' }}>
              <Space wrap>
                <Form layout="inline" name="cockpit-plan" initialValues={{ plan: planId }} onFinish={(v: { plan: string }) => setSearch(v.plan.trim() && v.plan.trim() !== SEED_PLAN_ID ? { plan: v.plan.trim() } : {}, { replace: true })}>
                  <Form.Item name="plan" label={t('cockpit.plan')}>
                    <Input style={{ width: 200 }} />
                  </Form.Item>
                  <Button htmlType="submit">{t('cockpit.show')}</Button>
                </Form>
                <Button
                  icon={fullscreen ? <FullscreenExitOutlined aria-hidden /> : <FullscreenOutlined aria-hidden />}
                  onClick={() => void (fullscreen ? document.exitFullscreen() : box.current?.requestFullscreen())}
                >
                  {fullscreen ? t('cockpit.exitFullscreen') : t('cockpit.fullscreen')}
                </Button>
              </Space>
            </Col>
          </Row>
          {cockpit.isPending && <Spin />}
          {data?.truncated && <Alert type="warning" showIcon title={t('cockpit.truncated')} />}
          {data && (
            <>
              <Row gutter={[16, 16]} data-testid="cockpit-kpis">
                {[
                  { key: 'tasks', value: data.tasks.total },
                  { key: 'done', value: data.tasks.percentDone, suffix: '%' },
                  { key: 'overdue', value: data.tasks.overdue },
                  { key: 'enterprises', value: data.enterprises.total },
                  { key: 'cards', value: cardsRaised },
                  { key: 'parks', value: data.parks.length },
                ].map((k) => (
                  <Col key={k.key} xs={12} md={8} xl={4}>
                    <Card>
                      <Statistic title={t(`cockpit.kpi.${k.key}`)} value={k.value} suffix={k.suffix} />
                    </Card>
                  </Col>
                ))}
              </Row>
              <Row gutter={[16, 16]}>
                <Col xs={24} xl={12}>
                  {chart('tasks', t('cockpit.byTask'), 'cockpit.byTaskLabel')}
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={t('cockpit.byDistrict')} style={{ height: '100%' }}>
                    <Table<DistrictRow>
                      rowKey="district"
                      data-testid="cockpit-districts"
                      size="small"
                      pagination={false}
                      scroll={{ x: true }}
                      dataSource={data.districts}
                      locale={{ emptyText: <Typography.Text>{t('cockpit.none')}</Typography.Text> }}
                      columns={[
                        { title: t('cockpit.district'), key: 'district', render: (_, r) => unitName(r.district, lang) },
                        { title: t('cockpit.taskDone'), key: 'done', align: 'right', render: (_, r) => `${r.tasks.percentDone}%（${r.tasks.byStatus.accepted}/${r.tasks.total}）` },
                        { title: t('cockpit.taskOverdue'), key: 'overdue', align: 'right', render: (_, r) => r.tasks.overdue },
                        { title: t('cockpit.enterprises'), key: 'ent', align: 'right', render: (_, r) => r.enterprises.total },
                        { title: t('cockpit.active'), key: 'active', align: 'right', render: (_, r) => r.enterprises.byStatus.active },
                        { title: t('cockpit.closed'), key: 'closed', align: 'right', render: (_, r) => r.enterprises.byStatus.closed },
                      ]}
                    />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  {chart('cards', t('cockpit.cards'), 'cockpit.cardsLabel')}
                </Col>
                <Col xs={24} xl={12}>
                  {chart('tracks', t('cockpit.tracks'), 'cockpit.tracksLabel')}
                </Col>
                <Col xs={24} xl={12}>
                  {chart('parks', t('cockpit.parks'), 'cockpit.parksLabel')}
                </Col>
              </Row>
            </>
          )}
        </Space>
      </div>
    </ConfigProvider>
  );
}
