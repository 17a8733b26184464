import { Button, Space, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, unwrap } from '../../api/client';
import { formatActor, formatDate } from '../../common/format';
import { useReadyWhen } from '../../common/ready';
import { Refusal } from '../../common/refusal';
import { unitName } from '../../common/units';

/**
 * 督办单 for printing (A4, the print CSS in app.css hides everything else): the plan, the task, the
 * unit, the facts (deadline, overdue, the card raised), the committed date and the instructions.
 */
export default function DirectivePrintPage() {
  const { taskId = '', directiveId = '' } = useParams();
  const { t } = useTranslation();
  const task = useQuery({ queryKey: ['task', taskId], queryFn: () => unwrap(api.GET('/tasks/{taskId}', { params: { path: { taskId } } })) });
  useReadyWhen(!task.isPending);
  if (task.isPending) return <Spin style={{ margin: 48 }} />;
  if (task.isError) return <Refusal error={task.error} />;
  const view = task.data;
  const directive = view.directives.find((d) => d.id === directiveId);
  if (!directive) return <Refusal error={new Error(t('print.noDirective'))} />;
  const cards = view.escalations.filter((e) => e.raisedAt <= directive.issuedAt);
  return (
    <main id="main">
      <Space className="duban-no-print" style={{ padding: 16 }}>
        <Link to={`/tasks/${encodeURIComponent(taskId)}`}>← {t('print.back')}</Link>
        <Button type="primary" onClick={() => window.print()}>
          {t('print.print')}
        </Button>
      </Space>
      <article className="duban-directive-sheet" data-testid="directive-sheet">
        <h1 style={{ textAlign: 'center', fontSize: 26, letterSpacing: 6, color: '#b00' }}>{t('print.heading')}</h1>
        <p style={{ textAlign: 'right' }}>
          {t('print.number')}：{directive.id}
        </p>
        <table>
          <tbody>
            <tr>
              <th scope="row">{t('print.plan')}</th>
              <td>{view.planId}</td>
            </tr>
            <tr>
              <th scope="row">{t('print.task')}</th>
              <td>
                {view.taskCode} {view.title}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('print.unit')}</th>
              <td>
                {unitName(view.unit, 'zh-CN')}
                {view.coUnits.length > 0 && `（${t('print.coUnits')}：${view.coUnits.map((u) => unitName(u, 'zh-CN')).join('、')}）`}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('print.facts')}</th>
              <td>
                {t('print.factsText', { due: directive.previousDue, original: view.originalDue, status: t(`status.${view.status}`) })}
                {cards.map((c) => (
                  <div key={c.id}>
                    {t(`level.${c.level}`)} · {formatDate(c.raisedAt)}
                  </div>
                ))}
              </td>
            </tr>
            <tr>
              <th scope="row">{t('print.instructions')}</th>
              <td>{directive.instructions}</td>
            </tr>
            <tr>
              <th scope="row">{t('print.committedDate')}</th>
              <td>
                <strong>{directive.committedDate}</strong>
              </td>
            </tr>
            <tr>
              <th scope="row">{t('print.issued')}</th>
              <td>
                {unitName(directive.issuedBy.unit, 'zh-CN')} · {formatActor(directive.issuedBy)} · {formatDate(directive.issuedAt)}
              </td>
            </tr>
          </tbody>
        </table>
        <p style={{ marginTop: 32 }}>{t('print.receipt')}</p>
      </article>
    </main>
  );
}
