import { enterpriseSchemas, type EnterpriseRegistration } from './enterprise.schema';
import { INDICATOR_KEYS } from './evaluation-index';

const FLAG_KEYS = ['highTechCertified', 'headquartersInShenzhen', 'productionInShenzhen'] as const;
/** Flags added in issue 11: a column may be missing or empty (absent, read as `false`). */
const OPTIONAL_FLAG_KEYS = ['productionMovingOut', 'leadingFirm'] as const;

/**
 * The columns of the enterprise CSV format (bulk import and the sample generator), in order. Each
 * indicator column holds the raw value in the unit of {@link enterpriseSchemas().indicators}; flags are
 * `true`/`false`; `redLines` holds red-line codes separated by `;` and is empty when there are none.
 * The last three (issue 11) are optional, appended so that files made for the earlier columns keep
 * their positions: `productionCategory` (one of {@link PRODUCTION_CATEGORIES}), `productionMovingOut`
 * and `leadingFirm`; a missing column or an empty cell leaves the field out (see the registration
 * schema for how an absent one reads).
 */
export const enterpriseCsvColumns = ['id', 'name', 'district', 'industry', ...INDICATOR_KEYS, ...FLAG_KEYS, 'redLines', 'productionCategory', ...OPTIONAL_FLAG_KEYS] as const;
export type EnterpriseCsvColumn = (typeof enterpriseCsvColumns)[number];

/** One row problem: the column and the rule its value breaks. */
export interface CsvFieldProblem {
  field: string;
  rule: string;
}

export type EnterpriseRowResult = { ok: true; value: EnterpriseRegistration } | { ok: false; problems: CsvFieldProblem[] };

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The header line, without a line break. */
export function enterpriseCsvHeader(): string {
  return enterpriseCsvColumns.join(',');
}

/** One enterprise as a record of column → text, the inverse of {@link parseEnterpriseRow}. */
export function enterpriseToCsvRecord(e: EnterpriseRegistration): Record<EnterpriseCsvColumn, string> {
  const record = {
    id: e.id,
    name: e.name,
    district: e.district,
    industry: e.industry,
    redLines: e.redLines.join(';'),
    productionCategory: e.productionCategory ?? '',
  } as Record<EnterpriseCsvColumn, string>;
  for (const k of INDICATOR_KEYS) record[k] = String(e.indicators[k]);
  for (const k of FLAG_KEYS) record[k] = String(e.flags[k]);
  for (const k of OPTIONAL_FLAG_KEYS) record[k] = e.flags[k] === undefined ? '' : String(e.flags[k]);
  return record;
}

/** One enterprise as a CSV line, without a line break, in {@link enterpriseCsvColumns} order. */
export function enterpriseToCsvRow(e: EnterpriseRegistration): string {
  const record = enterpriseToCsvRecord(e);
  return enterpriseCsvColumns.map((c) => csvField(record[c])).join(',');
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const TRUE_WORDS = new Set(['true', '1', 'yes', 'y', '是']);
const FALSE_WORDS = new Set(['false', '0', 'no', 'n', '否']);

/**
 * Validates one CSV row, given as column → text (the header names the columns), and returns the
 * registration or every problem at once, each named by its column so that a bulk import can
 * report "row 17, energyPerOutput: must be a number".
 *
 * Text is trimmed. Numbers are plain decimals (`1.5`, `-3`, `2e3`); thousands separators are
 * refused rather than guessed. Flags accept true/false, 1/0, yes/no, 是/否. Red lines are codes
 * separated by `;` (or the full-width `；` that Chinese spreadsheets produce). A column that is not
 * in {@link enterpriseCsvColumns} is a problem, so that a misspelt header is not silently dropped.
 */
export function parseEnterpriseRow(record: Record<string, string>): EnterpriseRowResult {
  const problems: CsvFieldProblem[] = [];
  const known = new Set<string>(enterpriseCsvColumns);
  for (const column of Object.keys(record)) {
    if (!known.has(column)) problems.push({ field: column, rule: 'unknown column' });
  }
  const text = (c: EnterpriseCsvColumn): string | undefined => {
    const v = record[c];
    return v === undefined ? undefined : v.trim();
  };
  const badFormat = new Set<string>();
  const required = (c: EnterpriseCsvColumn): string | undefined => {
    const v = text(c);
    if (v === undefined || v === '') {
      problems.push({ field: c, rule: 'required' });
      badFormat.add(c);
      return undefined;
    }
    return v;
  };

  const indicators: Record<string, number | undefined> = {};
  for (const k of INDICATOR_KEYS) {
    const v = required(k);
    if (v === undefined) continue;
    if (!NUMBER.test(v)) {
      problems.push({ field: k, rule: 'must be a number' });
      badFormat.add(k);
    } else {
      indicators[k] = Number(v);
    }
  }
  const flags: Record<string, boolean | undefined> = {};
  const flag = (k: string, v: string): void => {
    const lower = v.toLowerCase();
    if (TRUE_WORDS.has(lower)) flags[k] = true;
    else if (FALSE_WORDS.has(lower)) flags[k] = false;
    else {
      problems.push({ field: k, rule: 'must be true or false' });
      badFormat.add(k);
    }
  };
  for (const k of FLAG_KEYS) {
    const v = required(k);
    if (v !== undefined) flag(k, v);
  }
  for (const k of OPTIONAL_FLAG_KEYS) {
    const v = text(k);
    if (v !== undefined && v !== '') flag(k, v);
  }
  const productionCategory = text('productionCategory');
  const redLines = (text('redLines') ?? '')
    .split(/[;；]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

  const parsed = enterpriseSchemas().registration.safeParse({
    id: required('id'),
    name: required('name'),
    district: required('district'),
    industry: required('industry'),
    indicators,
    flags,
    redLines,
    ...(productionCategory !== undefined && productionCategory !== '' && { productionCategory }),
  });
  if (parsed.success && problems.length === 0) return { ok: true, value: parsed.data };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [head, second] = issue.path;
      const field = String(head === 'indicators' || head === 'flags' ? (second ?? head) : (head ?? ''));
      if (!badFormat.has(field)) problems.push({ field, rule: issue.message });
    }
  }
  const order = (f: string): number => {
    const i = (enterpriseCsvColumns as readonly string[]).indexOf(f);
    return i === -1 ? enterpriseCsvColumns.length : i;
  };
  // Stable sort: column order, then the order problems were found in.
  return { ok: false, problems: problems.map((p, i) => ({ p, i })).sort((a, b) => order(a.p.field) - order(b.p.field) || a.i - b.i).map(({ p }) => p) };
}
