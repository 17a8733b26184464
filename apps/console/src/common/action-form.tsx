import { useState, type ReactNode } from 'react';
import { Alert, Button, Form, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/client';
import { problemText } from './refusal';

/**
 * A form that sends one step: a refusal naming fields is shown beside those fields; any other
 * refusal beside the action (role="alert"). Nothing is kept optimistic: the page refetches.
 */
export function ActionForm<T extends object>({
  name,
  submitLabel,
  onSubmit,
  children,
  initialValues,
  danger,
}: {
  name: string;
  submitLabel: string;
  onSubmit: (values: T, form: FormInstance<T>) => Promise<unknown>;
  children: ReactNode;
  initialValues?: Partial<T>;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<T>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const send = async (values: T) => {
    setBusy(true);
    setRefusal(null);
    try {
      await onSubmit(values, form);
      form.resetFields();
    } catch (error) {
      const named = error instanceof ApiProblem ? (error.problem.errors ?? []) : [];
      // The API names a field by its path in the request (`body.summary`, `body.evidence.0.uri`): the form's field is its first part.
      const fieldOf = (path: string) => path.replace(/^body\./, '').split(/[.[]/)[0] ?? '';
      const known = new Set(form.getFieldsError().map((f) => String(f.name[0])));
      const beside = named.filter((e) => known.has(fieldOf(e.field)));
      form.setFields(beside.map((e) => ({ name: fieldOf(e.field) as never, errors: [t(`rules.${e.rule}`, { defaultValue: e.rule })] })));
      if (beside.length < named.length || named.length === 0) setRefusal(problemText(error, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Form<T>
      form={form}
      name={name}
      layout="vertical"
      initialValues={initialValues}
      data-testid={`form-${name}`}
      onFinish={(values) => void send(values)}
    >
      {children}
      {refusal && <Alert type="error" role="alert" showIcon title={refusal} style={{ marginBottom: 12 }} data-testid="refusal-alert" />}
      <Button type="primary" danger={danger} htmlType="submit" loading={busy}>
        {submitLabel}
      </Button>
    </Form>
  );
}
