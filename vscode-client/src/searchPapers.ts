// "Paperlens: Search Papers": a Quick Pick that asks the server (`workspace/symbol`) as the user types
// and opens the chosen paper's review.
import * as vscode from 'vscode';
import { paperPicks, type PaperPick } from './paperSymbols';
import type { ServerRequests } from './serverRequests';

type PaperItem = vscode.QuickPickItem & { pick: PaperPick };

/** Shows the pick; resolves once the first (empty-query) results are in. */
export async function searchPapers(server: ServerRequests): Promise<void> {
  const quickPick = vscode.window.createQuickPick<PaperItem>();
  quickPick.title = 'Paperlens: Search Papers';
  quickPick.placeholder = 'Key, title, method, author, year or review words, in Latin or Cyrillic';
  let pending: vscode.CancellationTokenSource | undefined;

  const search = async (query: string): Promise<void> => {
    pending?.cancel();
    const request = new vscode.CancellationTokenSource();
    pending = request;
    quickPick.busy = true;
    try {
      const result = await server.sendRequest<unknown>('workspace/symbol', { query }, request.token);
      if (!request.token.isCancellationRequested) {
        quickPick.items = paperPicks(result, relativePath).map(toItem);
      }
    } catch (error) {
      if (!request.token.isCancellationRequested) {
        quickPick.items = [];
        quickPick.placeholder = `Search failed: ${error instanceof Error ? error.message : String(error)}`;
      }
    } finally {
      if (pending === request) {
        quickPick.busy = false;
      }
    }
  };

  quickPick.onDidChangeValue((query) => void search(query));
  quickPick.onDidAccept(() => {
    const chosen = quickPick.selectedItems[0];
    quickPick.hide();
    if (chosen !== undefined) {
      void openReview(chosen.pick);
    }
  });
  quickPick.onDidHide(() => {
    pending?.cancel();
    quickPick.dispose();
  });
  quickPick.show();
  await search('');
}

export async function openReview(pick: PaperPick): Promise<void> {
  const uri = vscode.Uri.parse(pick.uri);
  const range = pick.range;
  const selection =
    range === undefined
      ? undefined
      : new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  await vscode.window.showTextDocument(uri, { selection, preview: true });
}

function toItem(pick: PaperPick): PaperItem {
  // The server matches across scripts and spellings; VS Code's own label filter would hide those rows.
  return { label: pick.label, description: pick.description, detail: pick.detail, alwaysShow: true, pick };
}

function relativePath(uri: string): string {
  return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
}
