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

/** Null when the answer meets the expectation, else why not. */
function verify(check, result, workspace) {
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
    default:
      return `unknown request kind ${check.request}`;
  }
}

function short(s) {
  const one = String(s).replace(/\s+/g, ' ');
  return one.length > 160 ? one.slice(0, 160) + '…' : one;
}

module.exports = { documentText, languageId, positionOf, hoverText, verify, short };
