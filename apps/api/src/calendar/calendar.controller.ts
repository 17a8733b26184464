import { Body, Controller, Param, Query } from '@nestjs/common';
import {
  CALENDAR_OPERATIONS as OP,
  type CalendarResponse,
  type CalendarYearResponse,
  type LoadCalendarNoticeResponse,
} from '@duban/contracts';
import type { Principal } from '@duban/auth';
import { RequestInvalid } from '../common/api-error';
import { CurrentPrincipal } from '../common/auth.guard';
import { Operation } from '../common/operation.decorator';
import { parseInput } from '../common/parse-input';
import { toActor } from '../tasks/task-workflows';
import { CalendarService } from './calendar.service';

@Controller()
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Operation(OP.listCalendarYears)
  list(@Query() query: unknown): Promise<CalendarResponse> {
    const { from, to } = parseInput(OP.listCalendarYears.query, query, 'query');
    return this.calendar.list(from, to);
  }

  @Operation(OP.viewCalendarYear)
  year(@Param('year') year: string): Promise<CalendarYearResponse> {
    const parsed = OP.viewCalendarYear.params.shape.year.safeParse(year);
    if (!parsed.success) throw RequestInvalid([{ field: 'path.year', rule: 'must be a year from 2008 to 2100' }]);
    return this.calendar.year(parsed.data);
  }

  @Operation(OP.loadCalendarNotice)
  load(@Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<LoadCalendarNoticeResponse> {
    return this.calendar.load(body, 'api', toActor(principal));
  }
}
