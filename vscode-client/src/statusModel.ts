// What the status bar item says. Pure: events in (client state, work-done progress, the server's
// `paperlens/status` notification), text out; `StatusBar` in extension code only paints it.

/** Params of the server's `paperlens/status` notification. */
export interface ServerStatus {
  state: 'indexing' | 'ready' | 'error';
  papers: number;
  message?: string | null;
}

export const SERVER_STATUS_METHOD = 'paperlens/status';

/** The subset of LSP's WorkDoneProgressBegin/Report/End the status bar shows. */
export type ProgressValue =
  | { kind: 'begin'; title: string; message?: string; percentage?: number }
  | { kind: 'report'; message?: string; percentage?: number }
  | { kind: 'end'; message?: string };

export type ClientPhase = 'starting' | 'running' | 'stopped' | 'no-java' | 'failed';

export interface StatusView {
  text: string;
  tooltip: string;
  /** True when something is wrong and the item should use the error/warning colour. */
  alarming: boolean;
}

interface ActiveProgress {
  title: string;
  message?: string;
  percentage?: number;
}

export class StatusModel {
  private phase: ClientPhase = 'starting';
  private phaseDetail = '';
  private server: ServerStatus | undefined;
  private readonly progress = new Map<string, ActiveProgress>();

  setPhase(phase: ClientPhase, detail = ''): void {
    this.phase = phase;
    this.phaseDetail = detail;
    if (phase !== 'running') {
      // A dead server's progress never ends; drop it rather than spin forever.
      this.progress.clear();
    }
  }

  onServerStatus(status: unknown): void {
    if (isServerStatus(status)) {
      this.server = status;
    }
  }

  onProgress(token: string | number, value: ProgressValue): void {
    const key = String(token);
    if (value.kind === 'begin') {
      this.progress.set(key, { title: value.title, message: value.message, percentage: value.percentage });
    } else if (value.kind === 'report') {
      const current = this.progress.get(key);
      if (current !== undefined) {
        this.progress.set(key, {
          title: current.title,
          message: value.message ?? current.message,
          percentage: value.percentage ?? current.percentage,
        });
      }
    } else {
      this.progress.delete(key);
    }
  }

  view(): StatusView {
    switch (this.phase) {
      case 'starting':
        return { text: '$(sync~spin) Paperlens', tooltip: 'Paperlens: starting the language server', alarming: false };
      case 'no-java':
        return { text: '$(warning) Paperlens: no Java', tooltip: this.phaseDetail, alarming: true };
      case 'failed':
        return { text: '$(error) Paperlens', tooltip: `Paperlens server stopped: ${this.phaseDetail}`, alarming: true };
      case 'stopped':
        return { text: '$(circle-slash) Paperlens', tooltip: 'Paperlens server is stopped', alarming: false };
      case 'running':
        return this.runningView();
    }
  }

  private runningView(): StatusView {
    const active = [...this.progress.values()].at(-1);
    if (active !== undefined) {
      const percent = active.percentage === undefined ? '' : ` ${Math.round(active.percentage)}%`;
      const detail = active.message ? `${active.title}: ${active.message}` : active.title;
      return { text: `$(sync~spin) Paperlens: indexing${percent}`, tooltip: detail, alarming: false };
    }
    const server = this.server;
    if (server === undefined) {
      return { text: '$(book) Paperlens', tooltip: 'Paperlens language server is running', alarming: false };
    }
    const papers = `${server.papers} ${server.papers === 1 ? 'paper' : 'papers'}`;
    switch (server.state) {
      case 'indexing':
        return { text: `$(sync~spin) Paperlens: indexing`, tooltip: server.message ?? `Indexing; ${papers} so far`, alarming: false };
      case 'ready':
        return { text: `$(book) ${papers}`, tooltip: server.message ?? `Paperlens: ${papers} indexed`, alarming: false };
      case 'error':
        return {
          text: `$(error) Paperlens: ${papers}`,
          tooltip: `Paperlens: ${server.message ?? 'indexing failed'} (click for the output)`,
          alarming: true,
        };
    }
  }
}

function isServerStatus(value: unknown): value is ServerStatus {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const v = value as Record<string, unknown>;
  return (
    (v.state === 'indexing' || v.state === 'ready' || v.state === 'error') &&
    typeof v.papers === 'number' &&
    (v.message === undefined || v.message === null || typeof v.message === 'string')
  );
}
