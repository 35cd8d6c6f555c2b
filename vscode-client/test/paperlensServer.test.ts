// PaperlensServer with the real `vscode-languageclient`, a fake `vscode` and a fake JDK whose `java`
// runs test/fakes/fakeServer.js: what goes over the wire, status events, crash restarts and that no
// server process is left behind.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { COMMANDS, registerCommands } from '../src/commands';
import type { JavaProbe } from '../src/javaDiscovery';
import { nodeJavaProbe } from '../src/javaProbe';
import { PaperlensServer } from '../src/paperlensServer';
import { DEFAULT_SETTINGS, serverPayload } from '../src/settings';
import type { ClientPhase, ProgressValue } from '../src/statusModel';
import { alive, entries, fakeJdk, skipFakeJdk as skip, waitFor } from './fakes/fakeJdk';
import { changeSettings, commands, fake, FakeOutputChannel } from './fakes/vscode';

// Only the setting may point at Java here, whatever this machine's JAVA_HOME and PATH hold.
function startServer(jdk: { jar: string }, probe: JavaProbe = { ...nodeJavaProbe(), env: {} }) {
  const phases: ClientPhase[] = [];
  const progress: ProgressValue['kind'][] = [];
  const statuses: unknown[] = [];
  const output = new FakeOutputChannel('Paperlens');
  const server: PaperlensServer = new PaperlensServer(jdk.jar, output as never, probe, {
    phase: (phase) => phases.push(phase),
    progress: (_token, value) => progress.push(value.kind),
    serverStatus: (params) => statuses.push(params),
  });
  servers.push(server);
  return { server, phases, progress, statuses, output };
}

// Stopped again after each test (stop is idempotent), so a failed assertion leaves no process behind.
const servers: PaperlensServer[] = [];
beforeEach(() => fake.reset());
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
});

describe('PaperlensServer', { skip, timeout: 60_000 }, () => {
  test('starts `java <flags> -jar <jar> serve`, forwards settings and status, stops the process', async () => {
    const jdk = fakeJdk('normal');
    fake.settings = { 'paperlens.java.home': jdk.home, 'paperlens.sources': ['notes/'] };
    const { server, phases, progress, statuses, output } = startServer(jdk);
    const disposables = registerCommands(server, output);

    await server.start();
    await waitFor('indexing to finish', () => entries(jdk.log).some((e) => e.event === 'indexed') && statuses.length === 2);

    const [start, initialize] = entries(jdk.log);
    assert.deepEqual(start.argv, [
      '-Xmx512m',
      '-XX:MinHeapFreeRatio=10',
      '-XX:MaxHeapFreeRatio=30',
      '-Xlog:disable',
      '-Xlog:all=warning:stderr',
      '-jar',
      jdk.jar,
      'serve',
    ]);
    const expected = serverPayload({ ...DEFAULT_SETTINGS, sources: ['notes/'], java: { home: jdk.home, maxHeapMB: 512 } });
    assert.deepEqual(initialize.initializationOptions, expected);
    assert.ok(phases.includes('running'), phases.join());
    assert.deepEqual(progress, ['begin', 'report', 'end']);
    assert.deepEqual(statuses.at(-1), { state: 'ready', papers: 3 });
    assert.match(output.text, /using Java 21 from paperlens\.java\.home/);
    // The client registered the server's own command next to ours, without a clash.
    assert.ok(fake.commands.has('paperlens.reindex'));

    await commands.executeCommand(COMMANDS.reindex);
    await waitFor('executeCommand', () => entries(jdk.log).some((e) => e.event === 'executeCommand'));
    assert.deepEqual(entries(jdk.log).find((e) => e.event === 'executeCommand')?.params, { command: 'paperlens.reindex', arguments: [] });

    changeSettings({ 'paperlens.completion.maxItems': 7 });
    await server.sendSettings();
    await waitFor('didChangeConfiguration', () => entries(jdk.log).some((e) => e.event === 'didChangeConfiguration'));
    const changed = entries(jdk.log).find((e) => e.event === 'didChangeConfiguration')?.params;
    assert.deepEqual(changed, serverPayload({ ...DEFAULT_SETTINGS, sources: ['notes/'], java: { home: jdk.home, maxHeapMB: 512 }, completion: { maxItems: 7 } }));

    await server.stop();
    const events = entries(jdk.log).map((e) => e.event);
    // `exit` and the end of stdin race in the fake; either one ends a well-behaved server.
    assert.ok(events.includes('shutdown') && (events.includes('exit') || events.includes('stdin closed')), events.join());
    assert.equal(alive(start.pid as number), false);
    assert.equal(phases.at(-1), 'stopped');
    disposables.forEach((d) => d.dispose());
  });

  test('a server that crashes is started again a bounded number of times, then reported', async () => {
    const jdk = fakeJdk('crash');
    fake.settings = { 'paperlens.java.home': jdk.home };
    const { server, phases } = startServer(jdk);

    await server.start();
    await waitFor('giving up', () => phases.includes('failed'), 45_000);

    const starts = entries(jdk.log).filter((e) => e.event === 'start');
    assert.equal(starts.length, 5, 'the first start and 4 restarts');
    await waitFor('every crashed process to be gone', () => starts.every((s) => !alive(s.pid as number)));
    const message = fake.messages.find((m) => m.level === 'error');
    assert.match(message?.message ?? '', /stopped 5 times/);
    assert.deepEqual(message?.actions, ['Restart Server', 'Show Output']);
    await server.stop();
  });

  test('a server that ignores `exit` is killed on stop', async () => {
    const jdk = fakeJdk('stubborn');
    fake.settings = { 'paperlens.java.home': jdk.home };
    const { server, statuses } = startServer(jdk);

    await server.start();
    await waitFor('indexing to finish', () => statuses.length === 2);
    const pid = entries(jdk.log)[0].pid as number;
    await server.stop();
    assert.ok(entries(jdk.log).some((e) => e.event === 'shutdown'));
    assert.equal(alive(pid), false);
  });

  test('a server that dies before initialize is not restarted and raises one notification', () => {
    const script = path.join(__dirname, 'fakes', 'earlyDeath.js');
    const run = spawnSync(process.execPath, ['--require', path.join(__dirname, 'fakes', 'register.js'), script], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    assert.equal(run.status, 0, run.stderr);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}');
    assert.equal(result.starts, 1);
    assert.equal(result.processes, 0);
    assert.ok(result.phases.includes('failed') && !result.phases.includes('running'), result.phases.join());
    assert.deepEqual(
      result.messages.map((m: { message: string }) => m.message),
      ["Paperlens client: couldn't create connection to server."],
    );
    assert.match(result.output, /Invalid or corrupt jarfile/);
  });

  test('two starts at once give one server', async () => {
    const jdk = fakeJdk('normal');
    fake.settings = { 'paperlens.java.home': jdk.home };
    const { server } = startServer(jdk);
    await Promise.all([server.start(), server.start()]);
    await server.start();
    assert.equal(entries(jdk.log).filter((e) => e.event === 'start').length, 1);
    await server.stop();
  });

  test('a stop while Java is being looked for means nothing starts', async () => {
    const jdk = fakeJdk('normal');
    fake.settings = { 'paperlens.java.home': jdk.home };
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    // Only the setting may point at Java here, whatever this machine's JAVA_HOME and PATH hold.
    const real = { ...nodeJavaProbe(), env: {} };
    const slowProbe: JavaProbe = { ...real, versionOutput: async (java) => answered.then(() => real.versionOutput(java)) };
    const { server, phases } = startServer(jdk, slowProbe);

    const starting = server.start();
    await server.stop();
    answer();
    await starting;

    assert.deepEqual(entries(jdk.log), []);
    assert.equal(server.isRunning(), false);
    assert.ok(!phases.includes('running'));
  });

  test('no Java: nothing is started and the user is told what to do', async () => {
    const jdk = fakeJdk('normal');
    fake.settings = { 'paperlens.java.home': path.join(jdk.home, 'missing') };
    const { server, phases } = startServer(jdk);

    await server.start();

    assert.equal(phases.at(-1), 'no-java');
    assert.deepEqual(entries(jdk.log), []);
    const [message] = fake.messages;
    assert.match(message.message, /needs Java 17 or newer/);
    assert.match(message.message, /paperlens\.java\.home \(.*missing\/bin\/java\): no java there/);
    assert.deepEqual(message.actions, ['Open Settings', 'Show Output']);
    assert.equal(server.isRunning(), false);
  });
});
