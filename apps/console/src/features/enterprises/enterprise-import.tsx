import { useEffect, useRef, useState, type HTMLAttributes } from 'react';
import { Card, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiProblem, api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ActionForm } from '../../common/action-form';
import { SEED_PLAN_ID } from './enterprise-vocab';
import { withFormFields } from './problem-fields';

type ImportReport = paths['/enterprises/import']['post']['responses'][200]['content']['application/json'];
type Rejected = ImportReport['rejected'][number];

/**
 * The header the API reads (the importEnterprises operation's description in /docs/openapi.json,
 * from `enterpriseCsvColumns` in the domain library): shown to the user, not used to parse.
 */
const CSV_COLUMNS =
  'id,name,district,industry,technology,valueAddedRate,taxContribution,energyPerOutput,labourIntensity,scale,growth,highTechCertified,headquartersInShenzhen,productionInShenzhen,redLines,productionCategory,productionMovingOut,leadingFirm';

/**
 * The file's text. Offices save CSV from Excel in GBK as often as in UTF-8: a file that is not valid
 * UTF-8 is read as GB18030 (a superset of GBK), as the API itself does for a body without a
 * charset; one that is neither is refused here, before anything is sent.
 */
async function readCsv(file: File): Promise<string | undefined> {
  const bytes = await file.arrayBuffer();
  for (const label of ['utf-8', 'gb18030']) {
    try {
      return new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      // not this encoding: try the next one
    }
  }
  return undefined;
}

/** A native file input (labelled by its Form.Item) whose value is the chosen File. */
function CsvFileInput({ id, value, onChange }: { id?: string; value?: File; onChange?: (file: File | undefined) => void }) {
  const input = useRef<HTMLInputElement>(null);
  // The form resets its value after an import: clear the browser's own file name too.
  useEffect(() => {
    if (value === undefined && input.current) input.current.value = '';
  }, [value]);
  return <input ref={input} id={id} type="file" accept=".csv,text/csv" data-testid="import-file" onChange={(e) => onChange?.(e.target.files?.[0])} />;
}

/** CSV import (officials of a district, admins): every row checked, then the per-row report. */
export function EnterpriseImport() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [report, setReport] = useState<ImportReport | null>(null);
  return (
    <Card title={t('enterprises.import.title')}>
      <Typography.Paragraph>{t('enterprises.import.lead', { columns: CSV_COLUMNS })}</Typography.Paragraph>
      <ActionForm<{ planId: string; file: File }>
        name="enterprise-import"
        submitLabel={t('enterprises.import.send')}
        initialValues={{ planId: SEED_PLAN_ID }}
        onSubmit={async (v) => {
          const csv = await readCsv(v.file);
          if (csv === undefined) {
            throw new ApiProblem(400, { type: 'about:blank', title: 'bad encoding', status: 400, detail: t('enterprises.import.badEncoding'), code: 'REQUEST.INVALID', errors: [{ field: 'file', rule: t('enterprises.import.badEncoding') }] });
          }
          try {
            const answer = await unwrap(
              api.POST('/enterprises/import', {
                params: { query: { planId: v.planId.trim() } },
                body: csv,
                // The text as it is: the default serializer would JSON-encode the string.
                bodySerializer: (body) => body,
                headers: { 'Content-Type': 'text/csv; charset=utf-8' },
              }),
            );
            setReport(answer);
            await queryClient.invalidateQueries({ queryKey: ['enterprises'] });
          } catch (error) {
            throw withFormFields(error, (field) => (field === 'query.planId' ? 'planId' : field === 'body' || field.startsWith('body.') ? 'file' : undefined));
          }
        }}
      >
        <Form.Item name="planId" label={t('enterprises.import.planId')} rules={[{ required: true, message: t('rules.required') }]}>
          <Input style={{ maxWidth: 320 }} />
        </Form.Item>
        <Form.Item name="file" label={t('enterprises.import.file')} rules={[{ required: true, message: t('enterprises.import.needFile') }]}>
          <CsvFileInput />
        </Form.Item>
      </ActionForm>
      {report && <ImportReportTable report={report} />}
    </Card>
  );
}

function ImportReportTable({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  return (
    <div data-testid="import-report" style={{ marginTop: 16 }}>
      <Typography.Title level={3} style={{ fontSize: 16 }}>
        {t('enterprises.import.report', { registered: report.registered.length, rejected: report.rejected.length })}
      </Typography.Title>
      {report.rejected.length > 0 && (
        <Table<Rejected>
          rowKey="row"
          size="small"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={report.rejected}
          onRow={(r) => ({ 'data-testid': 'import-rejected', 'data-row': r.row }) as HTMLAttributes<HTMLElement>}
          columns={[
            { title: t('enterprises.import.row'), dataIndex: 'row', width: 72 },
            { title: t('enterprises.import.id'), dataIndex: 'id', render: (id?: string) => id ?? '—' },
            {
              title: t('enterprises.import.problems'),
              key: 'problems',
              render: (_, r) => (
                <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                  {r.problems.map((p, i) => (
                    <li key={i}>
                      <code>{p.field}</code>：{p.rule}
                      {p.code ? ` （${p.code}）` : ''}
                    </li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
      {report.registered.length > 0 && (
        <Typography.Paragraph style={{ marginTop: 12 }}>
          {t('enterprises.import.registeredIds')}：
          <Space wrap size={4}>
            {report.registered.map((id) => (
              <Link key={id} to={`/enterprises/${encodeURIComponent(id)}`}>
                <Tag color="#237804">{id}</Tag>
              </Link>
            ))}
          </Space>
        </Typography.Paragraph>
      )}
    </div>
  );
}
