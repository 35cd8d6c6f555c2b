import assert from 'node:assert/strict';
import { beforeEach, describe, test } from 'node:test';
import { addChannel, channelName, validateChannel, withChannel } from '../src/addChannel';
import { COMMANDS, registerCommands } from '../src/commands';
import type { ServerRequests } from '../src/serverRequests';
import { ConfigurationTarget, commands, fake } from './fakes/vscode';

const stoppedServer: ServerRequests = {
  isRunning: () => false,
  sendRequest: async () => {
    throw new Error('not running');
  },
  restart: async () => undefined,
};

beforeEach(() => {
  fake.reset();
  fake.folderOpen = true;
});

describe('channel names', () => {
  const table: [string, string | undefined][] = [
    ['t.me/rizzearch', 'rizzearch'],
    ['https://t.me/rizzearch', 'rizzearch'],
    ['http://t.me/s/rizzearch/', 'rizzearch'],
    ['  @Seti_po_pyatnicam ', 'Seti_po_pyatnicam'],
    ['telegram.me/abcde', 'abcde'],
    ['rizzearch', 'rizzearch'],
    ['@abcd', undefined],
    ['@' + 'a'.repeat(33), undefined],
    ['t.me/+AbCdEf12345', undefined],
    ['t.me/c/1234567', undefined],
    ['t.me/joinchat/AAAA-bbbb', undefined],
    ['https://example.com/rizzearch', undefined],
    ['t.me/rizzearch/42', undefined],
    ['рыбы_канал', undefined],
    ['', undefined],
  ];
  for (const [input, name] of table) {
    test(`'${input}' -> ${name ?? 'no channel'}`, () => {
      assert.equal(channelName(input), name);
      assert.equal(validateChannel(input) === undefined, name !== undefined);
    });
  }
});

describe('the sources list', () => {
  test('an empty list keeps what it meant, then the channel', () => {
    assert.deepEqual(withChannel([], 'rizzearch'), ['reviews/', '*.bib', 't.me/rizzearch']);
  });

  test('a channel goes at the end of a list', () => {
    assert.deepEqual(withChannel(['notes/reviews'], 'rizzearch'), ['notes/reviews', 't.me/rizzearch']);
  });

  test('a channel named in any form is not added twice', () => {
    const sources = ['reviews/', '@RizzSearch'];
    assert.equal(withChannel(sources, 'rizzsearch'), sources);
  });
});

describe('Paperlens: Add a channel…', () => {
  test('appends the channel to the workspace settings, even with the server stopped', async () => {
    registerCommands(stoppedServer, { show: () => undefined });
    fake.settings['paperlens.sources'] = ['reviews/'];
    fake.input = 'https://t.me/rizzearch';
    await commands.executeCommand(COMMANDS.addChannel);
    assert.equal(fake.inputBoxes.length, 1);
    assert.equal(fake.inputBoxes[0].validateInput?.('@ab'), validateChannel('@ab'));
    assert.deepEqual(fake.updates, [
      { key: 'paperlens.sources', value: ['reviews/', 't.me/rizzearch'], target: ConfigurationTarget.Workspace },
    ]);
    assert.deepEqual(fake.settings['paperlens.sources'], ['reviews/', 't.me/rizzearch']);
    assert.match(fake.messages[0].message, /added t\.me\/rizzearch to paperlens\.sources in the workspace settings/);
  });

  test('starts from the user settings when the workspace sets no sources', async () => {
    fake.globalSettings['paperlens.sources'] = ['~/exports/'];
    fake.input = '@rizzearch';
    await addChannel();
    assert.deepEqual(fake.updates[0].value, ['~/exports/', 't.me/rizzearch']);
    assert.equal(fake.updates[0].target, ConfigurationTarget.Workspace);
  });

  test('without an open folder the user settings get it', async () => {
    fake.folderOpen = false;
    fake.input = 't.me/rizzearch';
    await addChannel();
    assert.equal(fake.updates[0].target, ConfigurationTarget.Global);
    assert.match(fake.messages[0].message, /user \(no folder is open\)/);
  });

  test('a channel already there is said, not added', async () => {
    fake.settings['paperlens.sources'] = ['t.me/rizzearch'];
    fake.input = '@rizzearch';
    await addChannel();
    assert.deepEqual(fake.updates, []);
    assert.match(fake.messages[0].message, /already a source/);
  });

  test('cancelling the input box changes nothing', async () => {
    fake.input = undefined;
    await addChannel();
    assert.deepEqual(fake.updates, []);
    assert.deepEqual(fake.messages, []);
  });
});
