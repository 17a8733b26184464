/**
 * Who is told what when supervision happens: the recipient rules of notifications, and their
 * short texts in Chinese and English. Pure: the consumer maps each event to a
 * {@link NotificationTrigger} and stores one notification per returned draft.
 */

/** 市政府督查室: told of every card, and the owner of red-card cases. */
export const SUPERVISION_OFFICE = 'DUCHA';
/** 市"双转移"领导小组办公室: told of leading-group reports. */
export const LEADING_GROUP_OFFICE = 'LGO';

export type NotificationLevel = 'yellow' | 'red' | 'leading-group';

/**
 * What happened, as far as notifications care. `unit` is always the unit concerned (the task's
 * lead unit or the step's owner); `ref` names the task or the enterprise step; `notify` is the
 * list of unit codes the workflow asked to be told (ladder events carry it).
 */
export type NotificationTrigger =
  | { kind: 'reminder'; unit: string; notify: readonly string[]; ref: string; due: string; daysBefore: number }
  | { kind: 'escalation'; level: NotificationLevel; unit: string; notify: readonly string[]; ref: string; due: string; overdueWorkingDays: number; repeat: number }
  | { kind: 'acknowledged'; level: NotificationLevel; unit: string; ref: string; note?: string }
  | { kind: 'directive'; unit: string; ref: string; committedDate: string; instructions: string }
  | { kind: 'reviewed'; decision: 'accepted' | 'rejected'; unit: string; ref: string; reason?: string }
  | { kind: 'extension-decided'; decision: 'approve' | 'refuse'; unit: string; ref: string; due: string }
  | { kind: 'step-opened'; unit: string; ref: string; stepName: string; due: string };

export type NotificationKind = NotificationTrigger['kind'];

/**
 * Why a unit gets the notification: the unit concerned, a co-unit of its task, 督查室 as the
 * supervisor (for a red card: the owner of the new case), or the leading group office.
 */
export type RecipientRole = 'responsible' | 'co-unit' | 'supervision' | 'leading-group';

export interface Bilingual {
  zh: string;
  en: string;
}

export interface NotificationDraft {
  /** The unit code the notification is for. */
  recipient: string;
  role: RecipientRole;
  title: Bilingual;
  body: Bilingual;
}

const LEVEL: Record<NotificationLevel, Bilingual> = {
  yellow: { zh: '黄牌', en: 'yellow card' },
  red: { zh: '红牌', en: 'red card' },
  'leading-group': { zh: '领导小组通报', en: 'leading-group report' },
};

/**
 * The notifications one trigger produces, one per recipient unit, in a stable order (the unit
 * concerned first). The rules:
 *
 * - reminder: the unit concerned, and every other unit in `notify` (its co-units) as `co-unit`;
 * - yellow card: the unit concerned and 督查室 (a notice);
 * - red card: the unit concerned and 督查室, for whom it opens a case in the 督查室 inbox;
 * - leading-group report: the unit concerned, the leading group office and 督查室;
 *   any other unit in `notify` of a card is told as `co-unit`, DUCHA/LGO in `notify` in their role;
 * - acknowledgement, directive (督办单), review, extension decision, step opened: the unit concerned.
 *
 * A unit is never told twice about one trigger: its first role in that order wins.
 */
export function notificationsFor(trigger: NotificationTrigger): NotificationDraft[] {
  const roles = new Map<string, RecipientRole>();
  const add = (unit: string, role: RecipientRole) => {
    if (unit.length > 0 && !roles.has(unit)) roles.set(unit, role);
  };
  add(trigger.unit, 'responsible');
  if (trigger.kind === 'escalation') {
    if (trigger.level === 'leading-group') add(LEADING_GROUP_OFFICE, 'leading-group');
    add(SUPERVISION_OFFICE, 'supervision');
  }
  if (trigger.kind === 'reminder' || trigger.kind === 'escalation') {
    for (const unit of trigger.notify) add(unit, roleOfListed(unit));
  }
  return [...roles].map(([recipient, role]) => ({ recipient, role, ...texts(trigger, role) }));
}

function roleOfListed(unit: string): RecipientRole {
  if (unit === SUPERVISION_OFFICE) return 'supervision';
  if (unit === LEADING_GROUP_OFFICE) return 'leading-group';
  return 'co-unit';
}

/** The title and body a recipient in `role` reads. */
export function texts(trigger: NotificationTrigger, role: RecipientRole): { title: Bilingual; body: Bilingual } {
  const { ref, unit } = trigger;
  switch (trigger.kind) {
    case 'reminder':
      return {
        title: { zh: `督办提醒：${ref} 还有 ${trigger.daysBefore} 天到期`, en: `Reminder: ${ref} is due in ${trigger.daysBefore} days` },
        body: {
          zh: `${ref} 的期限为 ${trigger.due}，请${role === 'co-unit' ? `配合牵头单位 ${unit} ` : ''}按时办结。`,
          en: `${ref} is due on ${trigger.due}; please ${role === 'co-unit' ? `help the lead unit ${unit} ` : ''}complete it on time.`,
        },
      };
    case 'escalation': {
      const level = LEVEL[trigger.level];
      const repeat = trigger.repeat > 0 ? { zh: `（第 ${trigger.repeat + 1} 次）`, en: ` (notice ${trigger.repeat + 1})` } : { zh: '', en: '' };
      const overdue = { zh: `已逾期 ${trigger.overdueWorkingDays} 个工作日（期限 ${trigger.due}）`, en: `${trigger.overdueWorkingDays} working days overdue (due ${trigger.due})` };
      if (role === 'supervision' && trigger.level === 'red') {
        return {
          title: { zh: `新督办案件：${unit} ${ref} 红牌${repeat.zh}`, en: `New case: red card for ${unit} on ${ref}${repeat.en}` },
          body: { zh: `${ref} ${overdue.zh}，已列入督查室督办案件。`, en: `${ref} is ${overdue.en}; a case is open in the Supervision Office inbox.` },
        };
      }
      if (role === 'responsible') {
        return {
          title: { zh: `${level.zh}：${ref}${repeat.zh}`, en: `${cap(level.en)}: ${ref}${repeat.en}` },
          body: { zh: `${ref} ${overdue.zh}，请立即办理并报告进展。`, en: `${ref} is ${overdue.en}; act now and report progress.` },
        };
      }
      return {
        title: { zh: `${level.zh}通报：${unit} ${ref}${repeat.zh}`, en: `${cap(level.en)} notice: ${unit} on ${ref}${repeat.en}` },
        body: { zh: `${unit} 承办的 ${ref} ${overdue.zh}。`, en: `${ref}, led by ${unit}, is ${overdue.en}.` },
      };
    }
    case 'acknowledged':
      return {
        title: { zh: `督查室已确认${LEVEL[trigger.level].zh}：${ref}`, en: `Supervision Office acknowledged the ${LEVEL[trigger.level].en}: ${ref}` },
        body: {
          zh: `督查室已确认 ${ref} 的${LEVEL[trigger.level].zh}，不再重复通报。${trigger.note ? `备注：${trigger.note}` : ''}`,
          en: `The ${LEVEL[trigger.level].en} on ${ref} is acknowledged; its repeated notices stop.${trigger.note ? ` Note: ${trigger.note}` : ''}`,
        },
      };
    case 'directive':
      return {
        title: { zh: `督办单：${ref} 须于 ${trigger.committedDate} 前办结`, en: `Directive: ${ref} must be done by ${trigger.committedDate}` },
        body: { zh: trigger.instructions, en: `The Supervision Office issued a directive on ${ref}: ${trigger.instructions}` },
      };
    case 'reviewed':
      return trigger.decision === 'accepted'
        ? { title: { zh: `成果已通过：${ref}`, en: `Accepted: ${ref}` }, body: { zh: `${ref} 的提交已通过审核，任务办结。`, en: `The submission for ${ref} was accepted; the task is complete.` } }
        : {
            title: { zh: `成果被退回：${ref}`, en: `Returned: ${ref}` },
            body: { zh: `${ref} 的提交被退回：${trigger.reason ?? ''}`, en: `The submission for ${ref} was returned: ${trigger.reason ?? ''}` },
          };
    case 'extension-decided':
      return trigger.decision === 'approve'
        ? { title: { zh: `延期已批准：${ref}`, en: `Extension approved: ${ref}` }, body: { zh: `${ref} 的期限调整为 ${trigger.due}。`, en: `${ref} is now due on ${trigger.due}.` } }
        : { title: { zh: `延期未批准：${ref}`, en: `Extension refused: ${ref}` }, body: { zh: `${ref} 的期限仍为 ${trigger.due}。`, en: `${ref} stays due on ${trigger.due}.` } };
    case 'step-opened':
      return {
        title: { zh: `新办理环节：${trigger.stepName}（${ref}）`, en: `New step to handle: ${trigger.stepName} (${ref})` },
        body: { zh: `请于 ${trigger.due} 前办结 ${ref} 的「${trigger.stepName}」环节。`, en: `Complete the step "${trigger.stepName}" of ${ref} by ${trigger.due}.` },
      };
  }
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
