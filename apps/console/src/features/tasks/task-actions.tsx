import type { ReactElement } from 'react';
import { DatePicker, Form, Input, InputNumber, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import type { paths } from '../../api/schema';
import { ActionForm } from '../../common/action-form';
import { EvidenceInput, type EvidenceRef } from './evidence';

type TaskView = paths['/tasks/{taskId}']['get']['responses'][200]['content']['application/json'];
type Me = { unit?: string; roles: readonly string[] } | undefined;

/** What every action form gets: the task, and what to do with the task the server answers. */
interface ActionProps {
  view: TaskView;
  done: (next: TaskView) => Promise<void>;
}

const path = (view: TaskView) => ({ params: { path: { taskId: view.taskId } } });
/** Evidence only when some was chosen. */
const withEvidence = (evidence?: EvidenceRef[]) => (evidence?.length ? { evidence } : {});
const trimmed = <K extends string>(key: K, value?: string) => (value?.trim() ? { [key]: value.trim() } : {}) as Partial<Record<K, string>>;

function useRequired() {
  const { t } = useTranslation();
  return [{ required: true, message: t('rules.required') }];
}

function EvidenceField({ view }: { view: TaskView }) {
  const { t } = useTranslation();
  return (
    <Form.Item name="evidence" label={t('task.evidence')}>
      <EvidenceInput taskId={view.taskId} />
    </Form.Item>
  );
}

function SubmitForm({ view, done }: ActionProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <ActionForm<{ summary: string; evidence?: EvidenceRef[] }>
      name="submit"
      submitLabel={t('task.submit')}
      onSubmit={async (v) => done(await unwrap(api.POST('/tasks/{taskId}/submit', { ...path(view), body: { summary: v.summary, ...withEvidence(v.evidence) } })))}
    >
      <Form.Item name="summary" label={t('task.summary')} rules={required}>
        <Input.TextArea rows={4} maxLength={4000} showCount />
      </Form.Item>
      <EvidenceField view={view} />
    </ActionForm>
  );
}

function ProgressForm({ view, done }: ActionProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <ActionForm<{ percent: number; note: string; evidence?: EvidenceRef[] }>
      name="progress"
      submitLabel={t('task.report')}
      initialValues={{ percent: view.progressPercent }}
      onSubmit={async (v) => done(await unwrap(api.POST('/tasks/{taskId}/progress', { ...path(view), body: { percent: v.percent, note: v.note, ...withEvidence(v.evidence) } })))}
    >
      <Form.Item name="percent" label={t('task.percent')} rules={required}>
        <InputNumber min={0} max={100} addonAfter="%" />
      </Form.Item>
      <Form.Item name="note" label={t('task.note')} rules={required}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
      <EvidenceField view={view} />
    </ActionForm>
  );
}

function ExtensionForm({ view, done }: ActionProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <ActionForm<{ newDue: Dayjs; reason: string }>
      name="extension"
      submitLabel={t('task.requestExtension')}
      onSubmit={async (v) => done(await unwrap(api.POST('/tasks/{taskId}/extensions', { ...path(view), body: { newDue: v.newDue.format('YYYY-MM-DD'), reason: v.reason } })))}
    >
      <Form.Item name="newDue" label={t('task.newDue')} rules={required}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="reason" label={t('task.reason')} rules={required}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </ActionForm>
  );
}

function ContributeForm({ view, done }: ActionProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <ActionForm<{ summary: string; evidence?: EvidenceRef[] }>
      name="contribute"
      submitLabel={t('task.contribute')}
      onSubmit={async (v) => done(await unwrap(api.POST('/tasks/{taskId}/contributions', { ...path(view), body: { summary: v.summary, ...withEvidence(v.evidence) } })))}
    >
      <Form.Item name="summary" label={t('task.contribution')} rules={required}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <EvidenceField view={view} />
    </ActionForm>
  );
}

function ReviewForm({ view, done }: ActionProps) {
  const { t } = useTranslation();
  return (
    <ActionForm<{ decision: 'accept' | 'reject'; reason?: string }>
      name="review"
      submitLabel={t('task.sendReview')}
      initialValues={{ decision: 'accept' }}
      onSubmit={async (v) => done(await unwrap(api.POST('/tasks/{taskId}/review', { ...path(view), body: { decision: v.decision, ...trimmed('reason', v.reason) } })))}
    >
      <Form.Item name="decision" label={t('task.decision')}>
        <Radio.Group>
          <Radio value="accept">{t('task.accept')}</Radio>
          <Radio value="reject">{t('task.reject')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="reason" label={t('task.rejectReason')}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </ActionForm>
  );
}

function DecideExtensionForm({ view, done, pending }: ActionProps & { pending: TaskView['extensions'][number] }) {
  const { t } = useTranslation();
  return (
    <ActionForm<{ decision: 'approve' | 'refuse'; comment?: string }>
      name="decide-extension"
      submitLabel={t('task.sendDecision')}
      initialValues={{ decision: 'approve' }}
      onSubmit={async (v) => done(await unwrap(api.POST('/tasks/{taskId}/extensions/decision', { ...path(view), body: { decision: v.decision, ...trimmed('comment', v.comment) } })))}
    >
      <Typography.Paragraph>{t('task.extensionAsked', { from: pending.previousDue, to: pending.requestedDue, reason: pending.reason })}</Typography.Paragraph>
      <Form.Item name="decision" label={t('task.decision')}>
        <Radio.Group>
          <Radio value="approve">{t('task.approve')}</Radio>
          <Radio value="refuse">{t('task.refuse')}</Radio>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="comment" label={t('task.comment')}>
        <Input.TextArea rows={2} maxLength={4000} />
      </Form.Item>
    </ActionForm>
  );
}

function DirectiveForm({ view, done }: ActionProps) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <ActionForm<{ committedDate: Dayjs; instructions: string }>
      name="directive"
      submitLabel={t('task.issueDirective')}
      onSubmit={async (v) => done(await unwrap(api.POST('/tasks/{taskId}/directive', { ...path(view), body: { committedDate: v.committedDate.format('YYYY-MM-DD'), instructions: v.instructions } })))}
    >
      <Form.Item name="committedDate" label={t('task.committedDate')} rules={required}>
        <DatePicker />
      </Form.Item>
      <Form.Item name="instructions" label={t('task.instructions')} rules={required}>
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </ActionForm>
  );
}

/**
 * The steps the caller may take on the task now, as tabs: the lead unit's official submits,
 * reports progress and asks for an extension; a co-unit's official contributes while its
 * contribution is pending; 督查室 reviews a submission, decides a pending extension and issues a
 * 督办单. The API decides in the end: a form shown out of turn is answered with its refusal.
 */
export function taskActions(view: TaskView, me: Me, done: (next: TaskView) => Promise<void>, t: (key: string) => string): { key: string; label: string; children: ReactElement }[] {
  const official = me?.roles.includes('official') ?? false;
  const isLead = official && me?.unit === view.unit;
  const isCo = official && view.coUnits.includes(me?.unit ?? '');
  const isSupervisor = me?.roles.includes('supervisor') ?? false;
  const open = view.status !== 'accepted';
  const pendingExtension = view.extensions.find((e) => e.status === 'pending');
  const props = { view, done };
  const tabs: { key: string; label: string; children: ReactElement }[] = [];
  if (isLead && open && view.status !== 'submitted') {
    tabs.push({ key: 'submit', label: t('task.submit'), children: <SubmitForm {...props} /> });
    tabs.push({ key: 'progress', label: t('task.progress'), children: <ProgressForm {...props} /> });
  }
  if (isLead && open && !pendingExtension) tabs.push({ key: 'extension', label: t('task.extension'), children: <ExtensionForm {...props} /> });
  if (isCo && view.contributions.find((c) => c.unit === me?.unit)?.status === 'pending') {
    tabs.push({ key: 'contribute', label: t('task.contribute'), children: <ContributeForm {...props} /> });
  }
  if (isSupervisor && view.status === 'submitted') tabs.push({ key: 'review', label: t('task.review'), children: <ReviewForm {...props} /> });
  if (isSupervisor && pendingExtension) {
    tabs.push({ key: 'decide', label: t('task.decideExtension'), children: <DecideExtensionForm {...props} pending={pendingExtension} /> });
  }
  if (isSupervisor && open) tabs.push({ key: 'directive', label: t('task.directive'), children: <DirectiveForm {...props} /> });
  return tabs;
}
