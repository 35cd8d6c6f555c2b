// Loaded with `node --require` before any test: makes `require('vscode')` load the fake, the way the
// extension host provides the real module at run time. Names the fake lacks come back as inert stubs
// (callable, constructible, iterable as empty), so `vscode-languageclient` can load and run against it;
// tests only assert on what the fake really implements.
import Module from 'node:module';
import * as path from 'node:path';

const fakeVscode = path.join(__dirname, 'vscode.js');
const loader = Module as unknown as {
  _load(request: string, parent: unknown, isMain: boolean): unknown;
};
const load = loader._load;
let host: unknown;
loader._load = function (request: string, parent: unknown, isMain: boolean): unknown {
  if (request === 'vscode') {
    host ??= withStubs(load.call(this, fakeVscode, parent, isMain) as Record<string | symbol, unknown>, 'vscode');
    return host;
  }
  return load.call(this, request, parent, isMain);
};

/** The fake's namespaces (`workspace`, `window`...) get stubs for their missing members too. */
function withStubs(real: Record<string | symbol, unknown>, name: string): unknown {
  const wrapped = new Map<string | symbol, unknown>();
  return new Proxy(real, {
    get(target, member) {
      if (!(member in target)) {
        return stub(`${name}.${String(member)}`);
      }
      const value = target[member];
      if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype || member === 'fake') {
        return value;
      }
      if (!wrapped.has(member)) {
        wrapped.set(member, withStubs(value as Record<string | symbol, unknown>, `${name}.${String(member)}`));
      }
      return wrapped.get(member);
    },
  });
}

function stub(name: string): unknown {
  const target = function () {
    return undefined;
  };
  return new Proxy(target, {
    get(fn, property) {
      switch (property) {
        case 'then': // not a promise
          return undefined;
        case Symbol.iterator:
          return function* () {};
        case Symbol.toPrimitive:
          return () => `[${name}]`;
        case 'prototype':
          return fn.prototype;
        case 'dispose':
          return () => undefined;
        default:
          return stub(`${name}.${String(property)}`);
      }
    },
    apply: () => stub(`${name}()`),
    construct: () => stub(`new ${name}`) as object,
  });
}
