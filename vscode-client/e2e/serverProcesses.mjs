// The Java servers the extension started, found by their jar path under this run's extensions folder
// (so a developer's other Java programs never count).
import { readFileSync, readdirSync } from 'node:fs';

export function serverProcesses(extensionsDir) {
  const found = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let argv;
    try {
      argv = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0');
    } catch {
      continue; // it ended while we looked
    }
    if (/java$/.test(argv[0]) && argv.some((arg) => arg.startsWith(extensionsDir) && arg.endsWith('paperlens-server.jar'))) {
      found.push(Number(entry));
    }
  }
  return found;
}
