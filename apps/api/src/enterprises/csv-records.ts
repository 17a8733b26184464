/** A CSV text split into its header and data records. */
export interface CsvTable {
  header: string[];
  /** Data records; `row` is 1-based, counting from the line after the header. Blank lines are skipped but counted. */
  rows: { row: number; fields: string[] }[];
}

export type CsvParse = { ok: true; table: CsvTable } | { ok: false; rule: string };

/**
 * Splits CSV text (RFC 4180) into records: fields separated by commas, records by CRLF or LF, a
 * field in double quotes may hold commas, line breaks and doubled quotes (`""`). A UTF-8 byte-order
 * mark (which spreadsheets write) is dropped, and so is the line break after the last record.
 * An unterminated quote, or text after a closing quote, makes the whole text invalid.
 */
export function parseCsv(text: string): CsvParse {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let quoted = false;
  let afterQuote = false;
  const endRecord = () => {
    fields.push(field);
    records.push(fields);
    fields = [];
    field = '';
    afterQuote = false;
  };
  while (i < input.length) {
    const c = input[i] as string;
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        afterQuote = true;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      i++;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      afterQuote = false;
    } else if (c === '\r' && input[i + 1] === '\n') {
      endRecord();
      i++;
      recordLine = ++line;
    } else if (c === '\n') {
      endRecord();
      recordLine = ++line;
    } else if (c === '"' && field === '' && !afterQuote) {
      quoted = true;
    } else if (afterQuote) {
      return { ok: false, rule: `line ${line}: text after a closing quote` };
    } else if (c === '"') {
      return { ok: false, rule: `line ${line}: a quote inside an unquoted field (quote the field and double the quote)` };
    } else {
      field += c;
    }
    i++;
  }
  if (quoted) return { ok: false, rule: `line ${recordLine}: a quoted field is not closed` };
  if (field !== '' || fields.length > 0 || afterQuote) endRecord();

  const [head, ...data] = records;
  if (!head || (head.length === 1 && head[0]?.trim() === '')) return { ok: false, rule: 'has no header line' };
  return {
    ok: true,
    table: {
      header: head.map((h) => h.trim()),
      // Records are numbered by position, so a multi-line quoted field still counts as one row.
      rows: data.map((fields, n) => ({ row: n + 1, fields })).filter((r) => !(r.fields.length === 1 && r.fields[0] === '')),
    },
  };
}
