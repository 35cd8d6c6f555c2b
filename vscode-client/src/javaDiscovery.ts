// Finding a Java 17+ runtime for the server. Pure apart from the injected `JavaProbe`, so the order
// (setting > JAVA_HOME > PATH), the version parsing and the "no Java" message are unit-tested.
import * as path from 'node:path';

export const MINIMUM_JAVA = 17;

export type JavaSource = 'paperlens.java.home' | 'JAVA_HOME' | 'PATH';

export interface JavaCandidate {
  source: JavaSource;
  executable: string;
}

/** A candidate that was looked at and not used, and why, for the message shown to the user. */
export interface RejectedJava extends JavaCandidate {
  problem: 'missing' | 'unrunnable' | 'too old';
  version?: number;
}

export type JavaDiscovery =
  | { found: true; java: JavaCandidate & { version: number; versionText: string }; rejected: RejectedJava[] }
  | { found: false; rejected: RejectedJava[] };

/** The file system and process access discovery needs; tests pass a fake. */
export interface JavaProbe {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homeDir: string;
  isFile(file: string): boolean;
  /** Runs `<java> -version` and returns what it printed (Java prints the version on stderr). */
  versionOutput(executable: string): Promise<string | undefined>;
}

/**
 * Reads the feature release out of `java -version` output: `1.8.0_392` is 8, `11.0.21` is 11,
 * `21` (with a date after it) is 21, `25-ea` is 25. Undefined when no version string is there.
 */
export function parseJavaVersion(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?[^"]*"/.exec(output);
  if (match === null) {
    return undefined;
  }
  const first = Number(match[1]);
  // Before Java 9 the scheme was 1.<release>.
  return first === 1 && match[2] !== undefined ? Number(match[2]) : first;
}

/** Where to look, in order: the setting, then JAVA_HOME, then the first `java` on PATH. */
export function javaCandidates(settingHome: string, probe: JavaProbe): JavaCandidate[] {
  const exe = probe.platform === 'win32' ? 'java.exe' : 'java';
  const paths = probe.platform === 'win32' ? path.win32 : path.posix;
  const join = paths.join;
  const candidates: JavaCandidate[] = [];
  const home = expandHome(settingHome.trim(), probe.homeDir);
  if (home !== '') {
    // People paste either the JDK folder or the java binary itself; accept both.
    const executable = paths.basename(home).toLowerCase() === exe ? home : join(home, 'bin', exe);
    candidates.push({ source: 'paperlens.java.home', executable });
  }
  const javaHome = probe.env.JAVA_HOME?.trim();
  if (javaHome) {
    candidates.push({ source: 'JAVA_HOME', executable: join(javaHome, 'bin', exe) });
  }
  const pathValue = probe.env.PATH ?? probe.env.Path ?? '';
  const delimiter = probe.platform === 'win32' ? ';' : ':';
  const onPath = pathValue
    .split(delimiter)
    .filter((dir) => dir.trim() !== '')
    .map((dir) => join(dir, exe))
    .find((file) => probe.isFile(file));
  if (onPath !== undefined) {
    candidates.push({ source: 'PATH', executable: onPath });
  }
  return candidates;
}

/** Tries each candidate in order and takes the first that runs and is Java 17 or newer. */
export async function discoverJava(settingHome: string, probe: JavaProbe): Promise<JavaDiscovery> {
  const rejected: RejectedJava[] = [];
  for (const candidate of javaCandidates(settingHome, probe)) {
    if (!probe.isFile(candidate.executable)) {
      rejected.push({ ...candidate, problem: 'missing' });
      continue;
    }
    const output = await probe.versionOutput(candidate.executable);
    const version = output === undefined ? undefined : parseJavaVersion(output);
    if (version === undefined) {
      rejected.push({ ...candidate, problem: 'unrunnable' });
    } else if (version < MINIMUM_JAVA) {
      rejected.push({ ...candidate, problem: 'too old', version });
    } else {
      // The whole text names the build (vendor, update), which keys the server's class archive.
      return { found: true, java: { ...candidate, version, versionText: output ?? '' }, rejected };
    }
  }
  return { found: false, rejected };
}

/** The message shown when no usable Java was found: what was checked, then what to do. */
export function missingJavaMessage(rejected: readonly RejectedJava[]): string {
  const checked =
    rejected.length === 0
      ? 'paperlens.java.home and JAVA_HOME are not set and there is no java on PATH.'
      : rejected.map(describeRejection).join(' ');
  return (
    `Paperlens needs Java ${MINIMUM_JAVA} or newer to run its language server. ${checked} ` +
    `Install a JDK ${MINIMUM_JAVA}+ (for example Eclipse Temurin) and set "paperlens.java.home" to its ` +
    'folder (the one that holds bin/java), or set JAVA_HOME, then reload the window.'
  );
}

function describeRejection(r: RejectedJava): string {
  const where = `${r.source} (${r.executable})`;
  switch (r.problem) {
    case 'missing':
      return `${where}: no java there.`;
    case 'unrunnable':
      return `${where}: did not answer "java -version".`;
    case 'too old':
      return `${where}: Java ${r.version} is too old.`;
  }
}

function expandHome(file: string, homeDir: string): string {
  return file === '~' || file.startsWith('~/') ? homeDir + file.slice(1) : file;
}
