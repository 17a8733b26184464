import type { EnterpriseImportRejection } from '@duban/contracts';
import { enterpriseSchemas, parseEnterpriseRow, type EnterpriseRegistration } from '@duban/domain';
import type { CsvTable } from './csv-records';

/** One row of an import, validated or not, before anything is started. */
export type ImportRow = { row: number; ok: true; value: EnterpriseRegistration } | { row: number; ok: false; id?: string; problems: { field: string; rule: string }[] };

export interface ScreenedImport {
  /** Rows that may be registered, in row order. */
  accepted: { row: number; registration: EnterpriseRegistration }[];
  rejected: EnterpriseImportRejection[];
}

const idOf = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The CSV rows as column → text records, validated with {@link parseEnterpriseRow}; a row with the wrong number of fields is refused whole. */
export function csvImportRows(table: CsvTable): ImportRow[] {
  return table.rows.map(({ row, fields }) => {
    const id = idOf(fields[table.header.indexOf('id')]);
    if (fields.length !== table.header.length) {
      return { row, ok: false, ...(id && { id }), problems: [{ field: 'row', rule: `has ${fields.length} fields, the header has ${table.header.length}` }] };
    }
    const record = Object.fromEntries(table.header.map((column, i) => [column, fields[i] as string]));
    const parsed = parseEnterpriseRow(record);
    return parsed.ok ? { row, ok: true, value: parsed.value } : { row, ok: false, ...(id && { id }), problems: parsed.problems };
  });
}

/** The JSON items, validated with the registration schema; fields are named by their path (`indicators.technology`). */
export function jsonImportRows(items: readonly Record<string, unknown>[]): ImportRow[] {
  return items.map((item, i) => {
    const row = i + 1;
    const parsed = enterpriseSchemas().registration.safeParse(item);
    if (parsed.success) return { row, ok: true, value: parsed.data };
    const id = idOf(item['id']);
    return {
      row,
      ok: false,
      ...(id && { id }),
      problems: parsed.error.issues.flatMap((issue) =>
        issue.code === 'unrecognized_keys'
          ? issue.keys.map((key) => ({ field: [...issue.path, key].join('.'), rule: 'is not a known field' }))
          : [{ field: issue.path.join('.') || 'row', rule: issue.code === 'invalid_type' && issue.received === 'undefined' ? 'required' : issue.message }],
      ),
    };
  });
}

/**
 * Decides, before anything is started, which rows may be registered: a row with a problem, a row
 * of another district than the caller's (`district`, when the caller is a district's official),
 * and a second row with an id already seen in the import are rejected whole, with every problem.
 */
export function screenImport(rows: readonly ImportRow[], district?: string): ScreenedImport {
  const accepted: ScreenedImport['accepted'] = [];
  const rejected: EnterpriseImportRejection[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of rows) {
    if (!r.ok) {
      rejected.push({ row: r.row, ...(r.id && { id: r.id }), problems: r.problems });
      continue;
    }
    const problems: { field: string; rule: string }[] = [];
    if (district !== undefined && r.value.district !== district) problems.push({ field: 'district', rule: `must be ${district}: officials import only their own district's enterprises` });
    const first = firstRowOf.get(r.value.id);
    if (first !== undefined) problems.push({ field: 'id', rule: `repeats row ${first}` });
    else firstRowOf.set(r.value.id, r.row);
    if (problems.length > 0) rejected.push({ row: r.row, id: r.value.id, problems });
    else accepted.push({ row: r.row, registration: r.value });
  }
  return { accepted, rejected };
}
