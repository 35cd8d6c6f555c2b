'use strict';
// The cases file's vocabulary: where a cursor goes ("at" text with a '|') and what an answer must
// hold. e2e/nvim/checks.lua reads the same files the same way; keep the two in step.

const fs = require('fs');
const path = require('path');
const { fileURLToPath } = require('url');

/** The text of a case's document: an in-memory one from the cases file, else the file on disk. */
function documentText(cases, workspace, file) {
  if (cases.documents && Object.prototype.hasOwnProperty.call(cases.documents, file)) {
    return cases.documents[file];
  }
  return fs.readFileSync(path.join(workspace, file), 'utf8');
}

/** LSP language id from the file name, as editors send it. */
function languageId(file) {
  if (file.endsWith('.tex')) return 'latex';
  if (file.endsWith('.md')) return 'markdown';
  return 'plaintext';
}

/** Line and UTF-16 character of the '|' in "at", found at its first occurrence in the text. */
function positionOf(text, at) {
  const bar = at.indexOf('|');
  if (bar < 0) throw new Error(`"at" has no '|' cursor: ${at}`);
  const needle = at.slice(0, bar) + at.slice(bar + 1);
  const found = text.indexOf(needle);
  if (found < 0) throw new Error(`text not found in the document: ${needle}`);
  const offset = found + bar;
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  const character = offset - (before.lastIndexOf('\n') + 1);
  return { line, character };
}

/** Lower-cases ASCII only, as the Lua side does, so both clients compare alike. */
function asciiLower(s) {
  return String(s).replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** Plain text of a hover result in any of its protocol shapes. */
function hoverText(result) {
  if (!result || result.contents == null) return '';
  const part = (c) => (typeof c === 'string' ? c : c && c.value != null ? c.value : '');
  const contents = result.contents;
  return Array.isArray(contents) ? contents.map(part).join('\n') : part(contents);
}

function completionItems(result) {
  if (!result) return [];
  return Array.isArray(result) ? result : result.items || [];
}

/** Every string an editor may show or insert for an item. */
function itemText(item) {
  const edit = item.textEdit ? item.textEdit.newText : '';
  return [item.label, item.detail, item.insertText, edit].filter(Boolean).join(' | ');
}

function locations(result) {
  if (!result) return [];
  const list = Array.isArray(result) ? result : [result];
  return list.map((l) => ({ uri: l.uri || l.targetUri, range: l.range || l.targetSelectionRange }));
}

function realPath(p) {
  try {
    return fs.realpathSync(p);
  } catch (e) {
    return path.resolve(p);
  }
}

function uriPath(uri) {
  try {
    return realPath(fileURLToPath(uri));
  } catch (e) {
    return uri;
  }
}

/** 0-based line an expectation names: the first line containing a text, moved by lineOffset. */
function expectedLine(workspace, spec) {
  const lines = fs.readFileSync(path.join(workspace, spec.file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(spec.lineContaining));
  if (line < 0) throw new Error(`${spec.file} has no line containing: ${spec.lineContaining}`);
  return line + (spec.lineOffset || 0);
}

function describeLocations(locs) {
  if (locs.length === 0) return 'no locations';
  const shown = locs.slice(0, 6).map((l) => `${l.uri}:${l.range ? l.range.start.line : '?'}`);
  return shown.join(', ') + (locs.length > 6 ? ` (+${locs.length - 6} more)` : '');
}

/** UTF-16 offset of a line/character position (JavaScript strings count UTF-16 units too). */
function offsetAt(text, position) {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const newline = text.indexOf('\n', offset);
    if (newline < 0) return text.length;
    offset = newline + 1;
  }
  return offset + position.character;
}

function positionAt(text, offset) {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

/** The text a protocol range covers. */
function rangeText(text, range) {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** 0-based index of the first line of the text holding `contains`. */
function lineOf(text, contains) {
  const line = text.split('\n').findIndex((l) => l.includes(contains));
  if (line < 0) throw new Error(`the document has no line containing: ${contains}`);
  return line;
}

/** Where the first occurrence of `found` in the text starts (or ends, with `end`). */
function positionOfText(text, found, end) {
  const at = text.indexOf(found);
  if (at < 0) throw new Error(`text not found in the document: ${found}`);
  return positionAt(text, at + (end ? found.length : 0));
}

/** The whole line of the cursor, as a range request sends it. */
function lineRange(position) {
  return { start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } };
}

/** An inlay hint as the editor shows it: its label, with the padding it asks for. */
function hintText(hint) {
  const label = typeof hint.label === 'string' ? hint.label : hint.label.map((part) => part.value).join('');
  return (hint.paddingLeft ? ' ' : '') + label + (hint.paddingRight ? ' ' : '');
}

/** Semantic tokens decoded from the protocol's relative encoding, with the legend's type names. */
function decodeTokens(data, legend) {
  const tokens = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    tokens.push({ line, character, length: data[i + 2], type: (legend.tokenTypes || [])[data[i + 3]] ?? `#${data[i + 3]}` });
  }
  return tokens;
}

function describeToken(t) {
  return `${t.line}:${t.character}+${t.length} ${t.type}`;
}

/**
 * Null when the answer meets the expectation, else why not. `context` has the document's text as
 * the editor holds it, the range a range request asked for and the server's semantic token legend.
 */
function verify(check, result, workspace, context = {}) {
  const text = context.text;
  const expect = check.expect;
  switch (check.request) {
    case 'hover': {
      const text = hoverText(result);
      if (expect.empty) {
        return text.trim() === '' ? null : `expected no hover, got: ${short(text)}`;
      }
      for (const wanted of expect.contains || []) {
        if (!text.includes(wanted)) {
          return text ? `hover lacks "${wanted}": ${short(text)}` : `no hover (result ${JSON.stringify(result)})`;
        }
      }
      return null;
    }
    case 'completion': {
      const items = completionItems(result);
      if (items.length === 0) return `no completion items (result ${short(JSON.stringify(result))})`;
      const first = items[0];
      const labels = items.slice(0, 5).map((i) => i.label).join(', ');
      if (expect.firstLabel != null && first.label !== expect.firstLabel) {
        return `first item is "${first.label}", expected "${expect.firstLabel}" (top: ${labels})`;
      }
      if (expect.firstContains != null && !asciiLower(itemText(first)).includes(asciiLower(expect.firstContains))) {
        return `first item "${itemText(first)}" lacks "${expect.firstContains}" (top: ${labels})`;
      }
      // Narrowing: exactly these items, in this order.
      if (expect.labels != null) {
        const all = items.map((i) => i.label);
        if (JSON.stringify(all) !== JSON.stringify(expect.labels)) {
          return `items are [${all.join(', ')}], expected [${expect.labels.join(', ')}]`;
        }
      }
      if (expect.hasLabel != null && !items.some((i) => i.label === expect.hasLabel)) {
        return `no item "${expect.hasLabel}" (top: ${labels})`;
      }
      // Every item inserts its key and says what the editor should filter on.
      for (const item of items) {
        const inserted = item.textEdit ? item.textEdit.newText : item.insertText || item.label;
        if (expect.insertsLabel && inserted !== item.label) {
          return `item "${item.label}" inserts "${inserted}"`;
        }
        if (expect.filterText != null && item.filterText !== expect.filterText) {
          return `item "${item.label}" filters on "${item.filterText}", expected "${expect.filterText}"`;
        }
      }
      return null;
    }
    case 'definition': {
      const locs = locations(result);
      const spec = expect.location;
      const file = realPath(path.join(workspace, spec.file));
      const line = expectedLine(workspace, spec);
      const hit = locs.some((l) => uriPath(l.uri) === file && l.range && l.range.start.line === line);
      return hit ? null : `expected ${spec.file}:${line} (0-based), got ${describeLocations(locs)}`;
    }
    case 'references': {
      const locs = locations(result);
      for (const want of expect.includes || []) {
        const file = realPath(path.join(workspace, want.file));
        if (!locs.some((l) => uriPath(l.uri) === file)) {
          return `no reference in ${want.file}; got ${describeLocations(locs)}`;
        }
      }
      return null;
    }
    case 'rename': {
      if (expect.refusedWith != null) {
        const error = result && result.error;
        return error && error.includes(expect.refusedWith) ? null : `expected a refusal saying "${expect.refusedWith}", got ${short(JSON.stringify(result))}`;
      }
      if (!result || result.error) return `no edit: ${short(JSON.stringify(result))}`;
      const changes = result.changes || {};
      for (const want of expect.edits || []) {
        const file = realPath(path.join(workspace, want.file));
        const uri = Object.keys(changes).find((u) => uriPath(u) === file);
        const edits = uri ? changes[uri] : [];
        if (edits.length !== want.count) return `${want.file}: ${edits.length} edits, expected ${want.count} (edited: ${Object.keys(changes).join(', ')})`;
        if (edits.some((e) => e.newText !== check.newName)) return `${want.file}: an edit does not write ${check.newName}`;
      }
      return null;
    }
    case 'documentSymbol': {
      const symbols = Array.isArray(result) ? result : [];
      for (const want of expect.symbols || []) {
        const symbol = symbols.find((s) => s.name === want.name);
        if (!symbol) return `no symbol "${want.name}"; got ${short(symbols.map((s) => s.name).join(' | '))}`;
        const children = (symbol.children || []).length;
        if (children < (want.minChildren || 0)) return `"${want.name}" holds ${children} places, expected at least ${want.minChildren}`;
      }
      return null;
    }
    case 'documentHighlight': {
      // Exactly these places, in order: the text each covers and its line.
      const got = (Array.isArray(result) ? result : []).map((h) => `${h.range.start.line}:"${rangeText(text, h.range)}"`);
      const want = (expect.highlights || []).map((w) => `${lineOf(text, w.lineContaining)}:"${w.text}"`);
      return JSON.stringify(got) === JSON.stringify(want) ? null : `highlights are [${got.join(', ')}], expected [${want.join(', ')}]`;
    }
    case 'codeLens': {
      const lenses = Array.isArray(result) ? result : [];
      const all = lenses.map((l) => `${l.range.start.line}:"${rangeText(text, l.range)}" ${l.command ? l.command.title : '(no command)'}`);
      for (const want of expect.lenses || []) {
        const line = lineOf(text, want.lineContaining);
        const lens = lenses.find((l) => l.range.start.line === line && rangeText(text, l.range) === want.text);
        if (!lens) return `no lens over "${want.text}" on line ${line}; lenses: ${short(all.join(' | '))}`;
        const title = lens.command ? lens.command.title : '';
        if (title !== want.title) return `the lens over "${want.text}" says "${title}", expected "${want.title}"`;
      }
      return null;
    }
    case 'inlayHint': {
      // Exactly these hints in the requested range: what the editor shows, and where.
      const got = (Array.isArray(result) ? result : []).map((h) => `${h.position.line}:${h.position.character} "${hintText(h)}"`);
      const want = (expect.hints || []).map((w) => {
        const at = positionOfText(text, w.after, true);
        return `${at.line}:${at.character} "${w.label}"`;
      });
      return JSON.stringify(got) === JSON.stringify(want) ? null : `hints are [${got.join(', ')}], expected [${want.join(', ')}]`;
    }
    case 'semanticTokens': {
      if (!result || !Array.isArray(result.data)) return `no tokens: ${short(JSON.stringify(result))}`;
      const tokens = decodeTokens(result.data, context.legend || {});
      const range = context.range;
      if (range) {
        const outside = tokens.filter((t) => t.line < range.start.line || t.line >= range.end.line);
        if (outside.length) return `tokens outside the requested lines: ${outside.map(describeToken).join(', ')}`;
      }
      for (const want of expect.tokens || []) {
        const at = positionOfText(text, want.text);
        const token = tokens.find((t) => t.line === at.line && t.character === at.character);
        const expected = describeToken({ ...at, length: want.text.length, type: want.type });
        if (!token || describeToken(token) !== expected) {
          return `expected ${expected} ("${want.text}"), got ${token ? describeToken(token) : 'no token there'} (all: ${short(tokens.map(describeToken).join(', '))})`;
        }
      }
      return null;
    }
    case 'diagnostic': {
      if (!result || result.kind !== 'full') return `expected a full report, got ${short(JSON.stringify(result))}`;
      const items = result.items || [];
      const all = items.map((d) => `${d.severity} "${rangeText(text, d.range)}" ${d.message}`);
      if (expect.count != null && items.length !== expect.count) return `${items.length} diagnostics, expected ${expect.count}: ${short(all.join(' | '))}`;
      for (const want of expect.items || []) {
        const found = items.some((d) => rangeText(text, d.range) === want.text && d.severity === want.severity && d.message.includes(want.message));
        if (!found) return `no diagnostic of severity ${want.severity} over "${want.text}" saying "${want.message}"; got ${short(all.join(' | '))}`;
      }
      return null;
    }
    default:
      return `unknown request kind ${check.request}`;
  }
}

function short(s) {
  const one = String(s).replace(/\s+/g, ' ');
  return one.length > 160 ? one.slice(0, 160) + '…' : one;
}

module.exports = { documentText, languageId, positionOf, lineRange, hoverText, verify, short };
