import { Controller, Query } from '@nestjs/common';
import { CONSOLE_OPERATIONS as OP, type Cockpit } from '@duban/contracts';
import { Operation } from '../common/operation.decorator';
import { CockpitService } from './cockpit.service';

@Controller()
export class CockpitController {
  constructor(private readonly cockpit: CockpitService) {}

  @Operation(OP.getCockpit)
  get(@Query() query: unknown): Promise<Cockpit> {
    return this.cockpit.cockpit(query);
  }
}
