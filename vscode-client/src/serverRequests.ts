// The one thing commands need from the running language server. Kept apart from `PaperlensServer` so
// commands are tested against a fake server without `vscode-languageclient`.
import type * as vscode from 'vscode';

export interface ServerRequests {
  isRunning(): boolean;
  /** Sends a raw LSP request; params and result are protocol JSON, not `vscode` types. */
  sendRequest<R>(method: string, params: unknown, token?: vscode.CancellationToken): Promise<R>;
  restart(): Promise<void>;
}
