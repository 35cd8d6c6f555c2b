// A stand-in for the `vscode` module with just the API the extension's command code uses. It records
// what the code asked for (`fake`), and lets a test answer dialogs and drive a Quick Pick.
// `register.ts` makes `require('vscode')` load this file.

type Listener<T> = (value: T) => unknown;

export class Disposable {
  static from(...disposables: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => disposables.forEach((d) => d.dispose()));
  }
  constructor(private readonly onDispose: () => void = () => undefined) {}
  dispose(): void {
    this.onDispose();
  }
}

export class EventEmitter<T> {
  private listeners: Listener<T>[] = [];
  readonly event = (listener: Listener<T>): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      listener(value);
    }
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

export class Uri {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  static parse(value: string): Uri {
    const match = /^([a-z][a-z0-9+.-]*):(?:\/\/[^/]*)?(.*)$/i.exec(value);
    if (match === null) {
      throw new Error(`not a uri: ${value}`);
    }
    return new Uri(match[1], decodeURIComponent(match[2]));
  }
  static file(path: string): Uri {
    return new Uri('file', path);
  }
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
}

export class CancellationTokenSource {
  private cancelled = false;
  readonly token: { readonly isCancellationRequested: boolean; onCancellationRequested: () => Disposable };
  constructor() {
    const isCancelled = () => this.cancelled;
    this.token = {
      get isCancellationRequested() {
        return isCancelled();
      },
      onCancellationRequested: () => new Disposable(),
    };
  }
  cancel(): void {
    this.cancelled = true;
  }
  dispose(): void {
    this.cancelled = true;
  }
}

export class ThemeColor {
  constructor(readonly id: string) {}
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export class FakeQuickPick<T extends { label: string }> {
  title = '';
  placeholder = '';
  busy = false;
  items: T[] = [];
  selectedItems: T[] = [];
  visible = false;
  disposed = false;
  private readonly changeValue = new EventEmitter<string>();
  private readonly accept = new EventEmitter<void>();
  private readonly hideEmitter = new EventEmitter<void>();
  readonly onDidChangeValue = this.changeValue.event;
  readonly onDidAccept = this.accept.event;
  readonly onDidHide = this.hideEmitter.event;
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
    this.hideEmitter.fire();
  }
  dispose(): void {
    this.disposed = true;
  }
  /** What the user does: type into the box, then press Enter on an item. */
  type(value: string): void {
    this.changeValue.fire(value);
  }
  choose(item: T): void {
    this.selectedItems = [item];
    this.accept.fire();
  }
}

export class FakeOutputChannel {
  text = '';
  shown = 0;
  constructor(readonly name: string) {}
  append(value: string): void {
    this.text += value;
  }
  appendLine(value: string): void {
    this.text += value + '\n';
  }
  replace(value: string): void {
    this.text = value;
  }
  clear(): void {
    this.text = '';
  }
  show(): void {
    this.shown++;
  }
  hide(): void {}
  dispose(): void {}
}

export class FakeStatusBarItem {
  name = '';
  text = '';
  tooltip: unknown;
  command: unknown;
  backgroundColor: ThemeColor | undefined;
  visible = false;
  disposed = false;
  constructor(
    readonly id: string,
    readonly alignment: StatusBarAlignment,
    readonly priority: number,
  ) {}
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  dispose(): void {
    this.disposed = true;
  }
}

export interface ShownMessage {
  level: 'error' | 'warning' | 'info';
  message: string;
  actions: string[];
}

/** What the code under test did, and how the "user" answers. Reset between tests. */
export const fake = {
  commands: new Map<string, (...args: unknown[]) => unknown>(),
  executed: [] as { command: string; args: unknown[] }[],
  messages: [] as ShownMessage[],
  /** The button the user clicks on the next message; undefined dismisses it. */
  answer: undefined as string | undefined,
  quickPicks: [] as FakeQuickPick<{ label: string }>[],
  outputChannels: [] as FakeOutputChannel[],
  statusBarItems: [] as FakeStatusBarItem[],
  opened: [] as { uri: Uri; options: unknown }[],
  workspaceRoot: '/notes',
  /** `paperlens.*` values by full key, e.g. `'paperlens.java.home'`. */
  settings: {} as Record<string, unknown>,
  /** User-level values by full key, under the workspace's `settings`, for `inspect`. */
  globalSettings: {} as Record<string, unknown>,
  /** Settings edits made through `WorkspaceConfiguration.update`, in order. */
  updates: [] as { key: string; value: unknown; target: ConfigurationTarget }[],
  /** What the user types into the next input box; undefined cancels it. */
  input: undefined as string | undefined,
  /** The options of every input box shown. */
  inputBoxes: [] as InputBoxOptions[],
  /** Whether a folder is open (`workspace.workspaceFolders`). */
  folderOpen: false,
  reset(): void {
    this.settings = {};
    this.globalSettings = {};
    this.updates = [];
    this.input = undefined;
    this.inputBoxes = [];
    this.folderOpen = false;
    this.commands.clear();
    this.executed = [];
    this.messages = [];
    this.answer = undefined;
    this.quickPicks = [];
    this.outputChannels = [];
    this.statusBarItems = [];
    this.opened = [];
  },
};

function show(level: ShownMessage['level']) {
  return async (message: string, ...actions: string[]): Promise<string | undefined> => {
    fake.messages.push({ level, message, actions });
    return fake.answer;
  };
}

export enum ConfigurationTarget {
  Global = 1,
  Workspace = 2,
  WorkspaceFolder = 3,
}

export interface InputBoxOptions {
  title?: string;
  prompt?: string;
  placeHolder?: string;
  ignoreFocusOut?: boolean;
  validateInput?(value: string): string | undefined;
}

export const commands = {
  registerCommand(command: string, callback: (...args: unknown[]) => unknown): Disposable {
    if (fake.commands.has(command)) {
      throw new Error(`command '${command}' already exists`);
    }
    fake.commands.set(command, callback);
    return new Disposable(() => fake.commands.delete(command));
  },
  async executeCommand(command: string, ...args: unknown[]): Promise<unknown> {
    fake.executed.push({ command, args });
    const callback = fake.commands.get(command);
    return callback === undefined ? undefined : callback(...args);
  },
};

export const window = {
  showErrorMessage: show('error'),
  showWarningMessage: show('warning'),
  showInformationMessage: show('info'),
  createOutputChannel(name: string): FakeOutputChannel {
    const channel = new FakeOutputChannel(name);
    fake.outputChannels.push(channel);
    return channel;
  },
  createStatusBarItem(id: string, alignment: StatusBarAlignment, priority: number): FakeStatusBarItem {
    const item = new FakeStatusBarItem(id, alignment, priority);
    fake.statusBarItems.push(item);
    return item;
  },
  createQuickPick<T extends { label: string }>(): FakeQuickPick<T> {
    const quickPick = new FakeQuickPick<T>();
    fake.quickPicks.push(quickPick);
    return quickPick;
  },
  async showInputBox(options: InputBoxOptions): Promise<string | undefined> {
    fake.inputBoxes.push(options);
    return fake.input;
  },
  async showTextDocument(uri: Uri, options: unknown): Promise<void> {
    fake.opened.push({ uri, options });
  },
};

const configurationChanged = new EventEmitter<{ affectsConfiguration(section: string): boolean }>();

/** Tells listeners that these keys changed, as VS Code does after a settings edit. */
export function changeSettings(values: Record<string, unknown>): void {
  Object.assign(fake.settings, values);
  const keys = Object.keys(values);
  configurationChanged.fire({
    affectsConfiguration: (section) => keys.some((key) => key === section || key.startsWith(section + '.')),
  });
}

export const workspace = {
  get workspaceFolders(): { uri: Uri; name: string; index: number }[] | undefined {
    return fake.folderOpen ? [{ uri: Uri.file(fake.workspaceRoot), name: 'notes', index: 0 }] : undefined;
  },
  textDocuments: [],
  onDidChangeConfiguration: configurationChanged.event,
  getConfiguration(section?: string) {
    const full = (key: string) => (section === undefined ? key : `${section}.${key}`);
    return {
      get<T>(key: string, defaultValue?: T): T | undefined {
        const value = fake.settings[full(key)];
        return value === undefined ? defaultValue : (value as T);
      },
      has: (key: string) => full(key) in fake.settings,
      inspect<T>(key: string): { key: string; globalValue?: T; workspaceValue?: T } {
        return {
          key: full(key),
          globalValue: fake.globalSettings[full(key)] as T | undefined,
          workspaceValue: fake.settings[full(key)] as T | undefined,
        };
      },
      async update(key: string, value: unknown, target: ConfigurationTarget): Promise<void> {
        fake.updates.push({ key: full(key), value, target });
        changeSettings({ [full(key)]: value });
      },
    };
  },
  asRelativePath(pathOrUri: string | Uri): string {
    const path = typeof pathOrUri === 'string' ? pathOrUri : pathOrUri.fsPath;
    return path.startsWith(fake.workspaceRoot + '/') ? path.slice(fake.workspaceRoot.length + 1) : path;
  },
};

/** The editor version the language client checks against its `engines.vscode`. */
export const version = '1.90.0';

export const env = { language: 'en', appName: 'Fake Code', machineId: 'test' };
