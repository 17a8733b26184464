import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ERROR_CODES, type ErrorCode, HTTP_STATUS_OF_ERROR, isErrorCode } from './errors';

describe('error codes and their HTTP statuses', () => {
  it('gives every code exactly one status, and no status to anything else', () => {
    expect(Object.keys(HTTP_STATUS_OF_ERROR).sort()).toEqual([...ERROR_CODES].sort());
    for (const code of ERROR_CODES) expect([400, 401, 403, 404, 405, 409, 413, 415, 422, 429, 500, 503]).toContain(HTTP_STATUS_OF_ERROR[code as ErrorCode]);
    expect(isErrorCode('TASK.NOT_FOUND')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
  });

  it('keeps the names and statuses consistent', () => {
    for (const code of ERROR_CODES) {
      const status = HTTP_STATUS_OF_ERROR[code as ErrorCode];
      if (code.endsWith('.NOT_FOUND')) expect({ code, status }).toEqual({ code, status: 404 });
      if (code.startsWith('DEPENDENCY.')) expect({ code, status }).toEqual({ code, status: 503 });
      if (code.endsWith('.FORBIDDEN')) expect({ code, status }).toEqual({ code, status: 403 });
    }
  });

  it('is listed in full in docs/api.md, each code with its status', () => {
    const doc = readFileSync(path.resolve(__dirname, '../../../docs/api.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Errors'), doc.indexOf('\n## ', doc.indexOf('## Errors') + 1));
    const rows = section.split('\n').filter((l) => /^\| \d{3} \|/.test(l));
    for (const code of ERROR_CODES) {
      const row = rows.find((r) => r.includes(`\`${code}\``));
      expect({ code, row: row?.slice(0, 7) }).toEqual({ code, row: `| ${HTTP_STATUS_OF_ERROR[code as ErrorCode]} |` });
    }
  });
});
