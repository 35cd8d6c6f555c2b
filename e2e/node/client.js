'use strict';
// End-to-end client built on vscode-languageserver-protocol (the library under VS Code's own
// language client): starts the real server jar as a child process, speaks LSP over its stdio and
// runs the checks of one cases file. Prints one "PASS|FAIL|SKIP node <suite>: <check>" line each.
//
// Environment: E2E_JAR, E2E_WORKSPACE, E2E_CASES; optional E2E_INIT_OPTIONS (JSON for
// initializationOptions), E2E_LOG (file for the server's stderr and log messages).

const fs = require('fs');
const path = require('path');
const { spawn } = require('child_process');
const { pathToFileURL } = require('url');
const rpc = require('vscode-languageserver-protocol/node');
const { documentText, languageId, positionOf, lineRange, hoverText, verify, short } = require('./checks');

const REQUEST_TIMEOUT_MS = 30000;
const EXIT_TIMEOUT_MS = 10000;
// Servers look for their client process every few seconds, not continuously.
const PARENT_WATCH_TIMEOUT_MS = 20000;

const jar = path.resolve(required('E2E_JAR'));
const workspace = path.resolve(required('E2E_WORKSPACE'));
const cases = JSON.parse(fs.readFileSync(required('E2E_CASES'), 'utf8'));
const initOptions = process.env.E2E_INIT_OPTIONS ? JSON.parse(process.env.E2E_INIT_OPTIONS) : null;
const log = fs.openSync(process.env.E2E_LOG || '/dev/null', 'a');
const prefix = `node ${cases.suite}`;
let failures = 0;

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`e2e node client: ${name} is not set`);
    process.exit(2);
  }
  return value;
}

function report(status, name, why) {
  if (status === 'FAIL') failures++;
  console.log(`${status} ${prefix}: ${name}${why ? ' -- ' + why : ''}`);
}

function uriOf(file) {
  return pathToFileURL(path.join(workspace, file)).href;
}

/** Starts the server and a protocol connection to it; the caller initializes. */
function startServer() {
  // The flags docs/configuration.md gives every editor; the JVM's own warnings go to standard error,
  // since by default the JVM writes them on standard output, the LSP channel.
  const flags = ['-Xmx512m', '-XX:MinHeapFreeRatio=10', '-XX:MaxHeapFreeRatio=30', '-Xlog:disable',
    '-Xlog:all=warning:stderr'];
  const child = spawn('java', [...flags, '-jar', jar, 'serve'], {
    cwd: workspace,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  child.stderr.on('data', (d) => fs.writeSync(log, d));
  // A server that dies early is reported by the check that was waiting on it, not by a crash here.
  child.stdin.on('error', () => {});
  child.on('error', (e) => fs.writeSync(log, `[e2e] could not start java: ${e.message}\n`));
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const connection = rpc.createProtocolConnection(
    new rpc.StreamMessageReader(child.stdout),
    new rpc.StreamMessageWriter(child.stdin),
  );
  const protocolErrors = [];
  connection.onError(([error]) => protocolErrors.push(String(error && error.message ? error.message : error)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('window/showDocument', () => ({ success: true }));
  connection.onRequest('workspace/configuration', (params) =>
    params.items.map((item) => {
      const settings = (initOptions && initOptions.settings) || {};
      return item.section ? settings[item.section] ?? null : settings;
    }),
  );
  connection.onNotification('window/logMessage', (p) => fs.writeSync(log, `[log] ${p.message}\n`));
  const server = { child, connection, exited, protocolErrors, statusError: null };
  connection.onNotification('paperlens/status', (p) => {
    fs.writeSync(log, `[status] ${JSON.stringify(p)}\n`);
    server.statusError = p && p.state === 'error' ? p.message || 'error' : null;
  });
  connection.listen();
  return server;
}

function initializeParams() {
  return {
    processId: process.pid,
    clientInfo: { name: 'paperlens-e2e-node' },
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: path.basename(workspace) }],
    initializationOptions: initOptions,
    capabilities: {
      general: { positionEncodings: ['utf-16'] },
      window: { workDoneProgress: true, showDocument: { support: true } },
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
      textDocument: {
        synchronization: { didSave: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: false, documentationFormat: ['markdown'] } },
        definition: { linkSupport: false },
        references: {},
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        documentHighlight: {},
        codeLens: {},
        inlayHint: {},
        semanticTokens: {
          requests: { full: true, range: true },
          tokenTypes: ['class', 'function', 'variable'],
          tokenModifiers: [],
          formats: ['relative'],
        },
        // A client that pulls diagnostics (VS Code does): the server answers textDocument/diagnostic.
        diagnostic: { relatedDocumentSupport: false },
      },
    },
  };
}

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function request(connection, method, params) {
  return withTimeout(connection.sendRequest(method, params), REQUEST_TIMEOUT_MS, method);
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// The notes as the editor holds them: typed text ("type" in a check) changes them.
const texts = new Map();
const versions = new Map();

function currentText(file) {
  if (!texts.has(file)) texts.set(file, documentText(cases, workspace, file));
  return texts.get(file);
}

function positionParams(file, at) {
  return { textDocument: { uri: uriOf(file) }, position: positionOf(currentText(file), at) };
}

/** Types text at the cursor, as one incremental change; the cursor ends after it. */
function typeAt(connection, file, at, typed) {
  if (typed.includes('\n')) throw new Error('"type" takes a single line');
  const text = currentText(file);
  const cursor = positionOf(text, at);
  const bar = at.indexOf('|');
  const offset = text.indexOf(at.slice(0, bar) + at.slice(bar + 1)) + bar;
  texts.set(file, text.slice(0, offset) + typed + text.slice(offset));
  versions.set(file, (versions.get(file) || 1) + 1);
  connection.sendNotification('textDocument/didChange', {
    textDocument: { uri: uriOf(file), version: versions.get(file) },
    contentChanges: [{ range: { start: cursor, end: cursor }, text: typed }],
  });
  return { textDocument: { uri: uriOf(file) }, position: { line: cursor.line, character: cursor.character + typed.length } };
}

/** Polls hover at the ready spot until it answers: the index is then built. */
async function waitForIndex(server) {
  const { connection } = server;
  const spot = cases.ready;
  const deadline = Date.now() + (spot.timeoutSeconds || 90) * 1000;
  const started = Date.now();
  let last = null;
  while (Date.now() < deadline) {
    try {
      last = await request(connection, 'textDocument/hover', positionParams(spot.file, spot.at));
      if (hoverText(last).trim() !== '') {
        return { ok: true, seconds: (Date.now() - started) / 1000 };
      }
    } catch (e) {
      last = e.message;
    }
    if (server.statusError) {
      return { ok: false, why: `index build failed: ${server.statusError}` };
    }
    await sleep(500);
  }
  return { ok: false, why: `no hover at ${spot.file} "${spot.at}" within ${spot.timeoutSeconds}s (last: ${short(JSON.stringify(last))})` };
}

// The server's semantic token legend, from its initialize answer.
let legend = {};

async function runCheck(connection, check) {
  if (check.skip) {
    report('SKIP', check.name, check.skip);
    return;
  }
  try {
    // Whole-document requests (code lenses, tokens, diagnostics) need no cursor.
    const params =
      check.type != null
        ? typeAt(connection, check.file, check.at, check.type)
        : check.at != null
          ? positionParams(check.file, check.at)
          : { textDocument: { uri: uriOf(check.file) } };
    // "range": "line" asks for the cursor's line only, as an editor asks for its visible lines.
    const range = check.range === 'line' ? lineRange(params.position) : undefined;
    let result;
    switch (check.request) {
      case 'hover':
        result = await request(connection, 'textDocument/hover', params);
        break;
      case 'completion':
        result = await request(connection, 'textDocument/completion', { ...params, context: { triggerKind: 1 } });
        break;
      case 'definition':
        result = await request(connection, 'textDocument/definition', params);
        break;
      case 'references':
        result = await request(connection, 'textDocument/references', { ...params, context: { includeDeclaration: true } });
        break;
      case 'rename':
        // A refusal is an answer too: the error's message is what the editor shows.
        result = await request(connection, 'textDocument/rename', { ...params, newName: check.newName }).catch((e) => ({ error: e.message }));
        break;
      case 'documentSymbol':
        result = await request(connection, 'textDocument/documentSymbol', { textDocument: params.textDocument });
        break;
      case 'documentHighlight':
        result = await request(connection, 'textDocument/documentHighlight', params);
        break;
      case 'codeLens':
        result = await request(connection, 'textDocument/codeLens', { textDocument: params.textDocument });
        break;
      case 'inlayHint':
        if (!range) throw new Error('an inlayHint check needs "range": "line"');
        result = await request(connection, 'textDocument/inlayHint', { textDocument: params.textDocument, range });
        break;
      case 'semanticTokens':
        result = range
          ? await request(connection, 'textDocument/semanticTokens/range', { textDocument: params.textDocument, range })
          : await request(connection, 'textDocument/semanticTokens/full', { textDocument: params.textDocument });
        break;
      case 'diagnostic':
        result = await request(connection, 'textDocument/diagnostic', { textDocument: params.textDocument });
        break;
      default:
        throw new Error(`unknown request kind ${check.request}`);
    }
    const why = verify(check, result, workspace, { text: currentText(check.file), legend, range });
    report(why ? 'FAIL' : 'PASS', check.name, why);
  } catch (e) {
    report('FAIL', check.name, e.message);
  }
}

function filesOfChecks() {
  const files = new Set([cases.ready.file]);
  for (const check of cases.checks) files.add(check.file);
  return [...files];
}

async function exitsWithin(exited, ms) {
  return withTimeout(exited, ms, 'server exit').catch(() => null);
}

async function main() {
  const server = startServer();
  const { connection } = server;
  try {
    const init = await request(connection, 'initialize', initializeParams());
    const caps = init.capabilities || {};
    const missing = ['hoverProvider', 'completionProvider', 'definitionProvider', 'referencesProvider'].filter((c) => !caps[c]);
    report(missing.length ? 'FAIL' : 'PASS', 'initialize advertises hover, completion, definition and references',
      missing.length ? `missing ${missing.join(', ')}` : null);
    // Offered because this client says it supports them (a client that does not gets none of them).
    const editing = {
      documentHighlightProvider: caps.documentHighlightProvider,
      codeLensProvider: caps.codeLensProvider,
      inlayHintProvider: caps.inlayHintProvider,
      semanticTokensProvider: caps.semanticTokensProvider && caps.semanticTokensProvider.full && caps.semanticTokensProvider.range,
      diagnosticProvider: caps.diagnosticProvider,
    };
    const absent = Object.keys(editing).filter((c) => !editing[c]);
    report(absent.length ? 'FAIL' : 'PASS', 'initialize advertises highlights, code lenses, inlay hints, semantic tokens (full and range) and pull diagnostics',
      absent.length ? `missing ${absent.join(', ')}` : null);
    legend = (caps.semanticTokensProvider && caps.semanticTokensProvider.legend) || {};
    connection.sendNotification('initialized', {});
    for (const file of filesOfChecks()) {
      connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri: uriOf(file), languageId: languageId(file), version: 1, text: currentText(file) },
      });
    }
    const ready = await waitForIndex(server);
    report(ready.ok ? 'PASS' : 'FAIL', 'index answers a hover after start', ready.ok ? null : ready.why);
    if (ready.ok) console.error(`${prefix}: index answered after ${ready.seconds.toFixed(1)} s`);
    for (const check of cases.checks) {
      await runCheck(connection, check);
    }
    const shutdown = await withTimeout(connection.sendRequest(rpc.ShutdownRequest.type), REQUEST_TIMEOUT_MS, 'shutdown').then((r) => ({ r }), (e) => ({ e }));
    report(shutdown.e || shutdown.r != null ? 'FAIL' : 'PASS', 'shutdown answers null',
      shutdown.e ? shutdown.e.message : shutdown.r != null ? `got ${JSON.stringify(shutdown.r)}` : null);
    connection.sendNotification('exit');
    const exit = await exitsWithin(server.exited, EXIT_TIMEOUT_MS);
    report(exit && exit.code === 0 ? 'PASS' : 'FAIL', 'exit after shutdown ends the process with code 0',
      exit ? (exit.code === 0 ? null : `exit code ${exit.code}, signal ${exit.signal}`) : `still running after ${EXIT_TIMEOUT_MS} ms`);
    report(server.protocolErrors.length ? 'FAIL' : 'PASS', 'stdout carries only JSON-RPC',
      server.protocolErrors.length ? server.protocolErrors.slice(0, 3).join('; ') : null);
  } catch (e) {
    report('FAIL', 'session', e.message);
  } finally {
    connection.dispose();
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
  if (cases.processChecks) {
    await closingStdinEndsServer();
    await parentDeathEndsServer();
  }
}

/** A second server: initialized, then its input closes without shutdown; it must exit on its own. */
async function closingStdinEndsServer() {
  const server = startServer();
  try {
    await request(server.connection, 'initialize', initializeParams());
    server.connection.sendNotification('initialized', {});
    await sleep(500);
    server.connection.dispose();
    server.child.stdin.end();
    const exit = await exitsWithin(server.exited, EXIT_TIMEOUT_MS);
    report(exit ? 'PASS' : 'FAIL', 'closing stdin ends the server', exit ? null : `still running after ${EXIT_TIMEOUT_MS} ms`);
  } catch (e) {
    report('FAIL', 'closing stdin ends the server', e.message);
  } finally {
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
}

/**
 * A third server names a short-lived stand-in as its client process (initialize.processId): when
 * that process is gone the server must exit although its input stays open.
 */
async function parentDeathEndsServer() {
  const name = 'the server exits when the client process in initialize.processId is gone';
  const standIn = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  const standInGone = new Promise((resolve) => standIn.on('exit', resolve));
  const server = startServer();
  try {
    await request(server.connection, 'initialize', { ...initializeParams(), processId: standIn.pid });
    server.connection.sendNotification('initialized', {});
    standIn.kill('SIGKILL');
    await standInGone;
    const exit = await exitsWithin(server.exited, PARENT_WATCH_TIMEOUT_MS);
    report(exit ? 'PASS' : 'FAIL', name, exit ? null : `still running ${PARENT_WATCH_TIMEOUT_MS} ms after the client process ended`);
  } catch (e) {
    report('FAIL', name, e.message);
  } finally {
    server.connection.dispose();
    if (standIn.exitCode === null) standIn.kill('SIGKILL');
    if (server.child.exitCode === null) server.child.kill('SIGKILL');
  }
}

main().then(
  () => process.exit(failures ? 1 : 0),
  (e) => {
    console.log(`FAIL ${prefix}: client crashed -- ${e && e.stack ? e.stack : e}`);
    process.exit(1);
  },
);
