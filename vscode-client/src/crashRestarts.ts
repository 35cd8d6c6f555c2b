// How many times a crashed server is started again. Pure (the clock is a parameter) so the bound is
// tested; the language client's own default allows 4 restarts in 3 minutes, we keep that shape but own it
// so the give-up message can say what to do.

export class CrashRestarts {
  private readonly crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60_000,
  ) {}

  /** Records a crash at `now` and tells whether the server should be started again. */
  allowRestart(now: number): boolean {
    this.crashes.push(now);
    while (this.crashes.length > 0 && now - this.crashes[0] > this.windowMs) {
      this.crashes.shift();
    }
    return this.crashes.length <= this.maxRestarts;
  }

  /** A fresh start by the user (restart command, changed settings) forgets old crashes. */
  reset(): void {
    this.crashes.length = 0;
  }
}
