/* global document -- the function given to page.waitForFunction runs in the browser */
// The checks, in the order a user meets the features. Each returns a one-line detail on success and
// throws with what it saw otherwise. `run` carries the workbench, paths and the figures being collected.
import { setTimeout as sleep } from 'node:timers/promises';
import { MAMBA_TITLE, mambaReviewLines, paperCount } from './expectations.mjs';
import { serverProcesses } from './serverProcesses.mjs';

const HOVER_LINE = 'Mamba держит длинный контекст';
// The review's gist, as the hover card quotes it.
const REVIEW_SUMMARY = 'идея простая';
const UNKNOWN_KEY = 'nosuchpaper2099';
// The title of a paper the note cites ([@vaswani2017attention] further down), a name reviews only
// mention (Transformer) and two methods, in one line.
const TOKENS_LINE = 'Attention Is All You Need: the Transformer that Mamba and Hyena replace.';
// The colours the workspace settings give each token type (run.sh writes them), as CSS reports them.
const SEMANTIC_COLOURS = { class: 'rgb(229, 165, 10)', function: 'rgb(61, 155, 233)', variable: 'rgb(46, 194, 126)' };

/** Hovers "Mamba" until the card names the paper and quotes its review; records the time it took. */
export async function hover(run) {
  const { wb, page } = run;
  await wb.openFile('notes.md');
  const card = page.locator('.monaco-hover:not(.hidden)', { hasText: MAMBA_TITLE }).filter({ hasText: REVIEW_SUMMARY });
  const deadline = Date.now() + 120_000;
  let attempts = 0;
  while (Date.now() < deadline) {
    attempts++;
    await wb.hoverWord(HOVER_LINE, 'Mamba');
    const shown = await card
      .first()
      .waitFor({ timeout: 1_500 })
      .then(() => true)
      // Not yet: the extension activates on the first Markdown file and the server is indexing.
      .catch(() => false);
    if (shown) {
      run.figures.firstHoverMs = Date.now() - run.openedAt;
      await run.picture('hover', card.first());
      return `card with the title and review after ${attempts} hover(s)`;
    }
  }
  const shown = await page.locator('.monaco-hover:not(.hidden)').allInnerTexts();
  throw new Error(`no card with "${MAMBA_TITLE}" and "${REVIEW_SUMMARY}"; hover showed: ${JSON.stringify(shown).slice(0, 300)}`);
}

/** The status bar item shows as many papers as the server's CLI finds in the same sources. */
export async function statusBar(run) {
  const expected = paperCount(run.workspace, run.serverJar);
  const item = run.wb.statusBarItem(/\d+ papers?/);
  await item.first().waitFor({ timeout: 90_000 });
  const text = (await item.first().innerText()).trim();
  const count = Number(/(\d+) papers?/.exec(text)[1]);
  if (count !== expected) throw new Error(`status bar says "${text}", the CLI finds ${expected} papers`);
  run.figures.papers = count;
  return `"${text}"`;
}

/** F12 on "Mamba" in the note opens a review of Mamba at its first line. */
export async function definition(run) {
  const { wb } = run;
  const expected = mambaReviewLines(run.workspace);
  if (expected.length === 0) throw new Error('the examples lost their Mamba review');
  await wb.openFile('notes.md');
  // Line 8 starts with the mention; Go to Line puts the cursor on it without aiming the mouse.
  await wb.goToLine(8);
  await run.page.locator('#status\\.editor\\.selection', { hasText: 'Ln 8,' }).waitFor({ timeout: 5_000 });
  await run.page.keyboard.press('F12');
  const deadline = Date.now() + 20_000;
  let seen = '';
  while (Date.now() < deadline) {
    const tab = await wb.activeTab();
    const cursor = await wb.cursor();
    seen = `${tab} at ${cursor ? cursor.line : '?'}`;
    if (cursor && expected.some((place) => tab.startsWith(place.file) && place.line === cursor.line)) {
      return `opened ${seen.replace(/,.*? at/, ' at line')}`;
    }
    await sleep(250);
  }
  throw new Error(`expected one of ${JSON.stringify(expected)}, saw ${seen}`);
}

/** `\cite{hye` in the LaTeX file offers poli2023hyena first, and Enter inserts it. */
export async function completion(run) {
  try {
    return await completeHyena(run);
  } finally {
    // Whatever happened, the file goes back to its saved text so later pictures show only their own edit.
    await run.page.keyboard.press('Escape');
    await run.wb.runCommand('File: Revert File');
  }
}

async function completeHyena(run) {
  const { wb, page } = run;
  await wb.openFile('paper.tex');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Long convolutions \\cite{hye', { delay: 40 });
  const widget = page.locator('.editor-widget.suggest-widget.visible');
  const first = widget.locator('.monaco-list-row[data-index="0"] .label-name');
  // The list opens by itself on "{"; when it does not (or shows no rows yet), the user asks for it
  // with Ctrl+Space, as often as it takes, and the check reports what the widget said meanwhile.
  let seen = 'no suggest widget';
  let label = null;
  for (let attempt = 0; attempt < 4 && label === null; attempt++) {
    if (attempt > 0) {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
    }
    label = await first
      .waitFor({ timeout: attempt === 0 ? 5_000 : 10_000 })
      .then(() => first.innerText({ timeout: 2_000 }))
      .then((text) => text.trim())
      .catch(() => null);
    if (label === null && (await widget.count()) > 0) {
      seen = (await widget.first().innerText({ timeout: 2_000 }).catch(() => '?')).trim().slice(0, 200);
    }
  }
  if (label === null) throw new Error(`no suggestion listed after Ctrl+Space three times; the widget showed: ${JSON.stringify(seen)}`);
  await page.waitForFunction(
    () => !document.querySelector('.suggest-widget.visible .monaco-list-row .codicon-loading'),
    null,
    { timeout: 10_000 },
  );
  label = (await first.innerText({ timeout: 5_000 })).trim();
  if (label !== 'poli2023hyena') throw new Error(`first suggestion is "${label}"`);
  // The list with the typed line above it and some of the text to its left.
  await run.picture('completion', widget, { top: 120, left: 320, right: 120, bottom: 60 });
  await widget.waitFor();
  await page.keyboard.press('Enter');
  let lines = [];
  for (const deadline = Date.now() + 5_000; Date.now() < deadline; await sleep(200)) {
    lines = await wb.lines(); // the edit shows on the next frame
    if (lines.some((line) => line.includes('\\cite{poli2023hyena'))) return 'poli2023hyena first; Enter inserted it';
  }
  throw new Error(`after Enter no line holds \\cite{poli2023hyena: ${JSON.stringify(lines.slice(-3))}`);
}

/** An unknown key typed into the LaTeX file shows up as a warning in the Problems panel. */
export async function diagnostics(run) {
  const { wb, page } = run;
  await wb.openFile('paper.tex');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(`Also \\cite{${UNKNOWN_KEY}`, { delay: 20 });
  await page.keyboard.press('Escape');
  await wb.runCommand('View: Focus Problems');
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: UNKNOWN_KEY });
  await row.first().waitFor({ timeout: 20_000 });
  if ((await row.first().locator('.codicon-warning').count()) === 0) {
    throw new Error(`the problem is not a warning: ${await row.first().innerText()}`);
  }
  // Opening the problem scrolls the editor to the squiggle, so the picture shows both.
  await row.first().click();
  await page.locator('.editor-instance .squiggly-warning').first().waitFor({ timeout: 5_000 });
  await run.picture('diagnostics', page.locator('.monaco-workbench').first());
  return `warning: ${(await row.first().innerText()).replace(/\s+/g, ' ').slice(0, 100)}`;
}

/**
 * Over `\cite{gu2023mamba}` in the LaTeX file a code lens counts the notes citing it and the reviews
 * of the paper; the picture shows the lens and the line's inlay hint ("Mamba, 2023").
 */
export async function codeLens(run) {
  const { wb, page } = run;
  await wb.openFile('paper.tex');
  await page.keyboard.press('Escape');
  await wb.goToLine(9); // \cite{gu2023mamba}
  const lens = page.locator('.editor-instance').getByText(/cited in \d+ notes? · reviewed \d+×/);
  await lens.first().waitFor({ timeout: 30_000 });
  const texts = (await lens.allInnerTexts()).map((t) => t.trim());
  if (!texts.some((t) => /^cited in 2 notes/.test(t))) {
    throw new Error(`no lens counts the 2 notes citing gu2023mamba: ${JSON.stringify(texts)}`);
  }
  await run.picture('codelens', lens.first(), { top: 12, left: 60, right: 520, bottom: 60 });
  return texts.join(' | ').slice(0, 120);
}

/**
 * Semantic tokens: a line typed into the Markdown note names a paper it cites by its title, a name
 * reviews only mention and two methods. The workspace settings colour the three token types (see run.sh); each name
 * must show its own colour, and VS Code's token inspector must call the title a `class`.
 */
export async function semanticTokens(run) {
  try {
    return await colouredNames(run);
  } finally {
    await run.page.keyboard.press('Escape');
    await run.wb.runCommand('File: Revert File');
  }
}

async function colouredNames(run) {
  const { wb, page } = run;
  await wb.openFile('notes.md');
  await page.keyboard.press('Escape');
  await wb.goToLine(10); // the blank line after the paragraph on Mamba, Hyena and FlashAttention
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(TOKENS_LINE, { delay: 10 });
  await page.keyboard.press('Escape');
  // "Transformer" is a name reviews only mention (variable) in the examples, but the seeds' reviews
  // (in the workspace when they sit beside the repository) change what it resolves to: the picture
  // shows it, the check does not count on it.
  const expected = [
    { line: TOKENS_LINE, word: 'Attention', type: 'class' },
    { line: TOKENS_LINE, word: 'Hyena', type: 'function' },
    { line: 'Mamba держит', word: 'Mamba', type: 'function' },
  ];
  const deadline = Date.now() + 30_000;
  let seen = [];
  for (;;) {
    seen = [];
    for (const want of expected) {
      const colour = await wb.wordColour(want.line, want.word);
      seen.push(`${want.word}: ${colour}`);
    }
    const plain = await wb.wordColour(TOKENS_LINE, 'replace');
    const ok = expected.every((want, i) => seen[i] === `${want.word}: ${SEMANTIC_COLOURS[want.type]}`);
    if (ok && !Object.values(SEMANTIC_COLOURS).includes(plain)) break;
    if (Date.now() > deadline) {
      throw new Error(`names not in their token colours (want ${JSON.stringify(SEMANTIC_COLOURS)}): ${seen.join(', ')}; plain text ${plain}`);
    }
    await sleep(500);
  }
  await run.picture('semantic-tokens', await wb.linesBox('Селективные SSM', TOKENS_LINE), { top: 0, left: 60, right: 16, bottom: 2 });
  // VS Code's own account of the token under the cursor.
  await wb.clickWord(TOKENS_LINE, 'Attention');
  await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
  // It says "Loading..." until the tokens are read.
  const inspector = page.locator('.token-inspect-widget', { hasText: /semantic token type/ });
  await inspector.waitFor({ timeout: 10_000 });
  const described = (await inspector.innerText()).replace(/\s+/g, ' ');
  if (!/semantic token type class\b/.test(described)) {
    throw new Error(`the token inspector does not call the title a class: ${described.slice(0, 200)}`);
  }
  await page.keyboard.press('Escape');
  return `${seen.join(', ')}; the inspector says class`;
}

/**
 * Document highlight: with the cursor in `\cite{gu2023mamba}` the editor marks the other places the note
 * names the paper (prose "Mamba"), not the one in a comment: a word-based highlight would mark neither.
 */
export async function documentHighlight(run) {
  const { wb, page } = run;
  await wb.openFile('paper.tex');
  await page.keyboard.press('Escape');
  await wb.goToLine(1);
  const wanted = [
    ['Code for Mamba', 'Mamba'],
    ['Throughput of Mamba', 'Mamba'],
  ];
  // VS Code asks for highlights when the cursor moves and drops an answer that comes back after the
  // text or the cursor changed (the server may still be busy with the file the previous check
  // reverted), so while nothing is marked the user clicks into the key again, each time at another
  // place in it; a server that never answers still fails after the deadline.
  const deadline = Date.now() + 30_000;
  let marked = [];
  for (let click = 0; ; click++) {
    await wb.clickWord('Selective state spaces', 'gu2023mamba', [0.5, 0.3, 0.7][click % 3]);
    const nextClick = Date.now() + 5_000;
    while (Date.now() < nextClick) {
      marked = await wb.highlightedWords([...wanted, ['Draft comment', 'Mamba'], ['Selective state spaces', 'gu2023mamba']]);
      if (marked[0] && marked[1] && marked[3]) break;
      await sleep(300);
    }
    if (marked[0] && marked[1] && marked[3]) break;
    if (Date.now() > deadline) {
      const cursor = await wb.cursor();
      throw new Error(
        `highlights over [prose Mamba, caption Mamba, comment Mamba, the key]: ${JSON.stringify(marked)} after ${click + 1} click(s); cursor at ${cursor ? `${cursor.line}:${cursor.column}` : '?'}`,
      );
    }
  }
  if (marked[2]) throw new Error('the Mamba in a LaTeX comment is highlighted too');
  await sleep(500); // the lenses and hints of the lines in view settle
  await run.picture('document-highlight', await wb.linesBox('Selective state spaces', 'Code for Mamba'), { top: 0, left: 60, right: 16, bottom: 2 });
  return 'the key and both prose mentions of Mamba highlighted, the comment not';
}

/** VS Code's own activation time for the extension, from Developer: Show Running Extensions. */
export async function activationTime(run) {
  const { wb, page } = run;
  await wb.runCommand('Developer: Show Running Extensions');
  const list = page.locator('.runtime-extensions-editor .monaco-list').first();
  await list.waitFor({ timeout: 15_000 });
  // The list is sorted by activation time and only renders what is in view: scroll until our row shows.
  const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: 'Paperlens' });
  for (let scrolls = 0; scrolls < 30 && (await row.count()) === 0; scrolls++) {
    await list.hover();
    await page.mouse.wheel(0, 300);
    await sleep(100);
  }
  await row.first().waitFor({ timeout: 5_000 });
  const text = await row.first().locator('.activation-time').innerText();
  const match = /([\d.]+)\s*ms/.exec(text);
  if (!match) throw new Error(`no activation time in "${text}"`);
  run.figures.activationMs = Number(match[1]);
  return text.trim();
}

/** Closing the window ends the extension host, and with it the Java server. */
export async function shutdown(run) {
  const before = serverProcesses(run.extensionsDir);
  if (before.length === 0) throw new Error('no Paperlens server process was running before the window closed');
  await run.closeWindow();
  const deadline = Date.now() + 30_000;
  let left = before;
  while (Date.now() < deadline) {
    left = serverProcesses(run.extensionsDir);
    if (left.length === 0) return `server pid ${before.join(', ')} ended after the window closed`;
    await sleep(250);
  }
  throw new Error(`server process(es) ${left.join(', ')} still running 30 s after the window closed`);
}
