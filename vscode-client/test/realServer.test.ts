// The extension's server handling against the real server jar, when the Maven build has produced one
// whose `--help` lists `serve` (skipped otherwise): it starts, answers a request and leaves no process.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { test } from 'node:test';
import { discoverJava } from '../src/javaDiscovery';
import { nodeJavaProbe } from '../src/javaProbe';
import { PaperlensServer } from '../src/paperlensServer';
import type { ClientPhase } from '../src/statusModel';
import { waitFor } from './fakes/fakeJdk';
import { fake, FakeOutputChannel } from './fakes/vscode';

// PAPERLENS_SERVER_JAR tries another build of the server.
const jar = process.env.PAPERLENS_SERVER_JAR ?? path.resolve(__dirname, '..', '..', '..', 'server', 'target', 'paperlens-server.jar');

async function whyNot(): Promise<string | false> {
  if (!existsSync(jar)) {
    return 'no server jar (run the Maven build first)';
  }
  const discovery = await discoverJava('', nodeJavaProbe());
  if (!discovery.found) {
    return 'no Java 17+ here';
  }
  const help = spawnSync(discovery.java.executable, ['-jar', jar, '--help'], { encoding: 'utf8', timeout: 30_000 });
  return /\bserve\b/.test(help.stdout ?? '') ? false : 'the server jar has no serve command yet';
}

function within<T>(ms: number, what: string, promise: Promise<T>): Promise<T> {
  const timeout = new Promise<T>((_, reject) => {
    setTimeout(() => reject(new Error(`no answer to ${what} in ${ms} ms`)), ms).unref();
  });
  return Promise.race([promise, timeout]);
}

test('starts the real server, asks it for papers, stops it', { timeout: 120_000 }, async (t) => {
  const reason = await whyNot();
  if (reason) {
    t.skip(reason);
    return;
  }
  fake.reset();
  const phases: ClientPhase[] = [];
  const output = new FakeOutputChannel('Paperlens');
  const server = new PaperlensServer(jar, output as never, nodeJavaProbe(), {
    phase: (phase) => phases.push(phase),
    progress: () => undefined,
    serverStatus: (status) => statuses.push(status),
  });
  const statuses: unknown[] = [];
  // The server keeps the index of its (empty) sources under this folder, not the user's cache.
  const cache = mkdtempSync(path.join(os.tmpdir(), 'paperlens-cache-'));
  const cacheBefore = process.env.PAPERLENS_CACHE_DIR;
  process.env.PAPERLENS_CACHE_DIR = cache;
  try {
    await within(60_000, 'initialize', server.start());
    await waitFor('the server to run', () => server.isRunning(), 60_000);
    const symbols = await within(30_000, 'workspace/symbol', server.sendRequest<unknown>('workspace/symbol', { query: 'attention' }));
    assert.ok(symbols === null || Array.isArray(symbols), JSON.stringify(symbols));
    t.diagnostic(`status notifications: ${JSON.stringify(statuses)}`);
  } finally {
    await server.stop();
    if (cacheBefore === undefined) {
      delete process.env.PAPERLENS_CACHE_DIR;
    } else {
      process.env.PAPERLENS_CACHE_DIR = cacheBefore;
    }
    rmSync(cache, { recursive: true, force: true });
  }
  assert.equal(server.processCount, 0, output.text);
  assert.equal(phases.at(-1), 'stopped');
});
