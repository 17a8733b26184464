import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Form, Input, Select, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { useReadyWhen } from '../../common/ready';
import { problemText, Refusal } from '../../common/refusal';

type StartBody = paths['/plans']['post']['requestBody']['content']['application/json'];
type DryRun = paths['/plans/validate']['post']['responses'][200]['content']['application/json'];

/**
 * Plans (admins): load a plan from a template and a date, or from a definition file. Every body is
 * first checked by the API's dry run, which lists each problem with its path; only a clean one starts.
 */
export default function PlansPage() {
  const { t } = useTranslation();
  const templates = useQuery({ queryKey: ['plan-templates'], queryFn: () => unwrap(api.GET('/plan-templates')) });
  const [body, setBody] = useState<StartBody | null>(null);
  const [parseError, setParseError] = useState<string | null>(null);
  const check = useMutation({ mutationFn: (next: StartBody) => unwrap(api.POST('/plans/validate', { body: next })) });
  const start = useMutation({ mutationFn: (next: StartBody) => unwrap(api.POST('/plans', { body: next })) });
  useReadyWhen(!templates.isPending);
  if (templates.isError) return <Refusal error={templates.error} />;
  const runCheck = (next: StartBody) => {
    setBody(next);
    start.reset();
    check.mutate(next);
  };
  const readFile = async (file: File) => {
    setParseError(null);
    try {
      const text = await file.text();
      // YAML is a superset of JSON; its parser loads only for this page.
      const parsed: unknown = /\.ya?ml$/i.test(file.name) ? (await import('yaml')).parse(text) : JSON.parse(text);
      runCheck(parsed as StartBody);
    } catch (error) {
      setParseError(t('plans.parseError', { message: error instanceof Error ? error.message : String(error) }));
    }
    return false;
  };
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} className="duban-page-title" style={{ fontSize: 22 }}>
        {t('plans.title')}
      </Typography.Title>
      <Card title={t('plans.fromTemplate')}>
        <Form<{ template: string; planId: string; rebaseTo?: Dayjs }>
          layout="vertical"
          name="plan-template"
          initialValues={{ template: templates.data?.items[0]?.name }}
          onFinish={(v) => runCheck({ template: v.template, planId: v.planId, rebaseTo: v.rebaseTo ? v.rebaseTo.format('YYYY-MM-DD') : null })}
        >
          <Form.Item name="template" label={t('plans.template')} rules={[{ required: true, message: t('rules.required') }]}>
            <Select options={(templates.data?.items ?? []).map((tpl) => ({ value: tpl.name, label: `${tpl.title}（${tpl.issuedOn}）` }))} />
          </Form.Item>
          <Form.Item name="planId" label={t('plans.planId')} rules={[{ required: true, message: t('rules.required') }]}>
            <Input placeholder="shenzhen-2009-98-b" />
          </Form.Item>
          <Form.Item name="rebaseTo" label={t('plans.rebaseTo')}>
            <DatePicker />
          </Form.Item>
          <Button htmlType="submit" loading={check.isPending}>
            {t('plans.check')}
          </Button>
        </Form>
      </Card>
      <Card title={t('plans.fromFile')}>
        <Upload accept=".json,.yaml,.yml,application/json" showUploadList={false} beforeUpload={(file) => readFile(file)}>
          <Button icon={<UploadOutlined aria-hidden />}>{t('plans.pick')}</Button>
        </Upload>
        {parseError && <Alert type="error" role="alert" showIcon title={parseError} style={{ marginTop: 12 }} />}
      </Card>
      {check.isError && <Alert type="error" role="alert" showIcon title={problemText(check.error, t)} />}
      {check.data && body && <DryRunResult result={check.data} onStart={() => start.mutate(body)} starting={start.isPending} />}
      {start.isError && <Alert type="error" role="alert" showIcon title={problemText(start.error, t)} />}
      {start.data && <Alert type="success" showIcon title={t('plans.started', { planId: start.data.planId, count: start.data.tasks.length })} data-testid="plan-started" />}
    </Space>
  );
}

function DryRunResult({ result, onStart, starting }: { result: DryRun; onStart: () => void; starting: boolean }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="dry-run" data-valid={String(result.valid)}>
      {result.valid ? (
        <Space orientation="vertical">
          <Alert type="success" showIcon title={t('plans.valid')} />
          {result.plan && (
            <Typography.Paragraph>
              {result.plan.title} · {t('plans.wouldStart', { tasks: result.plan.tasks.length, units: result.plan.units, first: result.plan.firstDue, last: result.plan.lastDue })}
            </Typography.Paragraph>
          )}
          <Button type="primary" onClick={onStart} loading={starting}>
            {t('plans.start')}
          </Button>
        </Space>
      ) : (
        <>
          <Alert type="error" role="alert" showIcon title={t('plans.invalid', { count: result.problems.length })} style={{ marginBottom: 12 }} />
          <Table
            rowKey={(p) => `${p.path}|${p.code}|${p.message}`}
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={result.problems}
            columns={[
              { title: t('plans.path'), dataIndex: 'path', render: (p: string) => <code>{p || t('plans.body')}</code> },
              { title: t('plans.problem'), dataIndex: 'message' },
              { title: t('plans.code'), dataIndex: 'code' },
            ]}
          />
        </>
      )}
    </Card>
  );
}
