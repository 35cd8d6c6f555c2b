import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paperPicks } from '../src/paperSymbols';

const relative = (uri: string) => uri.replace('file:///notes/', '');
const range = { start: { line: 41, character: 0 }, end: { line: 41, character: 8 } };

test('SymbolInformation becomes a row with the review location', () => {
  const result = [{ name: 'HyenaDNA: Long-Range Genomic Sequence Modeling', kind: 5, containerName: '@gonzo_ml', location: { uri: 'file:///notes/reviews/gonzo.html', range } }];
  assert.deepEqual(paperPicks(result, relative), [
    {
      label: 'HyenaDNA: Long-Range Genomic Sequence Modeling',
      description: '@gonzo_ml',
      detail: 'reviews/gonzo.html:42',
      uri: 'file:///notes/reviews/gonzo.html',
      range,
    },
  ]);
});

test('WorkspaceSymbol without a range opens the file', () => {
  const [pick] = paperPicks([{ name: 'Mamba', kind: 5, location: { uri: 'file:///notes/refs.bib' } }], relative);
  assert.deepEqual(pick, { label: 'Mamba', description: undefined, detail: 'refs.bib', uri: 'file:///notes/refs.bib', range: undefined });
});

test('rows without a name or location, and non-arrays, give nothing', () => {
  assert.deepEqual(paperPicks(null, relative), []);
  assert.deepEqual(paperPicks({ name: 'x' }, relative), []);
  assert.deepEqual(paperPicks([null, { name: 'x' }, { location: { uri: 'file:///a' } }, { name: 'y', location: { uri: 3 } }], relative), []);
});
