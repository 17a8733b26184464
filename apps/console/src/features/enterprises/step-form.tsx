import { DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ActionForm } from '../../common/action-form';
import { withFormFields } from './problem-fields';
import { STEP_FIELDS, type StepField } from '@duban/step-fields';
import type { Step } from './enterprise-vocab';

export type EnterpriseView = paths['/enterprises/{id}']['get']['responses'][200]['content']['application/json'];
type Candidate = paths['/enterprises/{id}/destinations']['get']['responses'][200]['content']['application/json']['candidates'][number];

type FormValue = string | number | Dayjs | undefined;

/**
 * The payload the API takes from the form's values: dates as YYYY-MM-DD, lines as a list, blanks
 * left out (a list the API takes empty is sent empty). The fields are the domain's STEP_FIELDS,
 * which the API's stepPayloadSchemas are checked against (libs/contracts, step-fields.spec.ts);
 * the API names the field it refuses, which the form shows beside it.
 */
function payloadOf(fields: readonly StepField[], values: Record<string, FormValue>): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (value === undefined || value === null || value === '') {
      if (field.emptyAllowed) payload[field.name] = [];
      continue;
    }
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
  const fields: readonly StepField[] = STEP_FIELDS[step];
  const control = (field: StepField) => {
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
        <Form.Item key={field.name} name={field.name} label={t(`enterprises.fields.${field.name}`)} rules={field.optional || field.emptyAllowed ? [] : [{ required: true, message: t('rules.required') }]}>
          {control(field)}
        </Form.Item>
      ))}
    </ActionForm>
  );
}
