// "Paperlens: Add a channel…": asks for a public Telegram channel and appends it to
// `paperlens.sources` in the workspace settings. The server is told of the change like of any other
// setting, reads the channel's cache and syncs the channel in the background.
import * as vscode from 'vscode';

/** A channel's public username, as Telegram allows it (5 to 32 letters, digits and `_`). */
const NAME = /^[A-Za-z0-9_]{5,32}$/;

/** What a person may paste: `t.me/NAME`, `https://t.me/NAME` (also `/s/NAME`), `@NAME`, or `NAME`. */
const LINK = /^(?:@|(?:https?:\/\/)?(?:www\.)?(?:t|telegram)\.me\/(?:s\/)?)?([^/?#\s]+)\/?$/i;

/** The channel's name in what was typed, or undefined when it names none. */
export function channelName(input: string): string | undefined {
  const match = LINK.exec(input.trim());
  if (match === null) {
    return undefined;
  }
  const name = match[1];
  return NAME.test(name) ? name : undefined;
}

/** The message the input box shows under what was typed, or undefined when it is fine. */
export function validateChannel(input: string): string | undefined {
  if (input.trim() === '') {
    return 'Type t.me/NAME, https://t.me/NAME or @NAME.';
  }
  if (channelName(input) === undefined) {
    return 'A public channel: t.me/NAME or @NAME, where NAME is 5 to 32 letters, digits or _.';
  }
  return undefined;
}

/**
 * The `paperlens.sources` list with the channel added; unchanged (the same array) when a source
 * already names it. An empty list stands for `reviews/` plus every `*.bib`, so those are kept
 * explicitly when the first entry goes in.
 */
export function withChannel(sources: readonly string[], name: string): readonly string[] {
  const already = sources.some((source) => channelName(source)?.toLowerCase() === name.toLowerCase());
  if (already) {
    return sources;
  }
  const base = sources.length === 0 ? ['reviews/', '*.bib'] : [...sources];
  return [...base, `t.me/${name}`];
}

/** Runs the command: input box, then the settings edit and one message saying what happened. */
export async function addChannel(): Promise<void> {
  const input = await vscode.window.showInputBox({
    title: 'Paperlens: Add a channel',
    prompt: 'A public Telegram channel whose posts Paperlens should read and keep in sync',
    placeHolder: 't.me/NAME or @NAME',
    ignoreFocusOut: true,
    validateInput: validateChannel,
  });
  if (input === undefined) {
    return;
  }
  const name = channelName(input);
  if (name === undefined) {
    await vscode.window.showErrorMessage(`Paperlens: ${validateChannel(input) ?? 'not a channel'}`);
    return;
  }
  const config = vscode.workspace.getConfiguration('paperlens');
  const inWorkspace = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
  const current = config.inspect<string[]>('sources');
  const sources =
    (inWorkspace ? current?.workspaceValue : undefined) ?? current?.globalValue ?? current?.defaultValue ?? [];
  const next = withChannel(sources, name);
  if (next === sources) {
    await vscode.window.showInformationMessage(`Paperlens: t.me/${name} is already a source.`);
    return;
  }
  const target = inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('sources', [...next], target);
  const where = inWorkspace ? 'workspace' : 'user (no folder is open)';
  await vscode.window.showInformationMessage(
    `Paperlens: added t.me/${name} to paperlens.sources in the ${where} settings; its posts are fetched in the background.`,
  );
}
