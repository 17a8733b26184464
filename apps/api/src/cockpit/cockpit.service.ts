import { Injectable } from '@nestjs/common';
import { COCKPIT_MAX_ROWS, cockpitQuerySchema, type Cockpit } from '@duban/contracts';
import { ConsoleReadsRepository } from '@duban/persistence';
import { parseInput } from '../common/parse-input';
import { buildCockpit } from './cockpit';

/**
 * 驾驶舱 (issue 13): one plan's picture from the projections in one request — its tasks, its
 * escalation cases and four enterprise counts, read at once (no workflow is asked). The parks
 * chosen are the parks the plan's enterprises recorded at their destination step.
 */
@Injectable()
export class CockpitService {
  constructor(private readonly reads: ConsoleReadsRepository) {}

  async cockpit(query: unknown, now = new Date()): Promise<Cockpit> {
    const { planId } = parseInput(cockpitQuerySchema, query, 'query');
    const [tasks, cases, enterprises] = await Promise.all([this.reads.tasksOfPlan(planId, COCKPIT_MAX_ROWS), this.reads.casesOfPlan(planId, COCKPIT_MAX_ROWS), this.reads.enterpriseCounts(planId, COCKPIT_MAX_ROWS)]);
    return buildCockpit(planId, tasks.rows, cases.rows, enterprises, now, tasks.more || cases.more);
  }
}
