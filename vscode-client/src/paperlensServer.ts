// Owns the server process through `vscode-languageclient`: finds Java, starts `java -jar <jar> serve`,
// forwards settings, restarts a crashed server a bounded number of times, and stops it for good.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  State,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type ClientCapabilities,
  type CloseHandlerResult,
  type ErrorHandlerResult,
  type FeatureState,
  type LanguageClientOptions,
  type ServerOptions,
  type StaticFeature,
} from 'vscode-languageclient/node';
import { COMMANDS, SERVER_LINK_COMMANDS } from './commands';
import { classArchive } from './classArchive';
import { CrashRestarts } from './crashRestarts';
import { discoverJava, missingJavaMessage, type JavaProbe } from './javaDiscovery';
import { ServerProcesses } from './serverProcesses';
import type { ServerRequests } from './serverRequests';
import { documentSelector, jvmFlags, readSettings, serverPayload, type PaperlensSettings } from './settings';
import { SERVER_STATUS_METHOD, type ClientPhase, type ProgressValue } from './statusModel';

export interface ServerEvents {
  phase(phase: ClientPhase, detail?: string): void;
  progress(token: string | number, value: ProgressValue): void;
  serverStatus(params: unknown): void;
}

/** How long a stopped server may take to exit while it writes its class archive (about 20 MB). */
const ARCHIVE_EXIT_MS = 10_000;

export class PaperlensServer implements ServerRequests {
  private client: LanguageClient | undefined;
  private readonly crashes = new CrashRestarts();
  private readonly processes = new ServerProcesses();
  private starting: Promise<void> | undefined;
  private generation = 0;
  private writingArchive = false;

  constructor(
    private readonly jarPath: string,
    private readonly output: vscode.OutputChannel,
    private readonly javaProbe: JavaProbe,
    private readonly events: ServerEvents,
    /** Where the server JVM's class archive is kept between runs (global storage); none without it. */
    private readonly archiveFolder?: string,
  ) {}

  /** Server processes that have not exited; 0 after `stop`. */
  get processCount(): number {
    return this.processes.running;
  }

  isRunning(): boolean {
    return this.client?.state === State.Running;
  }

  sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R> {
    if (this.client === undefined) {
      return Promise.reject(new Error('the server is not running'));
    }
    // An explicit `undefined` token would be sent as a second, by-position parameter (`[params, null]`).
    return token === undefined
      ? this.client.sendRequest<R>(method, params)
      : this.client.sendRequest<R>(method, params, token);
  }

  /** Starts the server unless it runs or is starting; concurrent calls share one start. */
  start(): Promise<void> {
    this.starting ??= this.startOnce().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async startOnce(): Promise<void> {
    if (this.client !== undefined) {
      return;
    }
    // A stop while we look for Java or wait for `initialize` wins: nothing may start after it.
    const generation = this.generation;
    this.events.phase('starting');
    const settings = currentSettings();
    if (!fs.existsSync(this.jarPath)) {
      this.fail(`The server jar is missing (${this.jarPath}); reinstall the Paperlens extension.`);
      return;
    }
    const discovery = await discoverJava(settings.java.home, this.javaProbe);
    if (generation !== this.generation) {
      return;
    }
    for (const skipped of discovery.rejected) {
      this.output.appendLine(`[paperlens] skipped ${skipped.source} java ${skipped.executable}: ${skipped.problem}`);
    }
    if (!discovery.found) {
      const message = missingJavaMessage(discovery.rejected);
      this.output.appendLine(`[paperlens] ${message}`);
      this.events.phase('no-java', message);
      void this.offerHelp(message, 'Open Settings');
      return;
    }
    const java = discovery.java;
    this.output.appendLine(`[paperlens] using Java ${java.version} from ${java.source}: ${java.executable}`);
    const client = this.createClient(java.executable, java.versionText, settings);
    this.client = client;
    let failure = 'the server exited before it was ready';
    try {
      await client.start();
    } catch (error) {
      failure = `the server did not start: ${error instanceof Error ? error.message : String(error)}`;
    }
    // `start` may also resolve without a running server (when it dies during `initialize`, the
    // client's own bookkeeping is reset first), so the state decides, not the promise.
    if (generation === this.generation && !this.isRunning()) {
      // The client has logged the cause and shown its own "couldn't create connection" error; a second
      // pop-up would add nothing. The client is kept so `stop` can clean up.
      this.output.appendLine(`[paperlens] ${failure}`);
      this.events.phase('failed', failure);
    }
  }

  async stop(): Promise<void> {
    this.generation++;
    const client = this.client;
    this.client = undefined;
    if (client === undefined) {
      return;
    }
    try {
      // Sends shutdown and exit; a server that has not answered within the timeout is cut off.
      await client.dispose(2000);
    } catch (error) {
      this.output.appendLine(`[paperlens] stopping the server: ${error instanceof Error ? error.message : String(error)}`);
    }
    // A JVM writing its class archive at exit takes a few seconds more; cut off, it writes none.
    await this.processes.reap(this.writingArchive ? ARCHIVE_EXIT_MS : 1000);
    this.events.phase('stopped');
  }

  async restart(): Promise<void> {
    await this.stop();
    this.crashes.reset();
    await this.start();
  }

  /** Pushes changed settings to a running server (same shape as the initialization options). */
  async sendSettings(): Promise<void> {
    if (this.client !== undefined && this.isRunning()) {
      await this.client.sendNotification(DidChangeConfigurationNotification.type, serverPayload(currentSettings()));
    }
  }

  private createClient(javaExecutable: string, javaVersion: string, settings: PaperlensSettings): LanguageClient {
    const folder = vscode.workspace.workspaceFolders?.[0];
    const cwd = folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined;
    // Called again for every restart after a crash; each JVM is tracked so `stop` can reap it.
    const serverOptions: ServerOptions = async () => {
      // Mapped when an earlier run wrote it, else written when this run exits cleanly.
      const archive = classArchive(this.archiveFolder, this.jarPath, javaExecutable, javaVersion, `${process.pid}-${Date.now()}`);
      const child = this.processes.spawn(
        javaExecutable,
        [...jvmFlags(settings.java), ...archive.options, '-jar', this.jarPath, 'serve'],
        cwd,
      );
      this.writingArchive = archive.options.some((o) => o.startsWith('-XX:ArchiveClassesAtExit='));
      child.once('exit', (code) => archive.settle(code));
      return child;
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(settings.languages),
      initializationOptions: serverPayload(settings),
      outputChannel: this.output,
      // Hover cards carry "open review" links; VS Code runs only the command links a client trusts.
      markdown: { isTrusted: { enabledCommands: [...SERVER_LINK_COMMANDS] }, supportHtml: false },
      // Failures are logged; the pop-ups they would each raise are left to the close handler, which
      // knows whether the server comes back.
      initializationFailedHandler: () => false,
      errorHandler: {
        error: (_error, _message, count): ErrorHandlerResult => ({
          action: (count ?? 0) <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
          handled: true,
        }),
        closed: (): CloseHandlerResult => this.onServerExit(ran),
      },
    };
    // Whether this client ever got past `initialize`: a server that never did will not do better on a
    // second try, and `start` already reports why.
    let ran = false;
    // The id 'paperlens' makes the client read `paperlens.trace.server` by itself.
    const client = new LanguageClient('paperlens', 'Paperlens', serverOptions, clientOptions);
    client.registerFeature(new ProgressWatch(client, this.events.progress));
    client.onNotification(SERVER_STATUS_METHOD, (params: unknown) => this.events.serverStatus(params));
    client.onDidChangeState(({ newState }) => {
      if (newState === State.Running) {
        ran = true;
        this.events.phase('running');
      } else if (newState === State.Starting) {
        this.events.phase('starting');
      }
    });
    return client;
  }

  private onServerExit(ranBefore: boolean): CloseHandlerResult {
    // The connection is gone, so a process still running (stdout closed, JVM stuck) is of no use.
    void this.processes.reap(1000);
    if (!ranBefore) {
      return { action: CloseAction.DoNotRestart, message: '[paperlens] the server exited before it was ready', handled: true };
    }
    if (this.crashes.allowRestart(Date.now())) {
      return { action: CloseAction.Restart, message: '[paperlens] the server exited; starting it again', handled: true };
    }
    const message =
      `The Paperlens server stopped ${this.crashes.maxRestarts + 1} times in a few minutes and was not ` +
      'started again. The output shows why; after fixing that, run "Paperlens: Restart Server".';
    this.events.phase('failed', message);
    void this.offerHelp(message, 'Restart Server');
    return { action: CloseAction.DoNotRestart, message: `[paperlens] ${message}`, handled: true };
  }

  private fail(reason: string): void {
    this.output.appendLine(`[paperlens] ${reason}`);
    this.events.phase('failed', reason);
    void this.offerHelp(`Paperlens: ${reason}`, 'Restart Server');
  }

  private async offerHelp(message: string, action: 'Open Settings' | 'Restart Server'): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, action, 'Show Output');
    if (choice === 'Open Settings') {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'paperlens.java.home');
    } else if (choice === 'Restart Server') {
      await vscode.commands.executeCommand(COMMANDS.restart);
    } else if (choice === 'Show Output') {
      this.output.show(false);
    }
  }
}

function currentSettings(): PaperlensSettings {
  const configuration = vscode.workspace.getConfiguration('paperlens');
  return readSettings((key) => configuration.get(key));
}

/**
 * Feeds server-initiated work-done progress into the status bar. Registered after the built-in
 * progress feature, so its `window/workDoneProgress/create` handler is the one in force; progress
 * then shows in our status item instead of a second, generic indicator.
 */
class ProgressWatch implements StaticFeature {
  constructor(
    private readonly client: LanguageClient,
    private readonly onValue: (token: string | number, value: ProgressValue) => void,
  ) {}

  fillClientCapabilities(capabilities: ClientCapabilities): void {
    capabilities.window = { ...capabilities.window, workDoneProgress: true };
  }

  getState(): FeatureState {
    return { kind: 'static' };
  }

  initialize(): void {
    this.client.onRequest(WorkDoneProgressCreateRequest.type, ({ token }) => {
      const subscription = this.client.onProgress(WorkDoneProgress.type, token, (value) => {
        this.onValue(token, value as ProgressValue);
        if (value.kind === 'end') {
          subscription.dispose();
        }
      });
    });
  }

  clear(): void {
    // Nothing to drop: progress subscriptions belong to the connection and end with it.
  }
}
