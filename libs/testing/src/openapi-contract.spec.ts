import { z } from 'zod';
import { ErrorCode, operation } from '@duban/contracts';
import { buildOpenApiDocument } from '@duban/contracts/openapi';
import { ContractViolation, OpenApiContract, type OpenApiDocumentLike } from './openapi-contract';

const thing = z.object({ id: z.string(), count: z.number().int() }).strict();
const document = buildOpenApiDocument(
  [
    operation({
      operationId: 'getThing',
      method: 'get',
      path: '/things/{id}',
      tag: 'things',
      summary: 'one thing',
      params: z.object({ id: z.string() }).strict(),
      success: { status: 200, description: 'the thing', schema: thing },
      errors: [ErrorCode.TaskNotFound],
    }),
    operation({ operationId: 'countThings', method: 'get', path: '/things/count', tag: 'things', summary: 'how many', success: { status: 200, description: 'a count', schema: z.number().int() } }),
    operation({ operationId: 'deleteThing', method: 'delete', path: '/things/{id}', tag: 'things', summary: 'gone', params: z.object({ id: z.string() }).strict(), success: { status: 204, description: 'deleted' } }),
  ],
  { title: 't', version: '1', description: 'd' },
);
const contract = new OpenApiContract(document as OpenApiDocumentLike);
const problem = (status: number, code: string) => ({ type: 'urn:x', title: 'T', status, detail: 'd', code });

describe('OpenApiContract', () => {
  it('accepts a documented answer and counts it per operation and status', () => {
    contract.check('GET', '/things/a?x=1', 200, 'application/json; charset=utf-8', { id: 'a', count: 2 });
    contract.check('GET', '/things/count', 200, 'application/json', 3);
    contract.check('DELETE', '/things/a', 204, null, '');
    contract.check('GET', '/things/a', 404, 'application/problem+json', problem(404, 'TASK.NOT_FOUND'));
    expect(contract.checked.get('getThing 200')).toBe(1);
    expect(contract.checked.get('countThings 200')).toBe(1);
  });

  it.each([
    ['a body that breaks the schema', 'GET', '/things/a', 200, 'application/json', { id: 'a', count: 2.5 }],
    ['a field the schema does not have', 'GET', '/things/a', 200, 'application/json', { id: 'a', count: 2, extra: true }],
    ['an undocumented status', 'GET', '/things/a', 409, 'application/problem+json', problem(409, 'TASK.OUT_OF_TURN')],
    ['an error code the status does not list', 'GET', '/things/a', 404, 'application/problem+json', problem(404, 'PLAN.NOT_FOUND')],
    ['an undocumented media type', 'GET', '/things/a', 200, 'text/csv', 'id,count'],
    ['a body on a 204', 'DELETE', '/things/a', 204, 'application/json', { id: 'a' }],
    ['an undocumented route answered 200', 'GET', '/nothing', 200, 'application/json', {}],
  ])('refuses %s', (_what, method, url, status, type, body) => {
    expect(() => contract.check(method, url, status, type, body)).toThrow(ContractViolation);
  });

  it('accepts a 404 problem for a route the document does not have', () => {
    contract.check('GET', '/nothing', 404, 'application/problem+json', problem(404, 'ROUTE.NOT_FOUND'));
  });
});
