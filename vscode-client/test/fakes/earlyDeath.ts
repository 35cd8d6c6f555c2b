// Run in a child process by paperlensServer.test: a server that dies before answering `initialize`.
// The language client leaves unhandled rejections behind in that case (logged, harmless in VS Code),
// which node:test would pin on whatever test is running; here they are only counted. Prints one JSON
// line with what happened.
import { PaperlensServer } from '../../src/paperlensServer';
import { nodeJavaProbe } from '../../src/javaProbe';
import type { ClientPhase } from '../../src/statusModel';
import { entries, fakeJdk, waitFor } from './fakeJdk';
import { fake, FakeOutputChannel } from './vscode';

let unhandled = 0;
process.on('unhandledRejection', () => unhandled++);

async function main(): Promise<void> {
  const jdk = fakeJdk('early');
  fake.settings = { 'paperlens.java.home': jdk.home };
  const phases: ClientPhase[] = [];
  const output = new FakeOutputChannel('Paperlens');
  const server = new PaperlensServer(jdk.jar, output as never, { ...nodeJavaProbe(), env: {} }, {
    phase: (phase) => phases.push(phase),
    progress: () => undefined,
    serverStatus: () => undefined,
  });
  await server.start();
  await waitFor('the failure', () => phases.includes('failed'));
  // Long enough for a restart, had one been scheduled.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const result = {
    phases,
    starts: entries(jdk.log).filter((e) => e.event === 'start').length,
    processes: server.processCount,
    messages: fake.messages,
    output: output.text,
    unhandled,
  };
  await server.stop();
  process.stdout.write(JSON.stringify(result) + '\n');
}

void main();
