// Turns `workspace/symbol` results (LSP JSON) into Quick Pick rows. Pure: no `vscode` import.

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/** One row of the "Search Papers" pick, with where its review is. */
export interface PaperPick {
  label: string;
  description?: string;
  detail?: string;
  uri: string;
  range?: LspRange;
}

/**
 * Accepts both `SymbolInformation` (location with range) and `WorkspaceSymbol` (location may be only a
 * uri). Rows without a usable location are dropped: there would be nothing to open.
 */
export function paperPicks(result: unknown, relativePath: (uri: string) => string): PaperPick[] {
  if (!Array.isArray(result)) {
    return [];
  }
  const picks: PaperPick[] = [];
  for (const symbol of result) {
    if (typeof symbol !== 'object' || symbol === null || typeof symbol.name !== 'string') {
      continue;
    }
    const location = symbol.location;
    if (typeof location !== 'object' || location === null || typeof location.uri !== 'string') {
      continue;
    }
    const range = isRange(location.range) ? (location.range as LspRange) : undefined;
    const where = relativePath(location.uri) + (range === undefined ? '' : `:${range.start.line + 1}`);
    picks.push({
      label: symbol.name,
      description: typeof symbol.containerName === 'string' && symbol.containerName !== '' ? symbol.containerName : undefined,
      detail: where,
      uri: location.uri,
      range,
    });
  }
  return picks;
}

function isRange(value: unknown): boolean {
  const position = (p: unknown) =>
    typeof p === 'object' && p !== null && typeof (p as { line?: unknown }).line === 'number' &&
    typeof (p as { character?: unknown }).character === 'number';
  return typeof value === 'object' && value !== null && position((value as LspRange).start) && position((value as LspRange).end);
}
