// The real `JavaProbe`: the file system, the environment and `java -version`.
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import type { JavaProbe } from './javaDiscovery';

// A JVM answers -version in well under a second; a wrapper script that hangs must not block activation.
const VERSION_TIMEOUT_MS = 15_000;

export function nodeJavaProbe(): JavaProbe {
  return {
    platform: process.platform,
    env: process.env,
    homeDir: os.homedir(),
    isFile(file) {
      try {
        return fs.statSync(file).isFile();
      } catch {
        return false;
      }
    },
    versionOutput(executable) {
      return new Promise((resolve) => {
        execFile(executable, ['-version'], { timeout: VERSION_TIMEOUT_MS, windowsHide: true }, (error, stdout, stderr) => {
          const output = `${stderr}\n${stdout}`;
          resolve(error !== null && output.trim() === '' ? undefined : output);
        });
      });
    },
  };
}
