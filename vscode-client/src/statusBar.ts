// Paints the `StatusModel` into one status bar item; clicking it shows the output.
import * as vscode from 'vscode';
import type { StatusModel } from './statusModel';

export class StatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;

  constructor(
    private readonly model: StatusModel,
    command: string,
  ) {
    this.item = vscode.window.createStatusBarItem('paperlens.status', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Paperlens';
    this.item.command = command;
    this.refresh();
    this.item.show();
  }

  refresh(): void {
    const view = this.model.view();
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.backgroundColor = view.alarming ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  }

  dispose(): void {
    this.item.dispose();
  }
}
