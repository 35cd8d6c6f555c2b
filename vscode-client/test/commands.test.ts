import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { beforeEach, describe, test } from 'node:test';
import { COMMANDS, SERVER_REINDEX, registerCommands } from '../src/commands';
import type { ServerRequests } from '../src/serverRequests';
import { commands, fake, type CancellationTokenSource } from './fakes/vscode';

type Token = CancellationTokenSource['token'];

/** A server that records requests and answers each method from `answers` (a function may throw). */
class FakeServer implements ServerRequests {
  running = true;
  restarts = 0;
  requests: { method: string; params: unknown; token?: Token }[] = [];
  answers: Record<string, (params: unknown) => unknown> = {};
  isRunning(): boolean {
    return this.running;
  }
  async sendRequest<R>(method: string, params: unknown, token?: unknown): Promise<R> {
    this.requests.push({ method, params, token: token as Token });
    const answer = this.answers[method];
    return (answer === undefined ? null : answer(params)) as R;
  }
  async restart(): Promise<void> {
    this.restarts++;
  }
}

class FakeOutput {
  shown = 0;
  show(): void {
    this.shown++;
  }
}

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));

let server: FakeServer;
let output: FakeOutput;

beforeEach(() => {
  fake.reset();
  server = new FakeServer();
  output = new FakeOutput();
  registerCommands(server, output);
});

describe('command wiring', () => {
  test('registers exactly the commands package.json contributes', () => {
    const contributed = manifest.contributes.commands.map((c: { command: string }) => c.command).sort();
    assert.deepEqual([...fake.commands.keys()].sort(), contributed);
    assert.deepEqual(contributed, Object.values(COMMANDS).sort());
  });

  test('every command has a "Paperlens" category for the palette', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Paperlens', command.command);
    }
  });

  test('a code lens opens VS Code find-references at its key', async () => {
    await commands.executeCommand(COMMANDS.findReferences, 'file:///ws/note.md', { line: 2, character: 7 });
    const call = fake.executed.find((e) => e.command === 'editor.action.findReferences');
    assert.ok(call);
    assert.equal(String((call.args[0] as { path: string }).path), '/ws/note.md');
    assert.deepEqual({ ...(call.args[1] as object) }, { line: 2, character: 7 });
  });

  test('a code lens with arguments of the wrong shape does nothing', async () => {
    await commands.executeCommand(COMMANDS.findReferences, 'file:///ws/note.md', 'x');
    assert.equal(fake.executed.filter((e) => e.command === 'editor.action.findReferences').length, 0);
  });

  test('Reindex sends workspace/executeCommand paperlens.reindex', async () => {
    await commands.executeCommand(COMMANDS.reindex);
    assert.deepEqual(server.requests, [
      { method: 'workspace/executeCommand', params: { command: SERVER_REINDEX, arguments: [] }, token: undefined },
    ]);
  });

  test('Reindex with the server down asks nothing of it and says so', async () => {
    server.running = false;
    fake.answer = 'Show Output';
    await commands.executeCommand(COMMANDS.reindex);
    assert.deepEqual(server.requests, []);
    assert.equal(fake.messages[0].level, 'warning');
    assert.match(fake.messages[0].message, /not running/);
    assert.equal(output.shown, 1);
  });

  test('the not-running warning can restart the server', async () => {
    server.running = false;
    fake.answer = 'Restart Server';
    await commands.executeCommand(COMMANDS.searchPapers);
    assert.equal(server.restarts, 1);
  });

  test('a failing reindex is shown as an error, not thrown', async () => {
    server.answers['workspace/executeCommand'] = () => {
      throw new Error('index is locked');
    };
    await commands.executeCommand(COMMANDS.reindex);
    assert.deepEqual(fake.messages, [{ level: 'error', message: 'Paperlens: index is locked', actions: ['Show Output'] }]);
  });

  test('Show Output shows the output channel', async () => {
    await commands.executeCommand(COMMANDS.showOutput);
    assert.equal(output.shown, 1);
  });
});

describe('Search Papers', () => {
  const review = (name: string, line: number) => ({
    name,
    kind: 5,
    containerName: '@gonzo_ml',
    location: {
      uri: 'file:///notes/reviews/gonzo.html',
      range: { start: { line, character: 2 }, end: { line, character: 9 } },
    },
  });

  test('lists the server\'s answer for the empty query and opens the chosen review', async () => {
    server.answers['workspace/symbol'] = () => [review('HyenaDNA', 41), review('Mamba', 7)];
    await commands.executeCommand(COMMANDS.searchPapers);
    const [pick] = fake.quickPicks;
    assert.equal(pick.visible, true);
    assert.deepEqual(server.requests.map((r) => [r.method, r.params]), [['workspace/symbol', { query: '' }]]);
    assert.deepEqual(
      pick.items.map((i) => [i.label, (i as { detail?: string }).detail, (i as { alwaysShow?: boolean }).alwaysShow]),
      [
        ['HyenaDNA', 'reviews/gonzo.html:42', true],
        ['Mamba', 'reviews/gonzo.html:8', true],
      ],
    );

    pick.choose(pick.items[1]);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(pick.disposed, true);
    assert.equal(fake.opened.length, 1);
    const opened = fake.opened[0];
    assert.equal(opened.uri.fsPath, '/notes/reviews/gonzo.html');
    const selection = (opened.options as { selection: { start: { line: number; character: number } } }).selection;
    assert.deepEqual([selection.start.line, selection.start.character], [7, 2]);
  });

  test('typing asks again and cancels the older request', async () => {
    server.answers['workspace/symbol'] = (params) => ((params as { query: string }).query === 'гиена' ? [review('HyenaDNA', 41)] : []);
    await commands.executeCommand(COMMANDS.searchPapers);
    const [pick] = fake.quickPicks;
    pick.type('гие');
    pick.type('гиена');
    await new Promise((resolve) => setImmediate(resolve));
    const [first, second, third] = server.requests;
    assert.deepEqual([first.params, second.params, third.params], [{ query: '' }, { query: 'гие' }, { query: 'гиена' }]);
    assert.equal(second.token?.isCancellationRequested, true);
    assert.equal(third.token?.isCancellationRequested, false);
    assert.deepEqual(pick.items.map((i) => i.label), ['HyenaDNA']);
    assert.equal(pick.busy, false);
  });

  test('a failed search says why in the pick', async () => {
    server.answers['workspace/symbol'] = () => {
      throw new Error('index not ready');
    };
    await commands.executeCommand(COMMANDS.searchPapers);
    const [pick] = fake.quickPicks;
    assert.deepEqual(pick.items, []);
    assert.equal(pick.placeholder, 'Search failed: index not ready');
  });
});
