// Loaded with `node --require` before any test: makes `require('vscode')` load the fake, the way the
// extension host provides the real module at run time.
import Module from 'node:module';
import * as path from 'node:path';

const fakeVscode = path.join(__dirname, 'vscode.js');
const loader = Module as unknown as {
  _resolveFilename(request: string, ...rest: unknown[]): string;
};
const resolve = loader._resolveFilename;
loader._resolveFilename = function (request: string, ...rest: unknown[]): string {
  return request === 'vscode' ? fakeVscode : resolve.call(this, request, ...rest);
};
