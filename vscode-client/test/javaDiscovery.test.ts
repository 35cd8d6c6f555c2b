import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  discoverJava,
  javaCandidates,
  missingJavaMessage,
  parseJavaVersion,
  type JavaProbe,
} from '../src/javaDiscovery';
import { nodeJavaProbe } from '../src/javaProbe';

describe('parseJavaVersion', () => {
  const rows: [string, string, number | undefined][] = [
    ['Java 8 (1.x scheme)', 'openjdk version "1.8.0_392"\nOpenJDK Runtime Environment (Temurin)(build 1.8.0_392-b08)', 8],
    ['Oracle Java 8', 'java version "1.8.0_211"\nJava(TM) SE Runtime Environment (build 1.8.0_211-b12)', 8],
    ['Java 11', 'openjdk version "11.0.21" 2023-10-17\nOpenJDK 64-Bit Server VM (build 11.0.21+9)', 11],
    ['Java 17', 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['Java 21 GA, no minor', 'openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)', 21],
    ['Java 25', 'openjdk version "25" 2025-09-16\nOpenJDK 64-Bit Server VM (build 25+36-LTS, mixed mode)', 25],
    ['early access', 'openjdk version "25-ea" 2025-09-16', 25],
    ['tool options line first', 'Picked up JAVA_TOOL_OPTIONS: -Xmx1g\nopenjdk version "21.0.5" 2024-10-15', 21],
    ['not java', 'bash: java: command not found', undefined],
    ['empty', '', undefined],
  ];
  for (const [name, output, expected] of rows) {
    test(name, () => assert.equal(parseJavaVersion(output), expected));
  }
});

/** A machine with the given java binaries and their versions; everything else does not exist. */
function machine(
  javas: Record<string, number | 'broken'>,
  env: Record<string, string> = {},
  platform: NodeJS.Platform = 'linux',
): JavaProbe & { asked: string[] } {
  const asked: string[] = [];
  return {
    platform,
    env,
    homeDir: '/home/ada',
    asked,
    isFile: (file) => file in javas,
    async versionOutput(executable) {
      asked.push(executable);
      const version = javas[executable];
      return version === 'broken' ? undefined : `openjdk version "${version}.0.1" 2024-01-01`;
    },
  };
}

describe('discoverJava', () => {
  const everywhere = machine(
    { '/opt/jdk21/bin/java': 21, '/usr/lib/jvm/17/bin/java': 17, '/usr/bin/java': 25 },
    { JAVA_HOME: '/usr/lib/jvm/17', PATH: '/usr/local/bin:/usr/bin' },
  );

  test('the setting wins over JAVA_HOME and PATH', async () => {
    const found = await discoverJava('/opt/jdk21', everywhere);
    assert.deepEqual(found, {
      found: true,
      java: {
        source: 'paperlens.java.home',
        executable: '/opt/jdk21/bin/java',
        version: 21,
        versionText: 'openjdk version "21.0.1" 2024-01-01',
      },
      rejected: [],
    });
  });

  test('JAVA_HOME wins over PATH when the setting is empty', async () => {
    const found = await discoverJava('', everywhere);
    assert.ok(found.found);
    assert.equal(found.java.source, 'JAVA_HOME');
    assert.equal(found.java.executable, '/usr/lib/jvm/17/bin/java');
  });

  test('PATH is the last resort, first directory holding java', async () => {
    const probe = machine({ '/usr/bin/java': 21, '/bin/java': 17 }, { PATH: '/usr/local/bin:/usr/bin:/bin' });
    const found = await discoverJava('', probe);
    assert.ok(found.found);
    assert.deepEqual(found.java, {
      source: 'PATH',
      executable: '/usr/bin/java',
      version: 21,
      versionText: 'openjdk version "21.0.1" 2024-01-01',
    });
  });

  test('a too old or missing candidate is skipped and remembered', async () => {
    const probe = machine({ '/usr/lib/jvm/11/bin/java': 11, '/usr/bin/java': 17 }, { JAVA_HOME: '/usr/lib/jvm/11', PATH: '/usr/bin' });
    const found = await discoverJava('/nowhere', probe);
    assert.ok(found.found);
    assert.equal(found.java.source, 'PATH');
    assert.deepEqual(
      found.rejected.map((r) => [r.source, r.problem, r.version]),
      [
        ['paperlens.java.home', 'missing', undefined],
        ['JAVA_HOME', 'too old', 11],
      ],
    );
  });

  test('the setting may name the java binary itself, and ~ means the home folder', async () => {
    const probe = machine({ '/home/ada/jdk/bin/java': 21 });
    assert.deepEqual(javaCandidates('~/jdk/bin/java', probe), [{ source: 'paperlens.java.home', executable: '/home/ada/jdk/bin/java' }]);
    assert.deepEqual(javaCandidates('~/jdk', probe), [{ source: 'paperlens.java.home', executable: '/home/ada/jdk/bin/java' }]);
  });

  test('Windows: java.exe, backslashes and ; between PATH entries', () => {
    const probe = machine({ 'C:\\jdk\\bin\\java.exe': 21 }, { JAVA_HOME: 'C:\\jdk17', Path: 'C:\\Windows;C:\\jdk\\bin' }, 'win32');
    assert.deepEqual(javaCandidates('', probe), [
      { source: 'JAVA_HOME', executable: 'C:\\jdk17\\bin\\java.exe' },
      { source: 'PATH', executable: 'C:\\jdk\\bin\\java.exe' },
    ]);
  });

  test('a java that does not answer -version is not used', async () => {
    const probe = machine({ '/usr/bin/java': 'broken' }, { PATH: '/usr/bin' });
    assert.deepEqual(await discoverJava('', probe), {
      found: false,
      rejected: [{ source: 'PATH', executable: '/usr/bin/java', problem: 'unrunnable' }],
    });
  });

  test('nothing anywhere: no process is started', async () => {
    const probe = machine({}, { PATH: '/usr/bin' });
    assert.deepEqual(await discoverJava('', probe), { found: false, rejected: [] });
    assert.deepEqual(probe.asked, []);
  });
});

describe('missingJavaMessage', () => {
  test('says what was found and what to do', () => {
    const message = missingJavaMessage([
      { source: 'JAVA_HOME', executable: '/usr/lib/jvm/11/bin/java', problem: 'too old', version: 11 },
      { source: 'PATH', executable: '/usr/bin/java', problem: 'unrunnable' },
    ]);
    assert.match(message, /needs Java 17 or newer/);
    assert.match(message, /JAVA_HOME \(\/usr\/lib\/jvm\/11\/bin\/java\): Java 11 is too old\./);
    assert.match(message, /PATH \(\/usr\/bin\/java\): did not answer "java -version"\./);
    assert.match(message, /set "paperlens\.java\.home" to its folder/);
  });

  test('nothing found names every place looked at', () => {
    const message = missingJavaMessage([]);
    assert.match(message, /paperlens\.java\.home and JAVA_HOME are not set and there is no java on PATH/);
    assert.match(message, /Install a JDK 17\+/);
  });
});

describe('nodeJavaProbe on this machine', () => {
  const probe = nodeJavaProbe();
  const candidates = javaCandidates('', probe);
  test('reads the version of the java it finds', { skip: candidates.length === 0 && 'no java here' }, async () => {
    const output = await probe.versionOutput(candidates[0].executable);
    assert.ok(output !== undefined);
    assert.ok((parseJavaVersion(output) ?? 0) >= 8, output);
  });
  test('a missing executable gives no output rather than an error', async () => {
    assert.equal(await probe.versionOutput('/no/such/java'), undefined);
    assert.equal(probe.isFile('/no/such/java'), false);
  });
});
