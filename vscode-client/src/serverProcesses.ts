// Spawns the server JVM and makes sure none outlives the extension. The language client's own kill
// runs a shell script next to its sources, which a bundled extension does not ship, so the client is
// handed processes we spawned and we end them ourselves. No `vscode` import: tested with real processes.
import { spawn, type ChildProcess } from 'node:child_process';

export class ServerProcesses {
  private readonly live = new Set<ChildProcess>();

  spawn(command: string, args: readonly string[], cwd: string | undefined): ChildProcess {
    const child = spawn(command, args, { cwd, stdio: 'pipe', windowsHide: true });
    this.live.add(child);
    const forget = () => this.live.delete(child);
    child.once('exit', forget);
    // A failed spawn emits 'error' instead of 'exit'; without a listener it would throw.
    child.once('error', forget);
    return child;
  }

  /** How many spawned processes have not exited yet. */
  get running(): number {
    return this.live.size;
  }

  /**
   * Gives every live process `graceMs` to exit on its own (it was just sent LSP `exit`, or its stdin
   * closed), then kills what is left.
   */
  async reap(graceMs: number): Promise<void> {
    await Promise.all([...this.live].map((child) => this.reapOne(child, graceMs)));
  }

  private async reapOne(child: ChildProcess, graceMs: number): Promise<void> {
    if (await exited(child, graceMs)) {
      return;
    }
    child.kill('SIGKILL');
    await exited(child, graceMs);
  }
}

function exited(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(true);
  }
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.off('exit', onExit);
      resolve(false);
    }, timeoutMs);
    const onExit = () => {
      clearTimeout(timer);
      resolve(true);
    };
    child.once('exit', onExit);
  });
}
