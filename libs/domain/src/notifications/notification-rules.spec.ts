import { notificationsFor, type NotificationTrigger } from './notification-rules';

const ref = 'shenzhen-2009-98.T4.FUTIAN';
const card = (level: 'yellow' | 'red' | 'leading-group', notify: string[], repeat = 0): NotificationTrigger => ({
  kind: 'escalation',
  level,
  unit: 'FUTIAN',
  notify,
  ref,
  due: '2011-12-31',
  overdueWorkingDays: level === 'yellow' ? 0 : 5,
  repeat,
});
const recipients = (t: NotificationTrigger) => notificationsFor(t).map((n) => [n.recipient, n.role]);

describe('notification recipients', () => {
  it('reminds the lead unit and its co-units', () => {
    const t: NotificationTrigger = { kind: 'reminder', unit: 'PLAN', notify: ['PLAN', 'STIIC', 'HABITAT'], ref: 'p.T2.PLAN', due: '2010-12-31', daysBefore: 7 };
    expect(recipients(t)).toEqual([
      ['PLAN', 'responsible'],
      ['STIIC', 'co-unit'],
      ['HABITAT', 'co-unit'],
    ]);
    const [lead, co] = notificationsFor(t);
    expect(lead?.title).toEqual({ zh: '督办提醒：p.T2.PLAN 还有 7 天到期', en: 'Reminder: p.T2.PLAN is due in 7 days' });
    expect(co?.body.zh).toContain('配合牵头单位 PLAN');
  });

  it('gives a yellow card to the unit and a notice to 督查室', () => {
    expect(recipients(card('yellow', ['FUTIAN', 'DUCHA']))).toEqual([
      ['FUTIAN', 'responsible'],
      ['DUCHA', 'supervision'],
    ]);
  });

  it('opens a 督查室 case on a red card even when the event does not list DUCHA', () => {
    const drafts = notificationsFor(card('red', ['FUTIAN']));
    expect(drafts.map((d) => [d.recipient, d.role])).toEqual([
      ['FUTIAN', 'responsible'],
      ['DUCHA', 'supervision'],
    ]);
    expect(drafts[0]?.title.zh).toBe(`红牌：${ref}`);
    expect(drafts[1]?.title).toEqual({ zh: `新督办案件：FUTIAN ${ref} 红牌`, en: `New case: red card for FUTIAN on ${ref}` });
  });

  it('reports to the leading group office, with 督查室 and the unit, each once', () => {
    expect(recipients(card('leading-group', ['LGO', 'DUCHA', 'FUTIAN']))).toEqual([
      ['FUTIAN', 'responsible'],
      ['LGO', 'leading-group'],
      ['DUCHA', 'supervision'],
    ]);
    expect(recipients(card('leading-group', []))).toEqual([
      ['FUTIAN', 'responsible'],
      ['LGO', 'leading-group'],
      ['DUCHA', 'supervision'],
    ]);
  });

  it('does not tell the leading group office of yellow or red cards unless the event lists it', () => {
    expect(recipients(card('red', ['FUTIAN', 'DUCHA'])).map(([u]) => u)).not.toContain('LGO');
    expect(recipients(card('red', ['FUTIAN', 'DUCHA', 'LGO']))).toContainEqual(['LGO', 'leading-group']);
  });

  it('numbers a repeated notice', () => {
    expect(notificationsFor(card('red', [], 2))[0]?.title).toEqual({ zh: `红牌：${ref}（第 3 次）`, en: `Red card: ${ref} (notice 3)` });
  });

  it('tells only the unit concerned of acknowledgements, directives, reviews, extension decisions and new steps', () => {
    const triggers: NotificationTrigger[] = [
      { kind: 'acknowledged', level: 'red', unit: 'FUTIAN', ref, note: '已电话督促' },
      { kind: 'directive', unit: 'FUTIAN', ref, committedDate: '2012-02-15', instructions: '十个工作日内报送' },
      { kind: 'reviewed', decision: 'rejected', unit: 'FUTIAN', ref, reason: '缺少入园标准' },
      { kind: 'reviewed', decision: 'accepted', unit: 'FUTIAN', ref },
      { kind: 'extension-decided', decision: 'approve', unit: 'FUTIAN', ref, due: '2012-03-31' },
      { kind: 'step-opened', unit: 'STIIC', ref: 'E-001', stepName: '承接地匹配', due: '2012-01-20' },
    ];
    expect(triggers.map(recipients)).toEqual([[['FUTIAN', 'responsible']], [['FUTIAN', 'responsible']], [['FUTIAN', 'responsible']], [['FUTIAN', 'responsible']], [['FUTIAN', 'responsible']], [['STIIC', 'responsible']]]);
    const texts = triggers.map((t) => notificationsFor(t)[0]);
    expect(texts[0]?.body.zh).toContain('备注：已电话督促');
    expect(texts[1]?.title.zh).toBe(`督办单：${ref} 须于 2012-02-15 前办结`);
    expect(texts[2]?.body).toEqual({ zh: `${ref} 的提交被退回：缺少入园标准`, en: `The submission for ${ref} was returned: 缺少入园标准` });
    expect(texts[4]?.body.en).toBe(`${ref} is now due on 2012-03-31.`);
    expect(texts[5]?.title.zh).toBe('新办理环节：承接地匹配（E-001）');
  });

  it('always has a Chinese and an English title and body', () => {
    for (const d of notificationsFor(card('leading-group', ['LGO', 'DUCHA', 'FUTIAN']))) {
      for (const text of [d.title, d.body]) {
        expect(text.zh.length).toBeGreaterThan(0);
        expect(text.en.length).toBeGreaterThan(0);
      }
    }
  });
});
