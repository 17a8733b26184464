import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { ErrorCode, sameShape, type StoredParkResponse } from '@duban/contracts';
import { DEFAULT_PARKS, parkSchema } from '@duban/domain';
import type { Principal } from '@duban/auth';
import { ParkRepository, type StoredPark } from '@duban/persistence';
import { ApiError, Forbidden, RequestInvalid } from '../common/api-error';
import { parseInput } from '../common/parse-input';
import { toActor } from '../tasks/task-workflows';

/** Units whose officials may load parks: PLAN (T2's park plan, 产业布局规划) and STIIC (matching). */
const PARK_UNITS = ['PLAN', 'STIIC'];
const PARK_ID = /^[a-z0-9][a-z0-9-]{2,63}$/;

// The parks API documents its answers with `storedParkSchema` (contracts), which cannot see the
// store's own type: this pins the two together, so neither can change alone.
sameShape<StoredPark, StoredParkResponse>(true);

/**
 * The parks that destination matching reads. The domain's default parks are stored at boot
 * (idempotently: a park already stored is left as it is); more are added with `POST /parks`,
 * validated with the domain's park schema, every bad field named.
 */
@Injectable()
export class ParksService implements OnModuleInit {
  private readonly logger = new Logger(ParksService.name);

  constructor(private readonly parks: ParkRepository) {}

  async onModuleInit(): Promise<void> {
    const inserted = await this.parks.seed(DEFAULT_PARKS);
    if (inserted > 0) this.logger.log(`stored ${inserted} default park(s)`);
  }

  list(): Promise<StoredPark[]> {
    return this.parks.list();
  }

  async get(id: string): Promise<StoredPark> {
    if (!PARK_ID.test(id)) throw RequestInvalid([{ field: 'path.id', rule: 'is not a park id (3–64 lower-case letters, digits or dashes)' }]);
    const park = await this.parks.get(id);
    if (!park) throw new ApiError(ErrorCode.ParkNotFound, `no park ${id}`);
    return park;
  }

  async create(body: unknown, principal: Principal): Promise<StoredPark> {
    if (!principal.roles.includes('admin') && !(principal.roles.includes('official') && PARK_UNITS.includes(principal.unit))) {
      throw Forbidden(`only admins or officials of ${PARK_UNITS.join(' or ')} load parks`);
    }
    const park = parseInput(parkSchema, body, 'body');
    if ((await this.parks.create(park, toActor(principal))) === 'exists') throw new ApiError(ErrorCode.ParkAlreadyExists, `park ${park.id} is already stored`);
    return this.get(park.id);
  }
}
