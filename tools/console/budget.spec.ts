import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { budgetLine, budgetReport, initialScriptsOf, measureInitialScripts, staticImportsOf } from './budget';

describe('console budget', () => {
  it('takes the entry script and the modulepreloaded chunks from index.html, under the base', () => {
    const html = `<!doctype html><html><head>
      <script type="module" crossorigin src="/console/assets/index-AbC1.js"></script>
      <link rel="modulepreload" crossorigin href="/console/assets/vendor-react-9x.js">
      <link rel=modulepreload href='/console/assets/antd-77.js'>
      <link rel="stylesheet" crossorigin href="/console/assets/index-1.css">
      <link rel="icon" href="/console/favicon.svg">
    </head><body><div id="root"></div></body></html>`;
    expect(initialScriptsOf(html, '/console/')).toEqual(['assets/index-AbC1.js', 'assets/vendor-react-9x.js', 'assets/antd-77.js']);
  });

  it('refuses a script from another origin, which it could not count', () => {
    expect(() => initialScriptsOf('<script src="https://cdn.example/x.js"></script>', '/console/')).toThrow(/another origin/);
  });

  it('follows static imports and leaves dynamic import() to the lazy chunks', () => {
    const code = 'import{j as e,r as t}from"./vendor-1.js";import"./side-2.js";export*from"./re-3.js";const p=()=>import("./lazy-page-4.js");';
    expect(staticImportsOf(code)).toEqual(['./vendor-1.js', './side-2.js', './re-3.js']);
  });

  describe('over a built folder', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'duban-budget-'));
      mkdirSync(path.join(dir, 'assets'));
      writeFileSync(path.join(dir, 'assets', 'index.js'), 'import{a}from"./vendor.js";const lazy=()=>import("./page.js");console.log(a);');
      writeFileSync(path.join(dir, 'assets', 'vendor.js'), `export const a=${JSON.stringify('x'.repeat(5000))};`);
      writeFileSync(path.join(dir, 'assets', 'page.js'), 'export default 1;');
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('counts the entry and what it imports statically, gzipped at level 9, and not the lazy page', () => {
      const scripts = measureInitialScripts(dir, ['assets/index.js']);
      expect(scripts.map((s) => s.file)).toEqual(['assets/index.js', 'assets/vendor.js']);
      const vendor = scripts[1];
      expect(vendor?.gzipBytes).toBe(gzipSync(Buffer.from(`export const a=${JSON.stringify('x'.repeat(5000))};`), { level: 9 }).length);
      const report = budgetReport(scripts);
      expect(report.gzipBytes).toBe(scripts.reduce((sum, s) => sum + s.gzipBytes, 0));
      expect(report.withinBudget).toBe(true);
      expect(budgetLine(report)).toMatch(/^console initial JS: \d+\.\d KB gzipped \(budget 400 KB\)$/);
    });

    it('fails a build over the budget', () => {
      const report = budgetReport(measureInitialScripts(dir, ['assets/index.js']), 10);
      expect(report.withinBudget).toBe(false);
    });
  });
});
