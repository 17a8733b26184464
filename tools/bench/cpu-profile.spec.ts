import { packageOf, selfTimes } from './cpu-profile';

describe('cpu profile summary', () => {
  it('names the package or our project a frame belongs to', () => {
    expect(packageOf('file:///work/main/node_modules/@nestjs/core/router/router-execution-context.js')).toBe('@nestjs/core');
    expect(packageOf('file:///work/main/node_modules/mongodb/lib/cursor.js')).toBe('mongodb');
    expect(packageOf('/work/main/libs/persistence/src/task-inbox.repository.ts')).toBe('libs/persistence');
    expect(packageOf('node:internal/streams/readable')).toBe('(node)');
  });

  it('adds up self time per function and per package from the samples', () => {
    const profile = {
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1 }, children: [2] },
        { id: 2, callFrame: { functionName: 'parse', url: 'file:///x/node_modules/bson/lib/parser.js', lineNumber: 9 } },
      ],
      samples: [2, 2, 1],
      timeDeltas: [100, 300, 50],
    };
    const { byFunction, byPackage, totalUs } = selfTimes(profile);
    expect(totalUs).toBe(450);
    expect(byPackage.get('bson')).toBe(400);
    expect(byFunction.get('parse bson/lib/parser.js:10')).toBe(400);
  });
});
