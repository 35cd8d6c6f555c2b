// activate/deactivate as VS Code calls them: the status bar, settings changes and the process lifetime;
// once from the sources and once from an esbuild bundle like the one the .vsix ships.
import assert from 'node:assert/strict';
import { buildSync } from 'esbuild';
import * as path from 'node:path';
import { test } from 'node:test';
import { COMMANDS } from '../src/commands';
import * as fromSources from '../src/extension';
import { alive, entries, fakeJdk, skipFakeJdk, waitFor } from './fakes/fakeJdk';
import { changeSettings, fake } from './fakes/vscode';

type Extension = typeof fromSources;

function bundled(): Extension {
  const outfile = path.join(__dirname, '..', 'bundle', 'extension.js');
  buildSync({
    entryPoints: [path.join(__dirname, '..', '..', 'src', 'extension.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['vscode'],
    logLevel: 'silent',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(outfile) as Extension;
}

for (const [from, load] of [
  ['the sources', () => fromSources],
  ['the bundle', bundled],
] as [string, () => Extension][]) {
  test(`${from}: activate starts the server, shows its paper count, follows settings; deactivate ends it`, { skip: skipFakeJdk, timeout: 60_000 }, async () => {
    const { activate, deactivate } = load();
    fake.reset();
    const jdk = fakeJdk('normal');
    fake.settings = { 'paperlens.java.home': jdk.home };
    const context = {
      subscriptions: [] as { dispose(): unknown }[],
      asAbsolutePath: (file: string) => path.join(jdk.home, file),
      globalStorageUri: { fsPath: path.join(jdk.home, 'storage') },
    };
    const started = (n: number) => () => entries(jdk.log).filter((e) => e.event === 'indexed').length === n;

    try {
      activate(context as never);
      const [item] = fake.statusBarItems;
      assert.equal(item.command, COMMANDS.showOutput);
      assert.equal(item.visible, true);
      await waitFor('the first server to index', started(1));
      await waitFor('the paper count', () => item.text === '$(book) 3 papers');
      assert.ok(fake.commands.has(COMMANDS.searchPapers));

      // A live setting is sent to the running server...
      changeSettings({ 'paperlens.completion.maxItems': 9 });
      await waitFor('didChangeConfiguration', () => entries(jdk.log).some((e) => e.event === 'didChangeConfiguration'));
      const sent = entries(jdk.log).find((e) => e.event === 'didChangeConfiguration')?.params as {
        settings: { paperlens: { completion: { maxItems: number } } };
      };
      assert.equal(sent.settings.paperlens.completion.maxItems, 9);

      // ...while a new language list needs a new process.
      changeSettings({ 'paperlens.languages': ['markdown'] });
      await waitFor('the second server to index', started(2));
      const [first, second] = entries(jdk.log).filter((e) => e.event === 'start');
      // The fake JVM writes no class archive at its exit, so every start asks for one.
      assert.ok(
        (second.argv as string[]).some((a) => a.startsWith(`-XX:ArchiveClassesAtExit=${path.join(jdk.home, 'storage', 'class-archive')}`)),
        String(second.argv),
      );
      const lastInit = entries(jdk.log).filter((e) => e.event === 'initialize').at(-1)?.initializationOptions as {
        settings: { paperlens: { languages: string[] } };
      };
      assert.deepEqual(lastInit.settings.paperlens.languages, ['markdown']);
      await waitFor('the first server to be gone', () => !alive(first.pid as number));

      await deactivate();
      assert.equal(alive(second.pid as number), false);
      context.subscriptions.forEach((d) => d.dispose());
      assert.equal(fake.commands.size, 0, 'every command unregistered');
    } finally {
      await deactivate();
    }
  });
}
