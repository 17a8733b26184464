import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * `node -r @swc-node/register tools/bench/cpu-profile.ts <file.cpuprofile | dir> [top]`: where the
 * API spent its CPU during `npm run bench -- --cpu-prof`, as self time per function and per
 * package, so a CPU-bound read can be named in docs/benchmarks.md without a browser.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** `node_modules/<pkg>` (scoped too), the repo folder for our own code, or `(node)` for Node's internals. */
export function packageOf(url: string): string {
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm?.[1]) return nm[1];
  const ours = /\/(apps|libs|tools|workflows)\/([^/]+)\//.exec(url);
  if (ours) return `${ours[1]}/${ours[2]}`;
  return url.startsWith('node:') || url === '' ? '(node)' : url;
}

export function selfTimes(profile: Profile): { byFunction: Map<string, number>; byPackage: Map<string, number>; totalUs: number } {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const node = nodes.get(id);
    const dt = profile.timeDeltas[i] ?? 0;
    if (!node) return;
    totalUs += dt;
    const { functionName, url, lineNumber } = node.callFrame;
    const fn = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*node_modules\//, '')}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    const pkg = functionName.startsWith('(') && !url ? functionName : packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + dt);
  });
  return { byFunction, byPackage, totalUs };
}

function main(): void {
  const [target, topArg] = process.argv.slice(2);
  if (!target) throw new Error('usage: cpu-profile.ts <file.cpuprofile | dir> [top]');
  const files = target.endsWith('.cpuprofile') ? [target] : readdirSync(target).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(target, f));
  const top = Number(topArg ?? 25);
  for (const file of files) {
    const { byFunction, byPackage, totalUs } = selfTimes(JSON.parse(readFileSync(file, 'utf8')) as Profile);
    const share = (us: number) => `${((100 * us) / totalUs).toFixed(1).padStart(5)} %  ${(us / 1e6).toFixed(2).padStart(7)} s`;
    console.log(`${file}: ${(totalUs / 1e6).toFixed(1)} s sampled\n\nself time by package:`);
    for (const [k, v] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(v)}  ${k}`);
    console.log('\nself time by function:');
    for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${share(v)}  ${k}`);
  }
}

if (require.main === module) main();
