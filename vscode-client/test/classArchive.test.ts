import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { classArchive, QUIET_CDS } from '../src/classArchive';

let dir: string;
let jar: string;
let folder: string;
const JAVA = '/opt/jdk21/bin/java';
const VERSION = 'openjdk version "21.0.1" 2024-01-01';

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paperlens-archive-'));
  jar = path.join(dir, 'paperlens-server.jar');
  fs.writeFileSync(jar, 'jar one');
  folder = path.join(dir, 'storage', 'class-archive');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The file an option names, after `=`. */
function named(options: string[], flag: string): string | undefined {
  return options.find((o) => o.startsWith(`${flag}=`))?.slice(flag.length + 1);
}

/** A run as the JVM makes it: writes the archive it was asked to at exit, then exits with `code`. */
function runAndExit(code: number | null, java = JAVA, version = VERSION): string[] {
  const run = classArchive(folder, jar, java, version, `run-${Math.random()}`);
  const written = named(run.options, '-XX:ArchiveClassesAtExit');
  if (written !== undefined) {
    fs.writeFileSync(written, 'classes');
  }
  run.settle(code);
  return run.options;
}

describe('classArchive', () => {
  test('the first run writes the archive at its exit, quietly; the next maps it', () => {
    const first = runAndExit(0);
    assert.equal(first[0], QUIET_CDS);
    assert.ok(named(first, '-XX:ArchiveClassesAtExit')?.startsWith(folder));
    const next = classArchive(folder, jar, JAVA, VERSION, 'next').options;
    const mapped = named(next, '-XX:SharedArchiveFile');
    assert.ok(mapped !== undefined && fs.existsSync(mapped), String(next));
    assert.deepEqual(next, [QUIET_CDS, `-XX:SharedArchiveFile=${mapped}`]);
    assert.deepEqual(fs.readdirSync(folder), [path.basename(mapped)], 'no partial file left');
  });

  test('a run cut off or failed leaves nothing to map, and the next writes again', () => {
    runAndExit(null);
    runAndExit(1);
    assert.deepEqual(fs.readdirSync(folder), []);
    assert.ok(named(classArchive(folder, jar, JAVA, VERSION, 'x').options, '-XX:ArchiveClassesAtExit'));
  });

  test('a new jar or another Java never maps the old archive, and the new one replaces it', () => {
    runAndExit(0);
    assert.ok(named(runAndExit(0, JAVA, 'openjdk version "21.0.2" 2024-04-16'), '-XX:ArchiveClassesAtExit'));
    assert.ok(named(runAndExit(0, '/usr/lib/jvm/17/bin/java'), '-XX:ArchiveClassesAtExit'));
    fs.writeFileSync(jar, 'jar two, longer');
    assert.ok(named(runAndExit(0), '-XX:ArchiveClassesAtExit'), 'the rebuilt jar writes its own');
    // One archive per jar path and Java executable: each new one replaced the one before it.
    assert.equal(fs.readdirSync(folder).length, 2, fs.readdirSync(folder).join());
    assert.ok(named(classArchive(folder, jar, JAVA, VERSION, 'y').options, '-XX:SharedArchiveFile'));
  });

  test('without a folder or a jar there is no archive', () => {
    assert.deepEqual(classArchive(undefined, jar, JAVA, VERSION, 'z').options, []);
    assert.deepEqual(classArchive('', jar, JAVA, VERSION, 'z').options, []);
    assert.deepEqual(classArchive(folder, path.join(dir, 'missing.jar'), JAVA, VERSION, 'z').options, []);
  });
});
