/**
 * CSV for Chinese offices: UTF-8 with a byte-order mark (Excel on Windows reads the file as GBK
 * without it), CRLF line ends, every field quoted when it needs to be, and text that a spreadsheet
 * would run as a formula (a leading =, +, -, @, tab or CR) written as text with a leading '. Numbers
 * stay numbers (a negative score is not a formula). The same rules as the API's audit export.
 */
export function toCsv(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => cells.map(cell).join(',');
  return `\uFEFF${[line(header), ...rows.map(line)].join('\r\n')}\r\n`;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Saves `text` as a file through a Blob link: the rows are the ones on screen, so no second request. */
export function downloadCsv(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
