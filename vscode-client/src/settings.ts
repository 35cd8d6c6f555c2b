// The `paperlens.*` settings as the server receives them. Pure: no `vscode` import, so the mapping is
// tested without an editor. VS Code hands us whatever the user typed into settings.json, so every value
// is checked here and a wrong type falls back to the default instead of reaching the server.

/** The settings the server reads, in the nested shape of `workspace.getConfiguration('paperlens')`. */
export interface PaperlensSettings {
  sources: string[];
  /** Preview pages read per channel in one sync; minutes between two syncs (0: at start only). */
  channels: { maxPages: number; syncMinutes: number };
  indexDir: string;
  completion: { maxItems: number };
  diagnostics: { unknownCitations: boolean };
  inlayHints: { citations: boolean; mentions: boolean };
  languages: string[];
  backend: BackendSettings;
  /** Seconds between two pulls of a Zotero Better BibTeX export named in `sources`. */
  zoteroPollSeconds: number;
  java: { home: string; maxHeapMB: number };
  trace: { server: TraceLevel };
}

/**
 * Where the papers come from: the embedded index of the sources, or a team's shared Solr
 * collection, given by Solr URLs (comma-separated) or ZooKeeper hosts, read through the team
 * add-on jar (`addon`, empty when it sits beside the server jar).
 */
export interface BackendSettings {
  type: 'embedded' | 'solr';
  url: string;
  zkHosts: string;
  collection: string;
  addon: string;
}

export type TraceLevel = 'off' | 'messages' | 'verbose';

/**
 * The part of the settings the server reads. `java` is the client's own business (the server
 * would report it as unknown), and `languages` uses the server's note-language names.
 */
export type ServerSettings = Omit<PaperlensSettings, 'java'>;

/** What `initializationOptions` and `workspace/didChangeConfiguration` params carry. */
export interface ServerSettingsPayload {
  settings: { paperlens: ServerSettings };
}

/** Reads one dotted key below `paperlens.`, the way `WorkspaceConfiguration.get` does. */
export type SettingReader = (key: string) => unknown;

export const MAX_COMPLETION_ITEMS = 1000;

/** The longest Zotero poll interval the server takes: a day. */
export const MAX_ZOTERO_POLL_SECONDS = 86400;
/** The longest interval between two channel syncs the server takes: a week. */
export const MAX_CHANNEL_SYNC_MINUTES = 10080;

/**
 * The server's heap cap. Its live heap is small (under 20 MB at 20,000 BibTeX entries) but an index
 * build allocates a lot while it runs; without a cap the JVM takes a quarter of the machine's memory
 * and keeps it. `docs/performance.md` has the measurement behind this default.
 */
export const DEFAULT_MAX_HEAP_MB = 512;
export const MIN_HEAP_MB = 128;

/**
 * JVM flags the server starts with: the heap cap, and heap-free ratios that make the heap shrink
 * after a full collection, which the server runs when it has been quiet a while, so the memory an
 * index build took goes back to the system; and the JVM's warnings on standard error, since by
 * default it prints them on standard output, the LSP channel.
 */
export function jvmFlags(java: { maxHeapMB: number }): string[] {
  return [
    `-Xmx${java.maxHeapMB}m`,
    '-XX:MinHeapFreeRatio=10',
    '-XX:MaxHeapFreeRatio=30',
    '-Xlog:disable',
    '-Xlog:all=warning:stderr',
  ];
}

/** Defaults; package.json declares the same values (a unit test keeps the two equal). */
// Empty `sources` and `indexDir` leave the choice to the server: `reviews/` plus every `*.bib`, and a
// per-user cache folder.
export const DEFAULT_SETTINGS: PaperlensSettings = {
  sources: [],
  channels: { maxPages: 50, syncMinutes: 60 },
  indexDir: '',
  completion: { maxItems: 30 },
  diagnostics: { unknownCitations: true },
  inlayHints: { citations: true, mentions: false },
  languages: ['markdown', 'latex', 'tex', 'bibtex', 'plaintext'],
  backend: { type: 'embedded', url: '', zkHosts: '', collection: 'paperlens', addon: '' },
  zoteroPollSeconds: 30,
  java: { home: '', maxHeapMB: DEFAULT_MAX_HEAP_MB },
  trace: { server: 'off' },
};

/** Settings whose change needs a new server process rather than a notification. */
export const RESTART_KEYS = ['java.home', 'java.maxHeapMB', 'languages'] as const;

export function readSettings(get: SettingReader): PaperlensSettings {
  const d = DEFAULT_SETTINGS;
  return {
    sources: stringList(get('sources'), d.sources),
    channels: {
      maxPages: count(get('channels.maxPages'), d.channels.maxPages),
      syncMinutes: syncMinutes(get('channels.syncMinutes'), d.channels.syncMinutes),
    },
    indexDir: typeof get('indexDir') === 'string' ? (get('indexDir') as string).trim() : d.indexDir,
    completion: { maxItems: count(get('completion.maxItems'), d.completion.maxItems) },
    diagnostics: { unknownCitations: flag(get('diagnostics.unknownCitations'), d.diagnostics.unknownCitations) },
    inlayHints: {
      citations: flag(get('inlayHints.citations'), d.inlayHints.citations),
      mentions: flag(get('inlayHints.mentions'), d.inlayHints.mentions),
    },
    languages: stringList(get('languages'), d.languages),
    backend: {
      type: get('backend.type') === 'solr' ? 'solr' : d.backend.type,
      url: text(get('backend.url'), d.backend.url),
      zkHosts: text(get('backend.zkHosts'), d.backend.zkHosts),
      collection: text(get('backend.collection'), d.backend.collection) || d.backend.collection,
      addon: text(get('backend.addon'), d.backend.addon),
    },
    zoteroPollSeconds: bounded(get('zoteroPollSeconds'), d.zoteroPollSeconds, MAX_ZOTERO_POLL_SECONDS),
    java: {
      home: typeof get('java.home') === 'string' ? (get('java.home') as string).trim() : d.java.home,
      maxHeapMB: heapMB(get('java.maxHeapMB'), d.java.maxHeapMB),
    },
    trace: { server: traceLevel(get('trace.server'), d.trace.server) },
  };
}

export function serverPayload(settings: PaperlensSettings): ServerSettingsPayload {
  return {
    settings: {
      paperlens: {
        sources: settings.sources,
        channels: settings.channels,
        indexDir: settings.indexDir,
        completion: settings.completion,
        diagnostics: settings.diagnostics,
        inlayHints: settings.inlayHints,
        languages: serverLanguages(settings.languages),
        backend: serverBackend(settings.backend),
        zoteroPollSeconds: settings.zoteroPollSeconds,
        trace: settings.trace,
      },
    },
  };
}

/**
 * VS Code language ids as the server's note languages: `tex` is LaTeX to it, and BibTeX files are
 * sources rather than notes, so `bibtex` only widens the document selector. Ids the table does not
 * know pass through; the server reports the ones it cannot use.
 */
const SERVER_LANGUAGE: Record<string, string | null> = {
  markdown: 'markdown',
  latex: 'latex',
  tex: 'latex',
  plaintext: 'plaintext',
  bibtex: null,
};

export function serverLanguages(languageIds: readonly string[]): string[] {
  const names = languageIds.map((id) => (id in SERVER_LANGUAGE ? SERVER_LANGUAGE[id] : id));
  return [...new Set(names.filter((name): name is string => name !== null))];
}

/** One selector entry per enabled language, for saved files and for untitled buffers. */
export function documentSelector(languages: readonly string[]): { language: string; scheme: string }[] {
  return languages.flatMap((language) => [
    { language, scheme: 'file' },
    { language, scheme: 'untitled' },
  ]);
}

function stringList(value: unknown, fallback: string[]): string[] {
  if (!Array.isArray(value)) {
    return [...fallback];
  }
  const items = value.filter((v): v is string => typeof v === 'string').map((v) => v.trim()).filter((v) => v !== '');
  return [...new Set(items)];
}

function count(value: unknown, fallback: number): number {
  return bounded(value, fallback, MAX_COMPLETION_ITEMS);
}

/** A whole number from 1 to `max`; anything else that is no number falls back. */
function bounded(value: unknown, fallback: number, max: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fallback;
  }
  return Math.min(max, Math.max(1, Math.floor(value)));
}

/** Minutes between two channel syncs: 0 (off) to a week; anything that is no number falls back. */
function syncMinutes(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fallback;
  }
  return Math.min(MAX_CHANNEL_SYNC_MINUTES, Math.max(0, Math.floor(value)));
}

function heapMB(value: unknown, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fallback;
  }
  return Math.max(MIN_HEAP_MB, Math.floor(value));
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback;
}

function traceLevel(value: unknown, fallback: TraceLevel): TraceLevel {
  return value === 'off' || value === 'messages' || value === 'verbose' ? value : fallback;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value.trim() : fallback;
}

/**
 * The backend as the server reads it: the embedded index, or the shared collection with only the
 * address the user gave (URLs win over ZooKeeper hosts when both are set).
 */
function serverBackend(backend: BackendSettings): ServerSettings['backend'] {
  if (backend.type !== 'solr') {
    return { type: 'embedded', url: '', zkHosts: '', collection: backend.collection, addon: '' };
  }
  return backend.url
    ? { type: 'solr', url: backend.url, zkHosts: '', collection: backend.collection, addon: backend.addon }
    : { type: 'solr', url: '', zkHosts: backend.zkHosts, collection: backend.collection, addon: backend.addon };
}
