import { ParentClosePolicy, allHandlersFinished, condition, getExternalWorkflowHandle, patched, setHandler, startChild, workflowInfo } from '@temporalio/workflow';
import {
  ErrorCode,
  EventType,
  PLAN_WORKFLOW_TYPE,
  setEvaluationIndexUpdate,
  awaitingIndexSignal,
  evaluationIndexSignal,
  planViewQuery,
  recordBenefitUpdate,
  reportTargetUpdate,
  taskStatusChangedSignal,
  taskWorkflowId,
  type PlanView,
  type PlanWorkflowInput,
  type RecordBenefitCommand,
  type ReportTargetCommand,
  type TargetReported,
  type TaskView,
} from '@duban/contracts';
import { SZ_2009_INDEX_V1, checkBenefitEntry, checkTargetReport, expandAssignments, toShanghaiDate, validateEvaluationIndex, type EvaluationIndexDefinition } from '@duban/domain';
import { EventOutbox } from './lib/event-outbox';
import { reject } from './lib/failures';
import { PlanClock } from './lib/plan-clock';
import { taskWorkflow } from './task.workflow';

/**
 * Since this patch the plan announces its evaluation index (`EvaluationIndexSet`) for the
 * index-delivery consumer, which hands it to the enterprises waiting for it. The emission schedules
 * a publish activity (and draws a uuid), so histories recorded before it must not take it on replay.
 */
const INDEX_SET_EVENT_PATCH = 'evaluation-index-set-event';

/**
 * A loaded plan: starts one task workflow per (task, responsible unit), follows their states,
 * makes each accepted deliverable available to the work that depends on it, and completes when
 * every task is accepted.
 */
export async function planWorkflow(input: PlanWorkflowInput): Promise<PlanView> {
  const { plan } = input;
  const clock = new PlanClock(input.clockOffsetMs);
  const outbox = new EventOutbox(PLAN_WORKFLOW_TYPE, plan.planId, 0, clock);
  const assignments = expandAssignments(plan);
  const view: PlanView = {
    planId: plan.planId,
    title: plan.title,
    issuedOn: plan.issuedOn,
    status: 'running',
    startedAt: clock.nowIso(),
    ...(input.template && { template: input.template }),
    tasks: assignments.map((a) => ({ taskId: a.taskId, taskCode: a.taskCode, unit: a.unit, due: a.due, status: 'assigned' })),
    deliverables: {},
    escalation: plan.escalation,
    ...(input.clockOffsetMs ? { clockOffsetMs: input.clockOffsetMs } : {}),
  };

  /**
   * Enterprises started before the index-delivery patch (see enterprise.workflow.ts) that told the
   * plan they wait for the index; they get it from here when it is set. Enterprises started since
   * never signal the plan: the index-delivery consumer serves them from `EvaluationIndexSet`.
   */
  const waitingForIndex: string[] = [];
  const indexSent: Promise<void>[] = [];
  const sendIndex = (workflowId: string, index: EvaluationIndexDefinition): void => {
    indexSent.push(getExternalWorkflowHandle(workflowId).signal(evaluationIndexSignal, index));
  };
  setHandler(awaitingIndexSignal, ({ workflowId }) => {
    if (view.evaluationIndex) sendIndex(workflowId, view.evaluationIndex);
    else waitingForIndex.push(workflowId);
  });

  /** Puts `index` in force (once) and tells whoever waits for it: old-style waiters directly, everyone else through the event. */
  const setIndex = (index: EvaluationIndexDefinition): void => {
    view.evaluationIndex = index;
    for (const workflowId of waitingForIndex.splice(0)) sendIndex(workflowId, index);
    if (patched(INDEX_SET_EVENT_PATCH)) outbox.emit(EventType.EvaluationIndexSet, { planId: plan.planId, index });
  };

  setHandler(planViewQuery, () => view);
  setHandler(
    setEvaluationIndexUpdate,
    ({ index }) => {
      const valid = validateEvaluationIndex(index);
      setIndex(valid.ok ? valid.index : index);
      return view;
    },
    {
      validator: ({ actor, index }) => {
        if (!actor.roles.includes('admin')) throw reject(ErrorCode.PlanForbidden, `only admins may set the evaluation index of ${plan.planId}`);
        const valid = validateEvaluationIndex(index);
        if (!valid.ok) {
          throw reject(ErrorCode.PlanInvalid, 'the evaluation index is invalid', {
            errors: valid.problems.map((p) => ({ field: p.path ? `body.${p.path}` : 'body', rule: p.rule })),
          });
        }
        if (view.evaluationIndex) {
          throw reject(ErrorCode.IndexAlreadySet, `plan ${plan.planId} already has the evaluation index ${view.evaluationIndex.version}`);
        }
      },
    },
  );
  /**
   * Targets (三) and the benefit-sharing ledger (二(四)), issue 11: two updates whose events carry
   * the plan as subject. Only handlers were added, so histories recorded before them replay
   * unchanged; a plan without targets emits nothing new. The periods already reported are the
   * whole state the validators need (the plan does not continue-as-new).
   */
  const targetPeriods = new Map<string, Set<string>>();
  const benefitPeriods = new Map<string, Set<string>>();
  const today = (): string => toShanghaiDate(clock.nowIso());
  const periodsOf = (periods: Map<string, Set<string>>, key: string): Set<string> => {
    const known = periods.get(key) ?? new Set<string>();
    periods.set(key, known);
    return known;
  };
  const refuseWhenClosed = (): void => {
    if (view.status !== 'running') throw reject(ErrorCode.PlanClosed, `plan ${plan.planId} has completed and takes no more reports`);
  };
  const targetCheck = (cmd: ReportTargetCommand) => {
    const target = plan.targets?.find((t) => t.code === cmd.targetCode);
    if (!target) throw reject(ErrorCode.TargetNotFound, `plan ${plan.planId} has no target ${cmd.targetCode}`);
    const check = checkTargetReport(target, plan.issuedOn, cmd, targetPeriods.get(target.code) ?? new Set(), today());
    if (check.ok) return { target, check };
    if (check.kind === 'invalid') {
      throw reject(ErrorCode.TargetReportInvalid, `the report breaks the rules of target ${target.code}`, { errors: check.problems.map((p) => ({ field: `body.${p.path}`, rule: p.rule })) });
    }
    throw reject(check.kind === 'already-reported' ? ErrorCode.TargetPeriodReported : ErrorCode.TargetNothingToCorrect, check.message);
  };
  const reportTargetHandler = (cmd: ReportTargetCommand): TargetReported => {
    const { target, check } = targetCheck(cmd);
    periodsOf(targetPeriods, target.code).add(cmd.period);
    const event = outbox.emit(EventType.TargetReported, {
      planId: plan.planId,
      targetCode: target.code,
      period: cmd.period,
      value: check.value,
      ...(check.values && { values: check.values }),
      met: check.met,
      ...(cmd.note !== undefined && { note: cmd.note }),
      evidence: cmd.evidence,
      ...(cmd.correction && { correction: cmd.correction }),
      actor: cmd.actor,
    });
    return { planId: plan.planId, targetCode: target.code, period: cmd.period, value: check.value, ...(check.values && { values: check.values }), met: check.met, ...(cmd.correction && { correction: cmd.correction }), eventId: event.id };
  };
  setHandler(reportTargetUpdate, reportTargetHandler, {
    validator: (cmd) => {
      refuseWhenClosed();
      const target = plan.targets?.find((t) => t.code === cmd.targetCode);
      if (target && !(cmd.actor.roles.includes('official') && cmd.actor.unit === target.owner)) {
        throw reject(ErrorCode.TargetForbidden, `target ${target.code} is reported by officials of ${target.owner}`);
      }
      targetCheck(cmd);
    },
  });
  const benefitCheck = ({ entry }: RecordBenefitCommand): void => {
    const check = checkBenefitEntry(entry, plan.issuedOn, benefitPeriods.get(entry.enterpriseId) ?? new Set(), today());
    if (check.ok) return;
    if (check.kind === 'invalid') {
      throw reject(ErrorCode.RequestInvalid, 'the ledger entry is invalid', { errors: check.problems.map((p) => ({ field: `body.${p.path}`, rule: p.rule })) });
    }
    throw reject(check.kind === 'already-recorded' ? ErrorCode.BenefitPeriodRecorded : ErrorCode.BenefitNothingToCorrect, `enterprise ${entry.enterpriseId}: ${check.message}`);
  };
  setHandler(
    recordBenefitUpdate,
    (cmd) => {
      benefitCheck(cmd);
      const { entry, actor } = cmd;
      periodsOf(benefitPeriods, entry.enterpriseId).add(entry.period);
      const event = outbox.emit(EventType.BenefitRecorded, { planId: plan.planId, ...entry, actor });
      const { planId: _p, actor: _a, ...data } = event.data;
      return { planId: plan.planId, ...data, eventId: event.id };
    },
    {
      validator: (cmd) => {
        refuseWhenClosed();
        // The API fills `district` from the enterprise's own workflow; the plan checks the caller against it once more.
        if (!(cmd.actor.roles.includes('official') && cmd.actor.unit === cmd.entry.district)) {
          throw reject(ErrorCode.Forbidden, `the ledger of ${cmd.entry.enterpriseId} is recorded by officials of ${cmd.entry.district}`);
        }
        benefitCheck(cmd);
      },
    },
  );
  setHandler(taskStatusChangedSignal, ({ taskId, status, due }) => {
    const task = view.tasks.find((t) => t.taskId === taskId);
    if (task) Object.assign(task, { status, due });
  });

  outbox.emit(EventType.PlanStarted, {
    planId: plan.planId,
    title: plan.title,
    issuedOn: plan.issuedOn,
    tasks: assignments.map((a) => a.taskId),
    ...(input.template && { template: input.template }),
    scoring: plan.scoring,
    // Only a plan with targets carries them (issue 11): every plan started before emits what it always did.
    ...(plan.targets && plan.targets.length > 0 && { targets: plan.targets }),
    actor: input.actor,
  });
  const publishing = outbox.run();

  const accepted = (task: TaskView): void => {
    const summary = view.tasks.find((t) => t.taskId === task.taskId);
    if (summary) summary.status = 'accepted';
    const last = task.submissions[task.submissions.length - 1];
    const deliverable = {
      taskId: task.taskId,
      summary: last?.summary ?? '',
      ...(last?.deliverableRef !== undefined && { deliverableRef: last.deliverableRef }),
      acceptedAt: task.acceptedAt ?? clock.nowIso(),
    };
    (view.deliverables[task.taskCode] ??= []).push(deliverable);
    outbox.emit(EventType.DeliverableAvailable, {
      planId: plan.planId,
      taskCode: task.taskCode,
      taskId: task.taskId,
      summary: deliverable.summary,
      ...(deliverable.deliverableRef !== undefined && { deliverableRef: deliverable.deliverableRef }),
      evidence: last?.evidence ?? [],
    });
    // T1's deliverable is the evaluation index (the "measuring scale" of 五(一)); enterprises waiting for it are classified now.
    if (task.taskCode === 'T1' && !view.evaluationIndex) setIndex(SZ_2009_INDEX_V1);
  };

  const children = [];
  for (const assignment of assignments) {
    const child = await startChild(taskWorkflow, {
      workflowId: taskWorkflowId(assignment.taskId),
      args: [{ assignment, planWorkflowId: workflowInfo().workflowId, clockOffsetMs: input.clockOffsetMs ?? 0 }],
      // A task outlives a plan that is terminated by mistake; it can be found and finished on its own.
      parentClosePolicy: ParentClosePolicy.ABANDON,
    });
    children.push(child.result().then(accepted));
  }

  await Promise.all(children);
  await Promise.all(indexSent);
  view.status = 'completed';
  outbox.emit(EventType.PlanCompleted, { planId: plan.planId });
  await condition(allHandlersFinished);
  outbox.close();
  await publishing;
  return view;
}
