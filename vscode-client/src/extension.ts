// Entry point: wires the output channel, status bar, commands and settings to one PaperlensServer.
import * as path from 'node:path';
import * as vscode from 'vscode';
import { COMMANDS, registerCommands } from './commands';
import { nodeJavaProbe } from './javaProbe';
import { PaperlensServer } from './paperlensServer';
import { RESTART_KEYS } from './settings';
import { StatusBar } from './statusBar';
import { StatusModel } from './statusModel';

let server: PaperlensServer | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('Paperlens');
  const model = new StatusModel();
  const statusBar = new StatusBar(model, COMMANDS.showOutput);
  const paint = <A extends unknown[]>(update: (...args: A) => void) => (...args: A) => {
    update(...args);
    statusBar.refresh();
  };
  server = new PaperlensServer(
    context.asAbsolutePath('server/paperlens-server.jar'),
    output,
    nodeJavaProbe(),
    {
      phase: paint((phase, detail) => model.setPhase(phase, detail)),
      progress: paint((token, value) => model.onProgress(token, value)),
      serverStatus: paint((params) => model.onServerStatus(params)),
    },
    path.join(context.globalStorageUri.fsPath, 'class-archive'),
  );
  const running = server;
  context.subscriptions.push(
    output,
    statusBar,
    ...registerCommands(running, output),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('paperlens')) {
        return;
      }
      // Java and the document selector are fixed when the process starts; the rest is live.
      const needsRestart = RESTART_KEYS.some((key) => event.affectsConfiguration(`paperlens.${key}`));
      void (needsRestart ? running.restart() : running.sendSettings());
    }),
  );
  // Not awaited: activation should not wait for a JVM to boot.
  void running.start();
}

export function deactivate(): Promise<void> | undefined {
  const stopping = server?.stop();
  server = undefined;
  return stopping;
}
