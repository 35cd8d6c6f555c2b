import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ServerProcesses } from '../src/serverProcesses';

const node = process.execPath;

test('a process that exits when its stdin closes is left to exit on its own', async () => {
  const processes = new ServerProcesses();
  const child = processes.spawn(node, ['-e', 'process.stdin.resume(); process.stdin.on("end", () => process.exit(0))'], undefined);
  child.stdin?.end();
  await processes.reap(5000);
  assert.equal(child.exitCode, 0);
  assert.equal(processes.running, 0);
});

test('a process that ignores everything is killed after the grace time', async () => {
  const processes = new ServerProcesses();
  const child = processes.spawn(node, ['-e', 'setInterval(() => {}, 1000)'], undefined);
  const started = Date.now();
  await processes.reap(200);
  assert.equal(child.signalCode, 'SIGKILL');
  assert.equal(processes.running, 0);
  assert.ok(Date.now() - started < 2000);
});

test('a command that does not exist is forgotten, not waited for', async () => {
  const processes = new ServerProcesses();
  const child = processes.spawn('/no/such/java', ['-version'], undefined);
  await new Promise((resolve) => child.once('error', resolve));
  assert.equal(processes.running, 0);
  await processes.reap(100);
});
