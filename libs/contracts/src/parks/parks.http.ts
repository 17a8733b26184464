import { z } from 'zod';
import { actorSchema, parkSchema } from '@duban/domain';
import { ErrorCode } from '../errors';
import { operation } from '../http/operation';

// The parks API (the industrial transfer parks destination matching reads), defined once: the API
// routes these operations and /docs/openapi.json is generated from them.

/**
 * A stored park: the domain's park as its schema parsed it (every default filled in, so those
 * fields are required here) and where it came from. The API pins `StoredPark` (persistence) to it.
 */
export const storedParkSchema = parkSchema.extend({
  paired: z.boolean(),
  fictional: z.boolean().describe('an illustrative example, not a real park'),
  entryStandards: parkSchema.shape.entryStandards.removeDefault().extend({
    tracks: z.array(z.enum(['A', 'B', 'C'])).min(1),
    industriesOnly: z.boolean(),
    minScore: z.number().min(0).max(100),
  }),
  origin: z.enum(['seed', 'api']).describe('`seed` for a default park, `api` for one loaded through `POST /parks`'),
  createdAt: z.string(),
  createdBy: actorSchema.optional().describe('who loaded it (absent for a default park)'),
});
export type StoredParkResponse = z.infer<typeof storedParkSchema>;

export const PARK_OPERATIONS = {
  listParks: operation({
    operationId: 'listParks',
    method: 'get',
    path: '/parks',
    tag: 'parks',
    summary: 'Every stored industrial transfer park (the defaults and those loaded), ordered by id',
    success: { status: 200, description: 'every park', schema: z.array(storedParkSchema) },
  }),
  viewPark: operation({
    operationId: 'viewPark',
    method: 'get',
    path: '/parks/{id}',
    tag: 'parks',
    summary: 'One park; 404 PARK.NOT_FOUND',
    params: z.object({ id: parkSchema.shape.id }).strict(),
    success: { status: 200, description: 'the park', schema: storedParkSchema },
    errors: [ErrorCode.ParkNotFound],
  }),
  createPark: operation({
    operationId: 'createPark',
    method: 'post',
    path: '/parks',
    tag: 'parks',
    summary: 'Load a park (admins, officials of PLAN or STIIC), validated with the domain park schema; 409 PARK.ALREADY_EXISTS for a stored id',
    roles: ['admin', 'official'],
    body: parkSchema,
    success: { status: 201, description: 'the park as stored', schema: storedParkSchema, headers: { Location: '/parks/{id}' } },
    errors: [ErrorCode.ParkAlreadyExists],
  }),
};
