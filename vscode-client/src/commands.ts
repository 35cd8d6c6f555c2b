// The contributed commands and what each one does. The ids are `paperlens.client.*` because the
// language client itself registers a VS Code command for every command the server lists in its
// `executeCommandProvider` (the server's `paperlens.reindex`); reusing that id would clash.
import * as vscode from 'vscode';
import { addChannel } from './addChannel';
import { searchPapers } from './searchPapers';
import type { ServerRequests } from './serverRequests';

export const COMMANDS = {
  reindex: 'paperlens.client.reindex',
  searchPapers: 'paperlens.client.searchPapers',
  showOutput: 'paperlens.client.showOutput',
  restart: 'paperlens.client.restart',
  findReferences: 'paperlens.client.findReferences',
  addChannel: 'paperlens.client.addChannel',
} as const;

/** Where the server's code lenses point: a document URI and an LSP position, as JSON. */
interface LensTarget {
  line: number;
  character: number;
}

/** The server-side command "Reindex" asks for through `workspace/executeCommand`. */
export const SERVER_REINDEX = 'paperlens.reindex';

/** Server commands that hover cards may link to (`command:paperlens.openReview?...`). */
export const SERVER_LINK_COMMANDS = ['paperlens.openReview', SERVER_REINDEX] as const;

export function registerCommands(server: ServerRequests, output: { show(preserveFocus?: boolean): void }): vscode.Disposable[] {
  const whenRunning = (action: () => Promise<unknown>) => async () => {
    if (!server.isRunning()) {
      await notRunning(output);
      return;
    }
    try {
      await action();
    } catch (error) {
      const choice = await vscode.window.showErrorMessage(`Paperlens: ${messageOf(error)}`, 'Show Output');
      if (choice === 'Show Output') {
        output.show(true);
      }
    }
  };
  return [
    vscode.commands.registerCommand(
      COMMANDS.reindex,
      whenRunning(() => server.sendRequest('workspace/executeCommand', { command: SERVER_REINDEX, arguments: [] })),
    ),
    vscode.commands.registerCommand(COMMANDS.searchPapers, whenRunning(() => searchPapers(server))),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(false)),
    vscode.commands.registerCommand(COMMANDS.restart, () => server.restart()),
    // A settings edit only: the server need not be running, it reads the setting when it starts.
    vscode.commands.registerCommand(COMMANDS.addChannel, () => addChannel()),
    // The server's "cited in N notes" lenses carry plain JSON; VS Code's own command takes objects.
    vscode.commands.registerCommand(COMMANDS.findReferences, (uri: unknown, at: unknown) => {
      if (typeof uri !== 'string' || !isLensTarget(at)) {
        return undefined;
      }
      return vscode.commands.executeCommand(
        'editor.action.findReferences',
        vscode.Uri.parse(uri),
        new vscode.Position(at.line, at.character),
      );
    }),
  ];
}

async function notRunning(output: { show(preserveFocus?: boolean): void }): Promise<void> {
  const choice = await vscode.window.showWarningMessage(
    'The Paperlens server is not running. The output shows why; fix that and restart it.',
    'Show Output',
    'Restart Server',
  );
  if (choice === 'Show Output') {
    output.show(false);
  } else if (choice === 'Restart Server') {
    await vscode.commands.executeCommand(COMMANDS.restart);
  }
}

function isLensTarget(value: unknown): value is LensTarget {
  const at = value as Partial<LensTarget> | null;
  return typeof at === 'object' && at !== null && typeof at.line === 'number' && typeof at.character === 'number';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
