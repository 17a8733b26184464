import { Controller, Query } from '@nestjs/common';
import { CONSOLE_OPERATIONS as OP, type OverdueBoard } from '@duban/contracts';
import { Operation } from '../common/operation.decorator';
import { BoardService } from './board.service';

@Controller()
export class BoardController {
  constructor(private readonly board: BoardService) {}

  @Operation(OP.getOverdueBoard)
  overdue(@Query() query: unknown): Promise<OverdueBoard> {
    return this.board.overdue(query);
  }
}
