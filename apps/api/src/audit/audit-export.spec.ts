import type { ChainedEvent } from '@duban/persistence';
import { CSV_BOM, CSV_COLUMNS, csvField, exportStream, toCsvRow, toJsonLine } from './audit-export';

const event: ChainedEvent = {
  specversion: '1.0',
  id: 'p.T1.STIIC#1',
  source: '/duban/workflows/taskWorkflow',
  type: 'duban.task.progress-reported.v1' as ChainedEvent['type'],
  subject: 'p.T1.STIIC',
  time: '2026-03-02T01:00:00.000Z',
  datacontenttype: 'application/json',
  sequence: 1,
  data: { note: 'a "quoted", two-line\r\nnote 指标' } as unknown as ChainedEvent['data'],
  recordedAt: '2026-03-02T01:00:01.000Z',
  kafka: { topic: 'duban.tasks.v1', partition: 0, offset: '12' },
  chain: 'duban.tasks.v1/0',
  seq: 1,
  prevHash: '0'.repeat(64),
  prevEventId: null,
  hash: 'ab'.repeat(32),
};

async function collect(format: 'jsonl' | 'csv', events: ChainedEvent[]): Promise<string> {
  async function* source() {
    yield* events;
  }
  let out = '';
  for await (const chunk of exportStream(format, source())) out += String(chunk);
  return out;
}

/** A small RFC 4180 reader, to check that what we write reads back to the same values. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('audit export', () => {
  it('quotes a CSV field only when RFC 4180 needs it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('writes a value a spreadsheet would run as a formula as text (a leading \')', () => {
    expect(csvField('=HYPERLINK("http://evil.example","点击")')).toBe('"\'=HYPERLINK(""http://evil.example"",""点击"")"');
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tcmd')).toBe("'\tcmd");
    expect(csvField('园区规划')).toBe('园区规划');
    expect(csvField('2009-08-31')).toBe('2009-08-31');
  });

  it('starts the CSV with a UTF-8 byte-order mark, so that Excel reads the Chinese text', async () => {
    const out = await collect('csv', [event]);
    expect(out.startsWith(`${CSV_BOM}id,chain,`)).toBe(true);
    expect((await collect('jsonl', [event])).startsWith('{')).toBe(true);
  });

  it('writes one JSON object per line: the CloudEvent with its chain fields', async () => {
    const out = await collect('jsonl', [event, { ...event, id: 'p.T1.STIIC#2', seq: 2 }]);
    const lines = out.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] as string)).toEqual(event);
    expect(JSON.parse(lines[1] as string)).toMatchObject({ id: 'p.T1.STIIC#2', seq: 2 });
    expect(toJsonLine(event)).not.toMatch(/\n./);
  });

  it('writes a CSV header and CRLF records that read back to the same values, data as JSON in one column', async () => {
    const out = (await collect('csv', [event])).slice(CSV_BOM.length);
    const rows = parseCsv(out);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]?.[i]]));
    expect(record).toMatchObject({ id: event.id, chain: event.chain, seq: '1', hash: event.hash, prevEventId: '', sequence: '1' });
    expect(JSON.parse(record['data'] as string)).toEqual(event.data);
    expect(JSON.parse(record['kafka'] as string)).toEqual(event.kafka);
    expect(toCsvRow(event).endsWith('\r\n')).toBe(true);
  });
});
