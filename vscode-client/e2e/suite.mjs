/* global process, console, setTimeout, URL -- Node; page functions run in the browser */
// Runs the checks in one VS Code window, in headless Chromium, and reports each as pass, fail or skip.
// run.sh starts code-server and passes everything through PAPERLENS_E2E_* variables.
// Exit status: 0 when nothing failed, 1 otherwise.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as checks from './checks.mjs';
import { Workbench } from './workbench.mjs';

const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set; start the suite with run.sh`);
  return value;
};
const { chromium } = createRequire(import.meta.url)(env('PAPERLENS_E2E_PLAYWRIGHT'));

// Checks that wait on unfinished server work: they still run, and a failure is reported as a skip
// with this reason instead of failing the build. Empty when everything is expected to pass.
const PENDING = {};
const SUITE_DEADLINE_MS = Number(process.env.PAPERLENS_E2E_DEADLINE_MS || 480_000);

const started = Date.now();
const log = (...parts) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s]`, ...parts);
setTimeout(() => {
  log(`the suite ran past ${SUITE_DEADLINE_MS / 1000} s; giving up`);
  process.exit(1);
}, SUITE_DEADLINE_MS).unref();

const runDir = env('PAPERLENS_E2E_RUN');
const extensionsDir = env('PAPERLENS_E2E_EXTENSIONS');
const extension = readdirSync(extensionsDir).find((name) => name.startsWith('paperlens.paperlens-'));
const browser = await chromium.launch({
  executablePath: env('CHROMIUM'),
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    // Names resolve to nothing but the loopback address; together with the route below, no request leaves.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
  ],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.route('**/*', (route) => {
  const url = new URL(route.request().url());
  if (['127.0.0.1', 'localhost'].includes(url.hostname) || url.protocol === 'data:' || url.protocol === 'blob:') {
    return route.continue();
  }
  log(`blocked ${url.href}`);
  return route.abort();
});
const page = await context.newPage();
page.setDefaultTimeout(30_000);
page.on('pageerror', (error) => log(`page error: ${error.message}`));

const images = env('PAPERLENS_E2E_IMAGES');
const shots = join(runDir, 'shots');
const run = {
  page,
  wb: new Workbench(page),
  workspace: env('PAPERLENS_E2E_WORKSPACE'),
  extensionsDir,
  serverJar: join(extensionsDir, extension ?? 'missing', 'server', 'paperlens-server.jar'),
  figures: {},
  openedAt: 0,
  /** Saves a picture of `locator` with some of the editor around it, for the run and for the docs. */
  async picture(name, locator, around = { top: 24, left: 24, right: 24, bottom: 24 }) {
    const box = await locator.boundingBox();
    const x = box && Math.max(0, box.x - around.left);
    const y = box && Math.max(0, box.y - around.top);
    const clip = box && {
      x,
      y,
      width: Math.min(1280, box.x + box.width + around.right) - x,
      height: Math.min(800, box.y + box.height + around.bottom) - y,
    };
    const file = join(shots, `${name}.png`);
    await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
    mkdirSync(images, { recursive: true });
    copyFileSync(file, join(images, `vscode-${name}.png`));
  },
  async closeWindow() {
    await page.close();
    await browser.close();
  },
};

const results = [];
async function check(name, body) {
  const t0 = Date.now();
  let status = 'pass';
  let detail;
  try {
    detail = await body(run);
  } catch (error) {
    detail = error.message.split('\n')[0];
    status = PENDING[name] ? 'skip' : 'fail';
    if (PENDING[name]) detail = `${PENDING[name]} (saw: ${detail})`;
    if (!page.isClosed()) await page.screenshot({ path: join(shots, `${name}-failed.png`) }).catch(() => {});
  }
  const ms = Date.now() - t0;
  results.push({ name, status, detail, ms });
  log(`${status.toUpperCase().padEnd(4)} ${name} (${(ms / 1000).toFixed(1)} s): ${detail}`);
}

try {
  if (!extension) throw new Error(`the .vsix did not install into ${extensionsDir}`);
  run.openedAt = Date.now();
  await page.goto(env('PAPERLENS_E2E_URL'), { waitUntil: 'domcontentloaded' });
  await run.wb.waitUntilLoaded(90_000);
  run.figures.workbenchMs = Date.now() - run.openedAt;
  log(`workspace open in ${(run.figures.workbenchMs / 1000).toFixed(1)} s`);
  await check('hover', checks.hover);
  await check('status bar', checks.statusBar);
  await check('definition', checks.definition);
  await check('completion', checks.completion);
  // Before diagnostics, whose Problems panel would leave less of the editor in view.
  await check('semantic tokens', checks.semanticTokens);
  await check('document highlight', checks.documentHighlight);
  await check('diagnostics', checks.diagnostics);
  await check('code lens', checks.codeLens);
  await check('activation time', checks.activationTime);
  await check('clean shutdown', checks.shutdown);
} catch (error) {
  results.push({ name: 'workspace', status: 'fail', detail: error.message.split('\n')[0], ms: 0 });
  log(`FAIL workspace: ${error.message}`);
  if (!page.isClosed()) await page.screenshot({ path: join(shots, 'workspace-failed.png') }).catch(() => {});
} finally {
  await browser.close().catch(() => {});
}

// The server's own account of the first indexing, from the extension's output channel log.
for (const name of readdirSync(join(runDir, 'user', 'logs'), { recursive: true })) {
  if (!String(name).endsWith('Paperlens.log')) continue;
  const indexed = /(\d+) papers indexed in (\d+) ms/.exec(readFileSync(join(runDir, 'user', 'logs', String(name)), 'utf8'));
  if (indexed) run.figures.firstIndexMs = Number(indexed[2]);
}
const summary = { results, figures: run.figures };
writeFileSync(join(runDir, 'results.json'), JSON.stringify(summary, null, 2));
const count = (status) => results.filter((result) => result.status === status).length;
log(`${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`);
if (run.figures.firstHoverMs !== undefined) {
  log(`figure: workspace opened -> first correct hover ${run.figures.firstHoverMs} ms (workbench ready after ${run.figures.workbenchMs} ms)`);
}
if (run.figures.firstIndexMs !== undefined) log(`figure: the server's first indexing took ${run.figures.firstIndexMs} ms`);
if (run.figures.activationMs !== undefined) log(`figure: extension activation ${run.figures.activationMs} ms (VS Code's count)`);
if (existsSync(images)) log(`pictures: ${images}`);
process.exit(count('fail') === 0 ? 0 : 1);
