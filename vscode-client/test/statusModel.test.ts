import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { StatusModel } from '../src/statusModel';

function running(): StatusModel {
  const model = new StatusModel();
  model.setPhase('running');
  return model;
}

describe('StatusModel', () => {
  test('starts spinning while the server starts', () => {
    assert.equal(new StatusModel().view().text, '$(sync~spin) Paperlens');
  });

  test('work-done progress shows its percentage, then goes away at end', () => {
    const model = running();
    model.onProgress('t1', { kind: 'begin', title: 'Indexing reviews', percentage: 0 });
    assert.equal(model.view().text, '$(sync~spin) Paperlens: indexing 0%');
    model.onProgress('t1', { kind: 'report', message: '120/300 files', percentage: 40 });
    assert.deepEqual(model.view(), { text: '$(sync~spin) Paperlens: indexing 40%', tooltip: 'Indexing reviews: 120/300 files', alarming: false });
    model.onProgress('t1', { kind: 'end' });
    assert.equal(model.view().text, '$(book) Paperlens');
  });

  test('a report for an unknown token is ignored', () => {
    const model = running();
    model.onProgress('ghost', { kind: 'report', percentage: 10 });
    assert.equal(model.view().text, '$(book) Paperlens');
  });

  test('paperlens/status gives the paper count', () => {
    const model = running();
    model.onServerStatus({ state: 'ready', papers: 1234 });
    assert.equal(model.view().text, '$(book) 1234 papers');
    model.onServerStatus({ state: 'ready', papers: 1, message: null });
    assert.equal(model.view().text, '$(book) 1 paper');
  });

  test('paperlens/status indexing and error', () => {
    const model = running();
    model.onServerStatus({ state: 'indexing', papers: 10 });
    assert.equal(model.view().text, '$(sync~spin) Paperlens: indexing');
    model.onServerStatus({ state: 'error', papers: 3, message: 'reviews/ not found' });
    assert.deepEqual(model.view(), {
      text: '$(error) Paperlens: 3 papers',
      tooltip: 'Paperlens: reviews/ not found (click for the output)',
      alarming: true,
    });
  });

  test('a malformed status notification changes nothing', () => {
    const model = running();
    model.onServerStatus({ state: 'ready', papers: 5 });
    for (const bad of [null, 'ready', { state: 'done', papers: 1 }, { state: 'ready', papers: '5' }, { state: 'ready', papers: 1, message: 3 }]) {
      model.onServerStatus(bad);
    }
    assert.equal(model.view().text, '$(book) 5 papers');
  });

  test('no Java and a failed server are alarming; stopping drops unfinished progress', () => {
    const model = running();
    model.onProgress(1, { kind: 'begin', title: 'Indexing' });
    model.setPhase('no-java', 'Paperlens needs Java 17 or newer');
    assert.deepEqual(model.view(), { text: '$(warning) Paperlens: no Java', tooltip: 'Paperlens needs Java 17 or newer', alarming: true });
    model.setPhase('failed', 'crashed 5 times');
    assert.equal(model.view().alarming, true);
    model.setPhase('running');
    assert.equal(model.view().text, '$(book) Paperlens');
  });
});
