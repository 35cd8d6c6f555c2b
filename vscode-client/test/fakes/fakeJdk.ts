// A throwaway folder that looks like a JDK 21 whose `java` runs fakeServer.js instead of the real
// server, plus the helpers tests use to read what that server saw.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export const skipFakeJdk = process.platform === 'win32' && 'the fake JDK is a shell script';

const scratch = mkdtempSync(path.join(tmpdir(), 'paperlens-client-test-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

export type FakeServerMode = 'normal' | 'crash' | 'stubborn' | 'early';

export interface FakeJdk {
  /** What `paperlens.java.home` should name; also the extension root (it holds server/*.jar). */
  home: string;
  jar: string;
  /** JSON lines the fake server writes: one entry per message or event. */
  log: string;
}

export function fakeJdk(mode: FakeServerMode): FakeJdk {
  const home = mkdtempSync(path.join(scratch, `${mode}-`));
  mkdirSync(path.join(home, 'bin'));
  mkdirSync(path.join(home, 'server'));
  const log = path.join(home, 'server.log');
  writeFileSync(log, '');
  const java = path.join(home, 'bin', 'java');
  const fakeServer = path.join(__dirname, 'fakeServer.js');
  writeFileSync(
    java,
    [
      '#!/bin/sh',
      'if [ "$1" = "-version" ]; then echo \'openjdk version "21.0.2" 2024-01-16\' >&2; exit 0; fi',
      `PAPERLENS_FAKE_LOG='${log}' PAPERLENS_FAKE_MODE=${mode} exec '${process.execPath}' '${fakeServer}' "$@"`,
      '',
    ].join('\n'),
  );
  chmodSync(java, 0o755);
  // The fake server never reads it; the extension only checks that it is there.
  const jar = path.join(home, 'server', 'paperlens-server.jar');
  writeFileSync(jar, '');
  return { home, jar, log };
}

export type LogEntry = { event: string; [key: string]: unknown };

export function entries(log: string): LogEntry[] {
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as LogEntry);
}

export async function waitFor(what: string, condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
