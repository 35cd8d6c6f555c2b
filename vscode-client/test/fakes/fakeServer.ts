// A stand-in for `java -jar paperlens-server.jar serve`: speaks LSP over stdio, writes what it received
// to the JSON-lines file named by PAPERLENS_FAKE_LOG, and behaves as PAPERLENS_FAKE_MODE says:
//   normal   - answers, reports indexing progress and `paperlens/status`, exits on `exit`;
//   crash    - exits with code 3 shortly after `initialized`;
//   stubborn - ignores `exit`, so only a kill ends it;
//   early    - dies before answering `initialize`, like a JVM that cannot load the jar.
import { appendFileSync } from 'node:fs';
import { createMessageConnection, ProgressType, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

const logFile = process.env.PAPERLENS_FAKE_LOG ?? '';
const mode = process.env.PAPERLENS_FAKE_MODE ?? 'normal';

function log(entry: Record<string, unknown>): void {
  appendFileSync(logFile, JSON.stringify(entry) + '\n');
}

log({ event: 'start', pid: process.pid, argv: process.argv.slice(2) });
if (mode === 'early') {
  process.stderr.write('Error: Invalid or corrupt jarfile\n');
  process.exit(1);
}

// However a test goes wrong, no fake outlives it by long (a live child would keep the test file running).
setTimeout(() => process.exit(9), 120_000).unref();

const workDone = new ProgressType<unknown>();
const connection = createMessageConnection(new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout));

connection.onRequest('initialize', (params: { initializationOptions?: unknown; processId?: number }) => {
  log({ event: 'initialize', initializationOptions: params.initializationOptions });
  return {
    capabilities: {
      workspaceSymbolProvider: true,
      executeCommandProvider: { commands: ['paperlens.reindex'] },
    },
    serverInfo: { name: 'fake paperlens' },
  };
});

connection.onNotification('initialized', async () => {
  log({ event: 'initialized' });
  if (mode === 'crash') {
    setTimeout(() => process.exit(3), 50);
    return;
  }
  await connection.sendNotification('paperlens/status', { state: 'indexing', papers: 0 });
  const token = 'index-1';
  await connection.sendRequest('window/workDoneProgress/create', { token });
  await connection.sendProgress(workDone, token, { kind: 'begin', title: 'Indexing reviews', percentage: 0 });
  await connection.sendProgress(workDone, token, { kind: 'report', percentage: 50 });
  await connection.sendProgress(workDone, token, { kind: 'end' });
  await connection.sendNotification('paperlens/status', { state: 'ready', papers: 3 });
  log({ event: 'indexed' });
});

// Handlers take every argument, so a message whose params are an array (by-position) instead of one
// object shows up as a wrong `params` in the log rather than being quietly unwrapped.
const oneParam = (args: unknown[]) => (args.length === 1 ? args[0] : { byPosition: args });
// Request handlers also get a cancellation token as their last argument.
const requestParam = (args: unknown[]) => oneParam(args.slice(0, -1));

connection.onNotification('workspace/didChangeConfiguration', (...args: unknown[]) => {
  log({ event: 'didChangeConfiguration', params: oneParam(args) });
});

connection.onRequest('workspace/executeCommand', (...args: unknown[]) => {
  log({ event: 'executeCommand', params: requestParam(args) });
  return null;
});

connection.onRequest('workspace/symbol', (...args: unknown[]) => {
  log({ event: 'symbol', params: requestParam(args) });
  return [{ name: 'HyenaDNA', kind: 5, location: { uri: 'file:///notes/reviews/a.html', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 8 } } } }];
});

connection.onRequest('shutdown', () => {
  log({ event: 'shutdown' });
  return null;
});

connection.onNotification('exit', () => {
  log({ event: 'exit' });
  if (mode !== 'stubborn') {
    process.exit(0);
  }
});

connection.onClose(() => {
  log({ event: 'stdin closed' });
  if (mode !== 'stubborn') {
    process.exit(0);
  }
});

if (mode === 'stubborn') {
  // Keep the process alive even after stdin closes, like a JVM with a stuck non-daemon thread.
  setInterval(() => undefined, 1000);
}

connection.listen();
