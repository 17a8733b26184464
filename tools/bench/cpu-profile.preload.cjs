// Loaded with `NODE_OPTIONS=--require …` into the API by `npm run bench -- --cpu-prof` (Node 20
// refuses `--cpu-prof` itself in NODE_OPTIONS): profiles the whole process through the inspector
// and writes `<pid>.cpuprofile` into BENCH_CPU_PROFILE_DIR when it is told to stop or exits. Plain JavaScript: it is
// loaded before the TypeScript runner. A same-thread inspector session answers synchronously, so
// the profile can be taken in the 'exit' handler.
const { Session } = require('node:inspector');
const { mkdirSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new Session();
  session.connect();
  session.post('Profiler.enable');
  session.post('Profiler.setSamplingInterval', { interval: 1000 });
  session.post('Profiler.start');
  let written = false;
  const dump = () => {
    if (written) return;
    written = true;
    session.post('Profiler.stop', (error, result) => {
      if (error || !result) return;
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.once('exit', dump);
  // Nest's shutdown hooks end the process by raising the signal again, and a process killed by a
  // signal emits no 'exit': the profile is written on the first SIGTERM, while the app closes.
  process.once('SIGTERM', dump);
  process.once('SIGINT', dump);
}
