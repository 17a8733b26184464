import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The console's size budget (issue 13): the JavaScript a first visit must download before the
 * console can run, gzipped, at most 400 KB (1 KB = 1024 bytes). "Initial" is the entry script of
 * `index.html`, the chunks it `modulepreload`s, and every chunk those import statically; chunks
 * reached only through `import()` (lazy pages) are not counted. zlib level 9 stands for what a
 * server or CDN would send; the API's own static serving may compress less.
 *
 * Run by Nx after the Vite build (`apps/console/project.json`, target `budget`):
 * `budget.ts <dist dir> <base> <report file>`; exits 1 above the budget.
 */
export const BUDGET_BYTES = 400 * 1024;

export interface ScriptSize {
  /** Path inside the dist dir, e.g. `assets/index-3f2a.js`. */
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BudgetReport {
  readonly gzipBytes: number;
  readonly budgetBytes: number;
  readonly withinBudget: boolean;
  readonly scripts: ScriptSize[];
}

/**
 * The entry scripts and modulepreloaded chunks named by `index.html`, as paths inside the dist
 * dir. `base` is Vite's `base` (e.g. `/console/`), which prefixes every URL it writes.
 * External URLs (another origin) are refused: the budget must see every byte it counts.
 */
export function initialScriptsOf(html: string, base: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name: string): string | undefined => new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(1).find((v) => v !== undefined);
    if (/^<script/i.test(tag)) {
      const src = attr('src');
      if (src) urls.push(src);
    } else if ((attr('rel') ?? '').toLowerCase() === 'modulepreload') {
      const href = attr('href');
      if (href) urls.push(href);
    }
  }
  return [...new Set(urls.map((url) => distPath(url, base)))];
}

function distPath(url: string, base: string): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) throw new Error(`index.html loads ${url} from another origin; the budget cannot count it`);
  const withoutQuery = url.replace(/[?#].*$/, '');
  if (withoutQuery.startsWith(base)) return withoutQuery.slice(base.length);
  if (withoutQuery.startsWith('/')) throw new Error(`index.html loads ${url}, outside the base ${base}`);
  return withoutQuery.replace(/^\.\//, '');
}

/**
 * Relative specifiers a minified ES module imports statically: `import"./a.js"`,
 * `import{x as y}from"./b.js"`, `export*from"./c.js"`. A dynamic `import("./d.js")` has a
 * parenthesis where these have a quote or a binding list, so it is not matched.
 */
export function staticImportsOf(code: string): string[] {
  const found = new Set<string>();
  const pattern = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
  for (const match of code.matchAll(pattern)) if (match[1]) found.add(match[1]);
  return [...found];
}

/** Follows the static imports from `entries` (paths inside `distDir`) and sizes every chunk reached. */
export function measureInitialScripts(distDir: string, entries: string[]): ScriptSize[] {
  const seen = new Set<string>();
  const queue = [...entries];
  const sizes: ScriptSize[] = [];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const content = readFileSync(path.join(distDir, file));
    sizes.push({ file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    for (const specifier of staticImportsOf(content.toString('utf8'))) {
      queue.push(path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)));
    }
  }
  return sizes;
}

export function budgetReport(scripts: ScriptSize[], budgetBytes = BUDGET_BYTES): BudgetReport {
  const gzipBytes = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  return { gzipBytes, budgetBytes, withinBudget: gzipBytes <= budgetBytes, scripts };
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);

export function budgetLine(report: BudgetReport): string {
  return `console initial JS: ${kb(report.gzipBytes)} KB gzipped (budget ${report.budgetBytes / 1024} KB)`;
}

function main(argv: string[]): number {
  const [distDir, base, reportFile] = argv;
  if (!distDir || !base || !reportFile) {
    console.error('usage: budget.ts <dist dir> <base, e.g. /console/> <report file>');
    return 2;
  }
  // A report from an earlier, passing build must not vouch for this one.
  rmSync(reportFile, { force: true });
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const entries = initialScriptsOf(html, base);
  if (entries.length === 0) {
    console.error(`${distDir}/index.html names no script: nothing to measure, which is not a pass`);
    return 1;
  }
  const report = budgetReport(measureInitialScripts(distDir, entries));
  for (const s of report.scripts) console.log(`  ${s.file}: ${kb(s.bytes)} KB, ${kb(s.gzipBytes)} KB gzipped`);
  console.log(budgetLine(report));
  if (!report.withinBudget) {
    console.error(`console initial JS is over its budget by ${kb(report.gzipBytes - report.budgetBytes)} KB: split a page out with React.lazy, or drop a dependency`);
    return 1;
  }
  // Written only on a pass: its presence marks a checked build (libs/testing's ensureConsoleBuilt).
  writeFileSync(reportFile, `${JSON.stringify({ line: budgetLine(report), ...report, measuredAt: new Date().toISOString() }, null, 2)}\n`);
  return 0;
}

if (require.main === module) process.exit(main(process.argv.slice(2)));
