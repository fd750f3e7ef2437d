import { readFileSync } from 'node:fs';
import { runCheck } from '../src/cli/check';

process.exitCode = runCheck(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  out: (text) => console.log(text),
  err: (text) => console.error(text),
});
