import { z } from 'zod';
import { ENTERPRISE_STEPS, STEP_FIELDS, type StepField, type StepFieldKind } from '@duban/domain';
import { stepPayloadSchemas } from './enterprise.workflow-api';

/** What the API fills in itself on the destination step (see EnterprisesService.completeDestination). */
const FILLED_BY_API: Partial<Record<string, readonly string[]>> = { destination: ['parkName', 'region', 'rank', 'fit', 'matchReasons'] };

/** A field as its schema describes it, in the words of STEP_FIELDS. */
function described(schema: z.ZodTypeAny): { optional: boolean; kind: string; emptyAllowed?: boolean } {
  const optional = schema.isOptional();
  const inner = schema instanceof z.ZodOptional ? (schema.unwrap() as z.ZodTypeAny) : schema;
  if (inner instanceof z.ZodEnum) return { optional, kind: `options:${[...(inner.options as string[])].sort().join('|')}` };
  if (inner instanceof z.ZodNumber) return { optional, kind: inner.isInt ? 'count' : 'number' };
  if (inner instanceof z.ZodArray) return { optional, kind: 'lines', emptyAllowed: (inner._def.minLength?.value ?? 0) === 0 };
  if (inner instanceof z.ZodString) return { optional, kind: inner._def.checks.some((c) => c.kind === 'regex') ? 'date' : 'text' };
  return { optional, kind: inner.constructor.name };
}

function kindOf(kind: StepFieldKind): string {
  if (typeof kind === 'object') return `options:${[...kind.options].sort().join('|')}`;
  return kind === 'textarea' || kind === 'park' ? 'text' : kind;
}

describe('STEP_FIELDS (the console’s step forms) and stepPayloadSchemas (what the API validates)', () => {
  it.each([...ENTERPRISE_STEPS])('name the same fields, each optional or not alike and of the same kind: %s', (step) => {
    const shape = (stepPayloadSchemas()[step] as z.ZodObject<z.ZodRawShape>).shape;
    const filled = FILLED_BY_API[step] ?? [];
    const fields: readonly StepField[] = STEP_FIELDS[step];
    expect(fields.map((f) => f.name).sort()).toEqual(Object.keys(shape).filter((k) => !filled.includes(k)).sort());
    for (const field of fields) {
      const schemaSays = described(shape[field.name] as z.ZodTypeAny);
      expect({ field: field.name, optional: field.optional === true, kind: kindOf(field.kind) }).toEqual({ field: field.name, optional: schemaSays.optional, kind: schemaSays.kind });
      if (schemaSays.kind === 'lines') expect({ field: field.name, emptyAllowed: field.emptyAllowed === true }).toEqual({ field: field.name, emptyAllowed: schemaSays.emptyAllowed });
    }
  });
});
