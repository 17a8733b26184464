import { Readable } from 'node:stream';
import type { AuditExportFormat } from '@duban/contracts';
import type { ChainedEvent } from '@duban/persistence';

/** Content-Type of each export format. */
export const EXPORT_CONTENT_TYPE: Record<AuditExportFormat, string> = {
  jsonl: 'application/jsonl; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

/** The CSV columns, in order; `data` and `kafka` are JSON in one column each. */
export const CSV_COLUMNS = ['id', 'chain', 'seq', 'time', 'type', 'subject', 'sequence', 'source', 'specversion', 'datacontenttype', 'recordedAt', 'kafka', 'prevEventId', 'prevHash', 'hash', 'data'] as const;

/** One JSON Lines line: the CloudEvent with its chain fields, and a newline. */
export function toJsonLine(event: ChainedEvent): string {
  return `${JSON.stringify(event)}\n`;
}

/**
 * The UTF-8 byte-order mark the CSV export starts with: without it Excel reads the file in the
 * system's code page (GB18030 on a Chinese Windows) and shows the Chinese text garbled.
 */
export const CSV_BOM = '\uFEFF';

/**
 * A value a spreadsheet would run as a formula (OWASP, CSV injection): one that starts with `=`,
 * `+`, `-`, `@`, a tab or a carriage return. The CSV export writes it with a leading `'`, which
 * spreadsheets read as "text"; the JSON Lines export, the one to verify the chain from, is exact.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One RFC 4180 field: a value that could run as a formula gets a leading `'` (above); the field
 * is quoted (with quotes doubled) when it holds a comma, a quote, CR or LF, or starts or ends with
 * a space; otherwise it is written as is.
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV record, CRLF-terminated as RFC 4180 asks. */
export function toCsvRow(event: ChainedEvent): string {
  const cell = (column: (typeof CSV_COLUMNS)[number]): string => {
    const value = event[column];
    if (value === null || value === undefined) return '';
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  return `${CSV_COLUMNS.map((c) => csvField(cell(c))).join(',')}\r\n`;
}

/** How an export ended: every event sent, or stopped early (the client went away, or an error). */
export interface ExportOutcome {
  events: number;
  complete: boolean;
}

/**
 * The export as a byte stream: pulls events only as fast as the client reads. When the stream is
 * destroyed (Fastify does so when the client disconnects), the generator is returned, which
 * returns `events` in turn (closing the store cursor in its `finally`); `onEnd` is told once the
 * source is released, whichever way the export ended.
 */
export function exportStream(format: AuditExportFormat, events: AsyncIterable<ChainedEvent>, onEnd?: (outcome: ExportOutcome) => void): Readable {
  async function* lines(): AsyncGenerator<string> {
    let count = 0;
    let complete = false;
    try {
      if (format === 'csv') yield `${CSV_BOM}${CSV_COLUMNS.join(',')}\r\n`;
      for await (const event of events) {
        count += 1;
        yield format === 'csv' ? toCsvRow(event) : toJsonLine(event);
      }
      complete = true;
    } finally {
      onEnd?.({ events: count, complete });
    }
  }
  return Readable.from(lines());
}
