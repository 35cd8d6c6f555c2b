// The server JVM's class-data-sharing archive, kept in the extension's global storage: the classes one
// run of the jar loaded, mapped into the next run instead of read, verified and parsed again (a cold
// start's class loading is a large part of it, docs/performance.md). JDK 17 cannot make a missing
// archive by itself, so a run without one writes it at its exit (`-XX:ArchiveClassesAtExit`) and later
// runs map it (`-XX:SharedArchiveFile`). It is named by the jar's path, size and time and by the Java
// executable and its version, so a new jar or another JDK gets a new archive and never maps a stale one
// (the server's `papers` command does the same for its batch JVM, `cli.ClassArchive`).
// No `vscode` import: tested with real files.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The JVM writes sharing warnings to standard output, which is the LSP channel: they are turned off. */
export const QUIET_CDS = '-Xlog:cds*=off';

export interface ClassArchiveRun {
  /** JVM options for this run: map the archive, or write it at exit; none when no folder is usable. */
  readonly options: string[];
  /** After the JVM exited: keeps what a clean exit wrote under the archive's name, drops the rest. */
  settle(exitCode: number | null): void;
}

const NONE: ClassArchiveRun = { options: [], settle: () => undefined };

/**
 * The archive of `jarPath` run by `javaExecutable` (whose `-version` printed `javaVersion`) under
 * `folder`; `unique` tells this run's partial file apart from another window's.
 */
export function classArchive(
  folder: string | undefined,
  jarPath: string,
  javaExecutable: string,
  javaVersion: string,
  unique: string,
): ClassArchiveRun {
  if (folder === undefined || folder === '') {
    return NONE;
  }
  let jar: fs.Stats;
  try {
    jar = fs.statSync(jarPath);
  } catch {
    return NONE;
  }
  const same = `server-${digest(`${path.resolve(jarPath)}\n${javaExecutable}`)}-`;
  const file = path.join(folder, `${same}${jar.size}-${Math.trunc(jar.mtimeMs)}-${digest(javaVersion.trim())}.jsa`);
  if (isFile(file)) {
    return { options: [QUIET_CDS, `-XX:SharedArchiveFile=${file}`], settle: () => undefined };
  }
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch {
    return NONE;
  }
  const written = `${file}.${unique.replace(/[^A-Za-z0-9_-]/g, '_')}.tmp`;
  return {
    options: [QUIET_CDS, `-XX:ArchiveClassesAtExit=${written}`],
    settle(exitCode) {
      if (!isFile(written)) {
        return;
      }
      try {
        if (exitCode !== 0) {
          // Cut off while writing it, or a failed run: not worth mapping.
          fs.rmSync(written, { force: true });
          return;
        }
        fs.renameSync(written, file);
        for (const other of fs.readdirSync(folder)) {
          if (other.startsWith(same) && other.endsWith('.jsa') && path.join(folder, other) !== file) {
            fs.rmSync(path.join(folder, other), { force: true });
          }
        }
      } catch {
        // Only a speed-up: without it the next run writes one again.
      }
    },
  };
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 12);
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
