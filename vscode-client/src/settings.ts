// The `paperlens.*` settings as the server receives them. Pure: no `vscode` import, so the mapping is
// tested without an editor. VS Code hands us whatever the user typed into settings.json, so every value
// is checked here and a wrong type falls back to the default instead of reaching the server.

/** The settings the server reads, in the nested shape of `workspace.getConfiguration('paperlens')`. */
export interface PaperlensSettings {
  sources: string[];
  indexDir: string;
  completion: { maxItems: number };
  diagnostics: { unknownCitations: boolean };
  languages: string[];
  java: { home: string };
  trace: { server: TraceLevel };
}

export type TraceLevel = 'off' | 'messages' | 'verbose';

/** What `initializationOptions` and `workspace/didChangeConfiguration` params carry. */
export interface ServerSettingsPayload {
  settings: { paperlens: PaperlensSettings };
}

/** Reads one dotted key below `paperlens.`, the way `WorkspaceConfiguration.get` does. */
export type SettingReader = (key: string) => unknown;

export const MAX_COMPLETION_ITEMS = 1000;

/** Defaults; package.json declares the same values (a unit test keeps the two equal). */
export const DEFAULT_SETTINGS: PaperlensSettings = {
  sources: ['reviews/', '**/*.bib'],
  indexDir: '.paperlens-cache',
  completion: { maxItems: 50 },
  diagnostics: { unknownCitations: true },
  languages: ['markdown', 'latex', 'tex', 'bibtex', 'plaintext'],
  java: { home: '' },
  trace: { server: 'off' },
};

/** Settings whose change needs a new server process rather than a notification. */
export const RESTART_KEYS = ['java.home', 'languages'] as const;

export function readSettings(get: SettingReader): PaperlensSettings {
  const d = DEFAULT_SETTINGS;
  return {
    sources: stringList(get('sources'), d.sources, true),
    indexDir: text(get('indexDir'), d.indexDir),
    completion: { maxItems: count(get('completion.maxItems'), d.completion.maxItems) },
    diagnostics: { unknownCitations: flag(get('diagnostics.unknownCitations'), d.diagnostics.unknownCitations) },
    languages: stringList(get('languages'), d.languages, false),
    java: { home: typeof get('java.home') === 'string' ? (get('java.home') as string).trim() : d.java.home },
    trace: { server: traceLevel(get('trace.server'), d.trace.server) },
  };
}

export function serverPayload(settings: PaperlensSettings): ServerSettingsPayload {
  return { settings: { paperlens: settings } };
}

/** One selector entry per enabled language, for saved files and for untitled buffers. */
export function documentSelector(languages: readonly string[]): { language: string; scheme: string }[] {
  return languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
  ]);
}

// An empty source list would silently index nothing; the defaults are the better guess. An empty
// language list is a deliberate "off switch" and is kept.
function stringList(value: unknown, fallback: string[], nonEmpty: boolean): string[] {
  if (!Array.isArray(value)) {
    return [...fallback];
  }
  const items = value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '');
  const unique = [...new Set(items)];
  return nonEmpty && unique.length === 0 ? [...fallback] : unique;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : fallback;
}

function count(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fallback;
  }
  return Math.min(MAX_COMPLETION_ITEMS, Math.max(1, Math.floor(value)));
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function traceLevel(value: unknown, fallback: TraceLevel): TraceLevel {
  return value === 'off' || value === 'messages' || value === 'verbose' ? value : fallback;
}
