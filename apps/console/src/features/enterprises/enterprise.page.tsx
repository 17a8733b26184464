import type { HTMLAttributes, ReactElement } from 'react';
import { Alert, Card, Col, Collapse, Descriptions, List, Row, Space, Spin, Table, Tabs, Tag, Timeline, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiProblem, api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { useSession } from '../../auth/session';
import { formatActor, formatTime } from '../../common/format';
import { LevelTag, type Level } from '../../common/level-tag';
import { useReadyWhen } from '../../common/ready';
import { problemText, Refusal } from '../../common/refusal';
import { unitName } from '../../common/units';
import { OVERDUE_COLOUR, TRACK_COLOUR } from './enterprise-vocab';
import { StepForm, type EnterpriseView } from './step-form';

type StepState = EnterpriseView['steps'][number];
type Classification = paths['/enterprises/{id}/classification']['get']['responses'][200]['content']['application/json'];
type Destinations = paths['/enterprises/{id}/destinations']['get']['responses'][200]['content']['application/json'];
type Contribution = Classification['contributions'][number];
type Candidate = Destinations['candidates'][number];

/** The highest card raised on a step and not resolved. */
function stepLevel(step: StepState): Level {
  const open = step.escalations.filter((e) => !e.resolvedAt);
  for (const level of ['leading-group', 'red', 'yellow'] as const) if (open.some((e) => e.level === level)) return level;
  return 'none';
}

const STEP_COLOUR: Record<StepState['status'], string> = { open: '#0958d9', done: '#237804', cancelled: '#595959' };

/** A recorded payload in words: each field and its value (lists joined). */
const describePayload = (payload: Record<string, unknown>, t: TFunction) =>
  Object.entries(payload)
    .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${t(`enterprises.fields.${k}`, { defaultValue: k })}：${Array.isArray(v) ? v.join('；') : String(v)}`);

/**
 * One enterprise's case (deep link /enterprises/:id): its steps as a timeline, its classification
 * indicator by indicator, its ranked destinations, and the step its unit may complete. A refused
 * read (404 also for another district's enterprise) shows only the refusal.
 */
export default function EnterprisePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { me } = useSession();
  const queryClient = useQueryClient();
  const path = { params: { path: { id } } };
  const view = useQuery({ queryKey: ['enterprise', id], queryFn: () => unwrap(api.GET('/enterprises/{id}', path)) });
  // Asked only once the enterprise itself is readable: a refused case shows nothing else.
  const classified = view.isSuccess && view.data.status !== 'awaiting-index';
  const classification = useQuery({ queryKey: ['enterprise', id, 'classification'], enabled: classified, queryFn: () => unwrap(api.GET('/enterprises/{id}/classification', path)) });
  const destinations = useQuery({ queryKey: ['enterprise', id, 'destinations'], enabled: classified, queryFn: () => unwrap(api.GET('/enterprises/{id}/destinations', path)) });
  useReadyWhen(!view.isPending);
  if (view.isPending) return <Spin style={{ margin: 48 }} />;
  if (view.isError) return <Refusal error={view.error} />;
  const e = view.data;
  const mine = e.steps.filter((s) => s.status === 'open' && me?.roles.includes('official') && s.unit === me.unit);
  const others = e.steps.filter((s) => s.status === 'open' && !mine.includes(s));
  const refresh = async (next: EnterpriseView) => {
    queryClient.setQueryData(['enterprise', id], next);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: ['enterprise', id, 'destinations'] }),
      queryClient.invalidateQueries({ queryKey: ['enterprises'] }),
      queryClient.invalidateQueries({ queryKey: ['inbox'] }),
    ]);
  };
  const steps = [...e.steps].sort((a, b) => a.openedAt.localeCompare(b.openedAt));

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }} data-testid="enterprise">
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        <Space wrap>
          <span data-testid="enterprise-name">{e.name}</span>
          {e.track && <Tag color={TRACK_COLOUR[e.track]}>{t(`enterprises.tracks.${e.track}`)}</Tag>}
          <Tag data-testid="enterprise-status" data-status={e.status}>
            {t(`enterprises.statuses.${e.status}`)}
          </Tag>
        </Space>
      </Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card title={t('enterprises.case.facts')}>
            <Descriptions column={1} size="small">
              <Descriptions.Item label={t('enterprises.import.id')}>{e.id}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.district')}>{unitName(e.district, lang)}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.industry')}>{t(`enterprises.industries.${e.industry}`, { defaultValue: e.industry })}</Descriptions.Item>
              <Descriptions.Item label={t('task.plan')}>{e.planId}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.case.registeredAt')}>{formatTime(e.registeredAt)}</Descriptions.Item>
              {e.intention && <Descriptions.Item label={t('enterprises.case.intention')}>{t(`enterprises.intentions.${e.intention}`)}</Descriptions.Item>}
              {e.park && (
                <Descriptions.Item label={t('enterprises.case.parkChosen')}>
                  {e.park.parkName}（{t(`enterprises.regions.${e.park.region}`, { defaultValue: e.park.region })}
                  {e.park.rank !== undefined ? ` · ${t('enterprises.case.rank')} ${e.park.rank}` : ''}）
                </Descriptions.Item>
              )}
              {e.revision !== undefined && <Descriptions.Item label={t('enterprises.case.revision')}>{e.revision}</Descriptions.Item>}
            </Descriptions>
          </Card>
          {(mine.length > 0 || others.length > 0) && (
            <Card title={t('enterprises.case.complete')} style={{ marginTop: 16 }}>
              {mine.length > 0 && (
                <Tabs
                  items={mine.map((s) => ({
                    key: s.step,
                    label: t('enterprises.case.completeStep', { step: t(`enterprises.steps.${s.step}`, { defaultValue: s.name }) }),
                    children: <StepForm enterpriseId={e.id} step={s.step} candidates={destinations.data?.candidates ?? []} onDone={refresh} />,
                  }))}
                />
              )}
              {others.map((s) => (
                <Typography.Paragraph key={s.step}>
                  {t(`enterprises.steps.${s.step}`, { defaultValue: s.name })}：{t('enterprises.case.notYours', { unit: unitName(s.unit, lang) })}
                </Typography.Paragraph>
              ))}
            </Card>
          )}
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('enterprises.case.timeline')}>
            <Timeline
              data-testid="enterprise-timeline"
              items={[
                { color: 'gray', content: `${t('enterprises.case.registered')} · ${formatTime(e.registeredAt)}` },
                ...steps.map((s) => ({
                  color: s.status === 'open' && new Date(s.deadline).getTime() < Date.now() ? OVERDUE_COLOUR : STEP_COLOUR[s.status],
                  content: (
                    <div data-testid="enterprise-step" data-step={s.step} data-status={s.status}>
                      <Space wrap size={4}>
                        <strong>{t(`enterprises.steps.${s.step}`, { defaultValue: s.name })}</strong>
                        <Tag color={STEP_COLOUR[s.status]}>{t(`enterprises.stepStatus.${s.status}`)}</Tag>
                        <LevelTag level={stepLevel(s)} />
                        {s.overdueWorkingDays ? <Tag color={OVERDUE_COLOUR}>{t('enterprises.case.overdueDays', { count: s.overdueWorkingDays })}</Tag> : null}
                      </Space>
                      <div>
                        {t('enterprises.case.owner')} {unitName(s.unit, lang)} · {t('enterprises.case.openedAt')} {formatTime(s.openedAt)} · {t('enterprises.case.due')} {s.due}
                      </div>
                      {s.completedAt && (
                        <div>
                          {t('enterprises.case.completedAt')} {formatTime(s.completedAt)} · {t('enterprises.case.completedBy')} {formatActor(s.completedBy)}
                        </div>
                      )}
                      {s.cancelledAt && (
                        <div>
                          {t('enterprises.case.cancelledAt')} {formatTime(s.cancelledAt)} · {formatActor(s.cancelledBy)}
                        </div>
                      )}
                      {(s.directives ?? []).map((d) => (
                        <div key={d.id}>{t('enterprises.case.directive', { from: d.previousDue, to: d.committedDate, instructions: d.instructions })}</div>
                      ))}
                      {s.payload && describePayload(s.payload, t).map((line) => (
                        <Typography.Text key={line} style={{ display: 'block' }}>
                          {line}
                        </Typography.Text>
                      ))}
                    </div>
                  ),
                })),
                ...(e.closedAt ? [{ color: 'green', content: `${t('enterprises.case.closed')} · ${formatTime(e.closedAt)}` }] : []),
              ]}
            />
            {me?.roles.some((r) => r === 'supervisor' || r === 'admin') && <Link to={`/audit?subject=${encodeURIComponent(e.id)}`}>{t('task.auditTrail')}</Link>}
          </Card>
        </Col>
      </Row>
      <ClassificationCard status={e.status} query={classification} />
      <DestinationsCard status={e.status} query={destinations} />
    </Space>
  );
}

type Read<T> = { isPending: boolean; isError: boolean; error: unknown; data?: T };

/** A secondary read: the 409 before classification is a state of the case, any other refusal an alert. */
function secondary<T>(status: EnterpriseView['status'], query: Read<T>, t: TFunction): ReactElement | null {
  const awaiting = status === 'awaiting-index' || (query.error instanceof ApiProblem && query.error.problem.code === 'ENTERPRISE.AWAITING_INDEX');
  if (awaiting) return <Alert type="info" showIcon title={t('enterprises.case.awaitingIndex')} />;
  if (query.isError) return <Alert type="error" role="alert" showIcon title={problemText(query.error, t)} />;
  if (query.isPending) return <Spin />;
  return null;
}

function ClassificationCard({ status, query }: { status: EnterpriseView['status']; query: Read<Classification> }) {
  const { t } = useTranslation();
  const c = query.data;
  return (
    <Card title={t('enterprises.case.classification')} data-testid="classification">
      {secondary(status, query, t) ??
        (c && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Descriptions column={{ xs: 1, md: 3 }} size="small">
              <Descriptions.Item label={t('enterprises.track')}>
                <Tag color={TRACK_COLOUR[c.track]}>{t(`enterprises.tracks.${c.track}`)}</Tag>
              </Descriptions.Item>
              <Descriptions.Item label={t('enterprises.case.totalScore')}>{c.score}</Descriptions.Item>
              <Descriptions.Item label={t('enterprises.case.indexVersion')}>{c.indexVersion}</Descriptions.Item>
            </Descriptions>
            <Table<Contribution>
              rowKey="indicator"
              size="small"
              pagination={false}
              scroll={{ x: true }}
              dataSource={c.contributions}
              onRow={(r) => ({ 'data-testid': 'indicator', 'data-indicator': r.indicator }) as HTMLAttributes<HTMLElement>}
              columns={[
                { title: t('enterprises.case.indicator'), dataIndex: 'name' },
                { title: t('enterprises.case.raw'), key: 'raw', align: 'right', render: (_, r) => `${r.raw} ${r.unit}` },
                { title: t('enterprises.case.normalised'), dataIndex: 'normalised', align: 'right' },
                { title: t('enterprises.case.weight'), dataIndex: 'weight', align: 'right' },
                { title: t('enterprises.case.points'), dataIndex: 'points', align: 'right' },
                { title: t('enterprises.case.adjustment'), dataIndex: 'adjustment', render: (a?: string) => a ?? '—' },
              ]}
              summary={() => (
                <Table.Summary.Row>
                  <Table.Summary.Cell index={0} colSpan={4}>
                    {t('enterprises.case.totalScore')}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={4} align="right">
                    {c.score}
                  </Table.Summary.Cell>
                  <Table.Summary.Cell index={5} />
                </Table.Summary.Row>
              )}
            />
            <Descriptions column={1} size="small" bordered>
              <Descriptions.Item label={t('enterprises.case.decidedBy')}>{c.thresholdCrossed}</Descriptions.Item>
              {c.rule && <Descriptions.Item label={t('enterprises.case.clause')}>{c.rule.clause}</Descriptions.Item>}
              {c.rule && c.rule.ours.length > 0 && (
                <Descriptions.Item label={t('enterprises.case.ours')}>
                  <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                    {c.rule.ours.map((o) => (
                      <li key={o}>{o}</li>
                    ))}
                  </ul>
                </Descriptions.Item>
              )}
              {c.redLines.length > 0 && (
                <Descriptions.Item label={t('enterprises.case.redLines')}>
                  <Space wrap>
                    {c.redLines.map((r) => (
                      <Tag key={r.code} color={OVERDUE_COLOUR}>
                        {r.name}
                      </Tag>
                    ))}
                  </Space>
                </Descriptions.Item>
              )}
            </Descriptions>
            <Collapse
              items={[
                {
                  key: 'explanation',
                  label: t('enterprises.case.explanation'),
                  children: <List size="small" dataSource={c.explanation} renderItem={(line) => <List.Item>{line}</List.Item>} />,
                },
              ]}
            />
          </Space>
        ))}
    </Card>
  );
}

function DestinationsCard({ status, query }: { status: EnterpriseView['status']; query: Read<Destinations> }) {
  const { t } = useTranslation();
  const d = query.data;
  const region = (r: string) => t(`enterprises.regions.${r}`, { defaultValue: r });
  return (
    <Card title={t('enterprises.case.destinations')} data-testid="destinations">
      {secondary(status, query, t) ??
        (d && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {d.candidates.length === 0 ? (
              <Typography.Text>{t('enterprises.case.noCandidates')}</Typography.Text>
            ) : (
              <Table<Candidate>
                rowKey="parkId"
                size="small"
                pagination={false}
                scroll={{ x: true }}
                dataSource={d.candidates}
                columns={[
                  { title: t('enterprises.case.rank'), dataIndex: 'rank', width: 64 },
                  {
                    title: t('enterprises.park'),
                    key: 'name',
                    render: (_, c) => (
                      <Space wrap size={4}>
                        {c.name}
                        {c.fictional && <Tag>{t('enterprises.case.fictional')}</Tag>}
                      </Space>
                    ),
                  },
                  { title: t('enterprises.case.region'), dataIndex: 'region', render: region },
                  { title: t('enterprises.case.fit'), dataIndex: 'fit', align: 'right' },
                  {
                    title: t('enterprises.case.reasons'),
                    dataIndex: 'reasons',
                    render: (reasons: string[]) => (
                      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                        {reasons.map((r) => (
                          <li key={r}>{r}</li>
                        ))}
                      </ul>
                    ),
                  },
                ]}
              />
            )}
            {d.excluded.length > 0 && (
              <Collapse
                items={[
                  {
                    key: 'excluded',
                    label: `${t('enterprises.case.excluded')}（${d.excluded.length}）`,
                    children: (
                      <List
                        size="small"
                        dataSource={d.excluded}
                        renderItem={(x) => (
                          <List.Item>
                            <span>
                              <strong>{x.name}</strong>（{region(x.region)}）：{x.blockedBy.join('；')}
                            </span>
                          </List.Item>
                        )}
                      />
                    ),
                  },
                ]}
              />
            )}
          </Space>
        ))}
    </Card>
  );
}
