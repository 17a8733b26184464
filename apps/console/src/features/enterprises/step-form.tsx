import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ActionForm } from '../../common/action-form';
import { withFormFields } from './problem-fields';
import type { Step } from './enterprise-vocab';

export type EnterpriseView = paths['/enterprises/{id}']['get']['responses'][200]['content']['application/json'];
type Candidate = paths['/enterprises/{id}/destinations']['get']['responses'][200]['content']['application/json']['candidates'][number];

type FieldKind = 'text' | 'textarea' | 'date' | 'count' | 'lines' | 'park' | { options: string[] };
interface Field {
  name: string;
  kind: FieldKind;
  optional?: boolean;
}

/**
 * What completing each step records, as form fields. The OpenAPI document types the payload only as
 * an object (its shape depends on the step), so this mirrors STEP_PAYLOAD_SCHEMAS in
 * libs/contracts (enterprise.workflow-api.ts); the API validates every payload against those schemas
 * and names the field it refuses, which the form shows beside it. For the destination step the API
 * fills in the park's name, region, rank and fit itself.
 */
const STEP_FIELDS: Record<Step, Field[]> = {
  intention: [
    { name: 'decision', kind: { options: ['transfer', 'upgrade', 'exit'] } },
    { name: 'note', kind: 'textarea', optional: true },
  ],
  destination: [
    { name: 'parkId', kind: 'park' },
    { name: 'reasons', kind: 'lines', optional: true },
  ],
  'site-visit': [
    { name: 'visitedOn', kind: 'date' },
    { name: 'participants', kind: 'count' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  negotiation: [{ name: 'summary', kind: 'textarea' }],
  agreement: [
    { name: 'signedOn', kind: 'date' },
    { name: 'agreementRef', kind: 'text' },
  ],
  'legacy-land': [
    { name: 'resolution', kind: { options: ['revitalised', 'transferred', 'returned', 'other'] } },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  labour: [
    { name: 'disputesResolved', kind: 'count' },
    { name: 'workersRetrained', kind: 'count' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  relocation: [{ name: 'relocatedOn', kind: 'date' }],
  operating: [{ name: 'startedOn', kind: 'date' }],
  'follow-up': [{ name: 'notes', kind: 'textarea' }],
  upgrade: [{ name: 'plan', kind: 'textarea' }],
  notice: [{ name: 'noticeRef', kind: 'text' }],
  order: [
    { name: 'order', kind: { options: ['rectify', 'close'] } },
    { name: 'deadline', kind: 'date' },
  ],
  'closure-verified': [
    { name: 'verifiedOn', kind: 'date' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  'support-plan': [{ name: 'measures', kind: 'lines' }],
  'periodic-review': [{ name: 'outcome', kind: 'textarea' }],
  'hq-rooting': [
    { name: 'measures', kind: 'lines' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  'exit-plan': [
    { name: 'plan', kind: 'textarea' },
    { name: 'exitBy', kind: 'date' },
  ],
  'exit-verified': [
    { name: 'verifiedOn', kind: 'date' },
    { name: 'notes', kind: 'textarea', optional: true },
  ],
  'closure-decision': [
    { name: 'decisionRef', kind: 'text' },
    { name: 'closeBy', kind: 'date' },
    { name: 'legalBasis', kind: 'text', optional: true },
  ],
};

type FormValue = string | number | Dayjs | undefined;

/** The payload the API takes from the form's values: dates as YYYY-MM-DD, lines as a list, blanks left out. */
function payloadOf(fields: Field[], values: Record<string, FormValue>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') continue;
    if (field.kind === 'date') payload[field.name] = (value as Dayjs).format('YYYY-MM-DD');
    else if (field.kind === 'lines') payload[field.name] = String(value).split('\n').map((l) => l.trim()).filter(Boolean);
    else if (typeof value === 'string') payload[field.name] = value.trim();
    else payload[field.name] = value;
  }
  return payload;
}

/** Completing one open step, for an official of the unit that owns it. */
export function StepForm({ enterpriseId, step, candidates, onDone }: { enterpriseId: string; step: Step; candidates: Candidate[]; onDone: (next: EnterpriseView) => Promise<void> }) {
  const { t } = useTranslation();
  const fields = STEP_FIELDS[step];
  const control = (field: Field) => {
    const kind = field.kind;
    if (kind === 'date') return <DatePicker />;
    if (kind === 'count') return <InputNumber min={0} max={100_000} precision={0} />;
    if (kind === 'textarea' || kind === 'lines') return <Input.TextArea rows={3} maxLength={4000} />;
    if (kind === 'text') return <Input maxLength={4000} />;
    if (kind === 'park')
      return <Select showSearch optionFilterProp="label" options={candidates.map((c) => ({ value: c.parkId, label: `${c.rank}. ${c.name}（${c.fit}）` }))} />;
    const labelOf = (o: string) => (field.name === 'decision' ? t(`enterprises.intentions.${o}`) : t(`enterprises.options.${o}`));
    return <Select options={kind.options.map((o) => ({ value: o, label: labelOf(o) }))} />;
  };
  return (
    <ActionForm<Record<string, FormValue>>
      name={`step-${step}`}
      submitLabel={t('enterprises.case.send')}
      onSubmit={async (values) => {
        try {
          const next = await unwrap(api.POST('/enterprises/{id}/steps/{step}', { params: { path: { id: enterpriseId, step } }, body: { payload: payloadOf(fields, values) } }));
          await onDone(next);
        } catch (error) {
          // `body.payload.visitedOn` → `visitedOn`, so the rule is shown beside the field.
          throw withFormFields(error, (field) => (field.startsWith('body.payload.') ? field.slice('body.payload.'.length) : undefined));
        }
      }}
    >
      {fields.map((field) => (
        <Form.Item key={field.name} name={field.name} label={t(`enterprises.fields.${field.name}`)} rules={field.optional ? [] : [{ required: true, message: t('rules.required') }]}>
          {control(field)}
        </Form.Item>
      ))}
    </ActionForm>
  );
}
