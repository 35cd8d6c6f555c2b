import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CrashRestarts } from '../src/crashRestarts';

test('restarts up to the bound within the window, then gives up', () => {
  const restarts = new CrashRestarts(4, 180_000);
  assert.deepEqual([0, 1, 2, 3, 4].map((second) => restarts.allowRestart(second * 1000)), [true, true, true, true, false]);
});

test('crashes older than the window are forgotten', () => {
  const restarts = new CrashRestarts(2, 60_000);
  assert.equal(restarts.allowRestart(0), true);
  assert.equal(restarts.allowRestart(30_000), true);
  // The crash at 0 is older than a minute by now, so this is the second in the window, not the third.
  assert.equal(restarts.allowRestart(61_000), true);
  assert.equal(restarts.allowRestart(62_000), false);
});

test('reset forgets every crash', () => {
  const restarts = new CrashRestarts(1, 60_000);
  restarts.allowRestart(0);
  assert.equal(restarts.allowRestart(1), false);
  restarts.reset();
  assert.equal(restarts.allowRestart(2), true);
});
