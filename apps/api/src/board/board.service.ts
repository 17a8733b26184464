import { Injectable } from '@nestjs/common';
import { BOARD_MAX_CASES, overdueBoardQuerySchema, type OverdueBoard } from '@duban/contracts';
import { ConsoleReadsRepository } from '@duban/persistence';
import { parseInput } from '../common/parse-input';
import { CalendarInForceProvider } from '../inbox/calendar-in-force';
import { buildOverdueBoard } from './overdue-board';

/**
 * 督办看板 (issue 13): the unresolved escalation cases by unit × level, from the escalation
 * projection in one bounded read. `GET /escalations` keeps serving the cases themselves (with
 * acknowledge and directive); this answers the matrix that route's per-field counts cannot.
 */
@Injectable()
export class BoardService {
  constructor(
    private readonly reads: ConsoleReadsRepository,
    private readonly calendars: CalendarInForceProvider,
  ) {}

  async overdue(query: unknown, now = new Date()): Promise<OverdueBoard> {
    const { planId } = parseInput(overdueBoardQuerySchema, query, 'query');
    const [cases, calendar] = await Promise.all([this.reads.unresolvedCases(BOARD_MAX_CASES, planId), this.calendars.get()]);
    return buildOverdueBoard(cases.rows, calendar.calendar, calendar.version, now, cases.more);
  }
}
