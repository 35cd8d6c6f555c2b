import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, test } from 'node:test';
import {
  DEFAULT_MAX_HEAP_MB,
  DEFAULT_SETTINGS,
  MAX_COMPLETION_ITEMS,
  MIN_HEAP_MB,
  documentSelector,
  jvmFlags,
  readSettings,
  serverLanguages,
  serverPayload,
  type PaperlensSettings,
} from '../src/settings';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
const contributed: Record<string, { default: unknown; markdownDescription?: string }> =
  manifest.contributes.configuration.properties;

/** Reads settings from a flat `{ 'completion.maxItems': 5 }` map, the keys `get` is asked for. */
function fromUser(values: Record<string, unknown>): PaperlensSettings {
  return readSettings((key) => values[key]);
}

describe('readSettings', () => {
  test('nothing set gives the defaults', () => {
    assert.deepEqual(fromUser({}), DEFAULT_SETTINGS);
  });

  const rows: { name: string; user: Record<string, unknown>; expect: Partial<PaperlensSettings> }[] = [
    { name: 'sources kept in order', user: { sources: ['notes/', 'refs.bib'] }, expect: { sources: ['notes/', 'refs.bib'] } },
    { name: 'sources trimmed, blanks and duplicates dropped', user: { sources: [' a/ ', '', 'a/', 7, 'b.bib'] }, expect: { sources: ['a/', 'b.bib'] } },
    { name: 'empty sources leave the choice to the server', user: { sources: [] }, expect: { sources: [] } },
    { name: 'sources as a string fall back', user: { sources: 'reviews/' }, expect: { sources: [] } },
    { name: 'Zotero poll interval', user: { zoteroPollSeconds: 120 }, expect: { zoteroPollSeconds: 120 } },
    { name: 'Zotero poll interval clamped to 1..86400', user: { zoteroPollSeconds: 0.5 }, expect: { zoteroPollSeconds: 1 } },
    { name: 'Zotero poll interval as text falls back', user: { zoteroPollSeconds: '60' }, expect: { zoteroPollSeconds: 30 } },
    { name: 'indexDir kept', user: { indexDir: ' build/index ' }, expect: { indexDir: 'build/index' } },
    { name: 'indexDir as a number falls back', user: { indexDir: 3 }, expect: { indexDir: '' } },
    { name: 'maxItems kept', user: { 'completion.maxItems': 20 }, expect: { completion: { maxItems: 20 } } },
    { name: 'channel page cap kept', user: { 'channels.maxPages': 5 }, expect: { channels: { maxPages: 5, syncMinutes: 60 } } },
    { name: 'channel page cap clamped', user: { 'channels.maxPages': 5000 }, expect: { channels: { maxPages: 1000, syncMinutes: 60 } } },
    { name: 'channel page cap as text falls back', user: { 'channels.maxPages': 'many' }, expect: { channels: { maxPages: 50, syncMinutes: 60 } } },
    { name: 'channel sync interval kept', user: { 'channels.syncMinutes': 15 }, expect: { channels: { maxPages: 50, syncMinutes: 15 } } },
    { name: 'channel sync off', user: { 'channels.syncMinutes': 0 }, expect: { channels: { maxPages: 50, syncMinutes: 0 } } },
    { name: 'channel sync interval clamped', user: { 'channels.syncMinutes': 99999 }, expect: { channels: { maxPages: 50, syncMinutes: 10080 } } },
    { name: 'negative channel sync interval is off', user: { 'channels.syncMinutes': -5 }, expect: { channels: { maxPages: 50, syncMinutes: 0 } } },
    { name: 'maxItems rounded down', user: { 'completion.maxItems': 7.9 }, expect: { completion: { maxItems: 7 } } },
    { name: 'maxItems below 1 clamped', user: { 'completion.maxItems': 0 }, expect: { completion: { maxItems: 1 } } },
    { name: 'maxItems too large clamped', user: { 'completion.maxItems': 1e9 }, expect: { completion: { maxItems: MAX_COMPLETION_ITEMS } } },
    { name: 'maxItems as text falls back', user: { 'completion.maxItems': '20' }, expect: { completion: { maxItems: 30 } } },
    { name: 'unknownCitations off', user: { 'diagnostics.unknownCitations': false }, expect: { diagnostics: { unknownCitations: false } } },
    { name: 'mention hints on', user: { 'inlayHints.mentions': true }, expect: { inlayHints: { citations: true, mentions: true } } },
    { name: 'citation hints as text fall back', user: { 'inlayHints.citations': 'yes' }, expect: { inlayHints: { citations: true, mentions: false } } },
    { name: 'unknownCitations as text falls back', user: { 'diagnostics.unknownCitations': 'no' }, expect: { diagnostics: { unknownCitations: true } } },
    { name: 'languages narrowed', user: { languages: ['markdown'] }, expect: { languages: ['markdown'] } },
    { name: 'empty languages switch it off', user: { languages: [] }, expect: { languages: [] } },
    { name: 'java.home trimmed', user: { 'java.home': ' /opt/jdk-21 ' }, expect: { java: { home: '/opt/jdk-21', maxHeapMB: 512 } } },
    { name: 'heap cap raised', user: { 'java.maxHeapMB': 2048 }, expect: { java: { home: '', maxHeapMB: 2048 } } },
    { name: 'heap cap too small is raised to the floor', user: { 'java.maxHeapMB': 16 }, expect: { java: { home: '', maxHeapMB: 128 } } },
    { name: 'heap cap as text falls back', user: { 'java.maxHeapMB': '1g' }, expect: { java: { home: '', maxHeapMB: 512 } } },
    { name: 'trace level kept', user: { 'trace.server': 'verbose' }, expect: { trace: { server: 'verbose' } } },
    { name: 'unknown trace level falls back', user: { 'trace.server': 'loud' }, expect: { trace: { server: 'off' } } },
  ];
  for (const row of rows) {
    test(row.name, () => {
      assert.deepEqual(fromUser(row.user), { ...DEFAULT_SETTINGS, ...row.expect });
    });
  }
});

describe('the JVM flags', () => {
  // The cap is the one flag the user's setting changes: whatever the cap, it is the only -Xmx, and
  // an initial heap or young generation set beside it stays under the smallest cap the setting takes.
  for (const maxHeapMB of [MIN_HEAP_MB, DEFAULT_MAX_HEAP_MB, 2048]) {
    test(`a ${maxHeapMB} MB cap`, () => {
      const flags = jvmFlags(fromUser({ 'java.maxHeapMB': maxHeapMB }).java);
      assert.deepEqual(flags.filter((f) => f.startsWith('-Xmx')), [`-Xmx${maxHeapMB}m`]);
      for (const sized of flags.filter((f) => /^-Xm[sn]\d+m$/.test(f))) {
        assert.ok(Number(sized.slice(4, -1)) < MIN_HEAP_MB, sized);
      }
      // The JVM's warnings go to standard error whatever else is set: standard output is the protocol's.
      assert.deepEqual(flags.slice(-2), ['-Xlog:disable', '-Xlog:all=warning:stderr']);
    });
  }
});

describe('what the server receives', () => {
  test('initializationOptions and didChangeConfiguration share one nested shape, without java.home', () => {
    const settings = fromUser({ sources: ['reviews/'], 'completion.maxItems': 10, 'java.home': '/opt/jdk' });
    assert.deepEqual(serverPayload(settings), {
      settings: {
        paperlens: {
          sources: ['reviews/'],
          channels: { maxPages: 50, syncMinutes: 60 },
          indexDir: '',
          completion: { maxItems: 10 },
          diagnostics: { unknownCitations: true },
          inlayHints: { citations: true, mentions: false },
          languages: ['markdown', 'latex', 'plaintext'],
          backend: { type: 'embedded', url: '', zkHosts: '', collection: 'paperlens', addon: '' },
          zoteroPollSeconds: 30,
          trace: { server: 'off' },
        },
      },
    });
  });

  test('a shared Solr collection is sent by the address given, URLs before ZooKeeper hosts', () => {
    const byUrl = fromUser({ 'backend.type': 'solr', 'backend.url': ' http://solr:8983/solr ', 'backend.zkHosts': 'zk:2181', 'backend.collection': 'team', 'backend.addon': ' /opt/paperlens/paperlens-team.jar ' });
    assert.deepEqual(serverPayload(byUrl).settings.paperlens.backend,
      { type: 'solr', url: 'http://solr:8983/solr', zkHosts: '', collection: 'team', addon: '/opt/paperlens/paperlens-team.jar' });
    const byZk = fromUser({ 'backend.type': 'solr', 'backend.zkHosts': 'zk1:2181,zk2:2181/solr' });
    assert.deepEqual(serverPayload(byZk).settings.paperlens.backend,
      { type: 'solr', url: '', zkHosts: 'zk1:2181,zk2:2181/solr', collection: 'paperlens', addon: '' });
    const unknown = fromUser({ 'backend.type': 'elastic', 'backend.collection': 42 });
    assert.deepEqual(unknown.backend, { type: 'embedded', url: '', zkHosts: '', collection: 'paperlens', addon: '' });
  });

  const languageRows: [string, string[], string[]][] = [
    ['the defaults', ['markdown', 'latex', 'tex', 'bibtex', 'plaintext'], ['markdown', 'latex', 'plaintext']],
    ['tex alone is LaTeX', ['tex'], ['latex']],
    ['bibtex alone is no note language', ['bibtex'], []],
    ['unknown ids pass through for the server to judge', ['markdown', 'quarto'], ['markdown', 'quarto']],
    ['nothing', [], []],
  ];
  for (const [name, ids, expected] of languageRows) {
    test(`server languages: ${name}`, () => assert.deepEqual(serverLanguages(ids), expected));
  }

  test('the payload survives JSON, as it must to cross the wire', () => {
    const payload = serverPayload(DEFAULT_SETTINGS);
    assert.deepEqual(JSON.parse(JSON.stringify(payload)), payload);
  });

  test('the document selector covers saved and untitled documents of each language', () => {
    assert.deepEqual(documentSelector(['markdown', 'latex']), [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
      { language: 'latex', scheme: 'file' },
      { language: 'latex', scheme: 'untitled' },
    ]);
  });
});

describe('package.json contributes every setting', () => {
  const flatDefaults = flatten(DEFAULT_SETTINGS as unknown as Record<string, unknown>, 'paperlens.');

  test('one contributed property per setting, no more', () => {
    assert.deepEqual(Object.keys(contributed).sort(), Object.keys(flatDefaults).sort());
  });

  for (const [key, value] of Object.entries(flatDefaults)) {
    test(`${key} has the same default and a markdownDescription`, () => {
      assert.deepEqual(contributed[key].default, value);
      assert.ok((contributed[key].markdownDescription ?? '').length > 20, `${key} needs a markdownDescription`);
    });
  }

  test('the Settings editor shows them in one order: every order is different', () => {
    const orders = Object.values(contributed).map((p) => (p as { order?: number }).order);
    assert.ok(orders.every((o) => typeof o === 'number'), 'every setting has an order');
    assert.equal(new Set(orders).size, orders.length, `orders repeat: ${orders.join(', ')}`);
  });

  test('activates on every default language', () => {
    assert.deepEqual(manifest.activationEvents, DEFAULT_SETTINGS.languages.map((id) => `onLanguage:${id}`));
  });
});

function flatten(value: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
      Object.assign(flat, flatten(inner as Record<string, unknown>, `${prefix}${key}.`));
    } else {
      flat[prefix + key] = inner;
    }
  }
  return flat;
}
