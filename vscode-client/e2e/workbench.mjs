/* global document, NodeFilter, getComputedStyle -- the functions given to page.evaluate run in the browser */
// What a user does in the VS Code window, as Playwright calls on the workbench's DOM: open a file,
// run a command, hover or click a word, type, read the status bar, the active tab and the cursor.
// Selectors are VS Code's own class names and ARIA labels (stable across 1.9x-1.13x releases).

export class Workbench {
  constructor(page) {
    this.page = page;
  }

  async waitUntilLoaded(timeout) {
    await this.page.locator('.monaco-workbench').waitFor({ timeout });
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout });
  }

  /** Opens a workspace file by name through Quick Open, then waits until its tab is the active one. */
  async openFile(name) {
    await this.focusWorkbench();
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    // Enter opens the first row: wait until the filtered list puts the file there (the recently
    // opened list shown before filtering may hold the name further down).
    await this.page.locator('.quick-input-list .monaco-list-row[data-index="0"] .label-name', { hasText: name }).waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab.active[aria-label^="${name}"]`).waitFor();
    await this.editorText().first().waitFor();
  }

  /** Runs a command by its title from the command palette. */
  async runCommand(title) {
    await this.focusWorkbench();
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  async focusWorkbench() {
    // A quick input left open (a palette that found nothing) would swallow the next shortcut.
    const widget = this.page.locator('.quick-input-widget:visible');
    if (await widget.count()) {
      await this.page.keyboard.press('Escape');
    }
  }

  async goToLine(line) {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`:${line}`);
    await this.page.keyboard.press('Enter');
  }

  editorText() {
    return this.page.locator('.editor-instance .monaco-editor .view-lines');
  }

  /**
   * Screen box of `word` in the first rendered editor line containing `lineText` (case-sensitive),
   * or null while no such line is rendered.
   */
  async wordBox(lineText, word) {
    return this.page.evaluate(
      ([lineText, word]) => {
        const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-line');
        for (const line of lines) {
          if (!line.textContent.replace(/\u00a0/g, ' ').includes(lineText)) continue;
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(word);
            if (at < 0) continue;
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + word.length);
            const box = range.getBoundingClientRect();
            return { x: box.x, y: box.y, width: box.width, height: box.height };
          }
        }
        return null;
      },
      [lineText, word],
    );
  }

  /** Moves the mouse away and back onto the word, which is what makes VS Code ask for a hover. */
  async hoverWord(lineText, word) {
    const box = await this.requireWord(lineText, word);
    await this.page.mouse.move(2, 2);
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  }

  async requireWord(lineText, word) {
    const box = await this.wordBox(lineText, word);
    if (box === null) throw new Error(`no rendered line with "${lineText}" holds "${word}"`);
    return box;
  }

  /**
   * Clicks `word` in the first rendered line containing `lineText`: in its middle, or at `along`
   * (0 its left edge, 1 its right).
   */
  async clickWord(lineText, word, along = 0.5) {
    const box = await this.requireWord(lineText, word);
    await this.page.mouse.click(box.x + box.width * along, box.y + box.height / 2);
  }

  /** The CSS colour the editor paints `word` in, in the first rendered line containing `lineText`. */
  async wordColour(lineText, word) {
    return this.page.evaluate(
      ([lineText, word]) => {
        const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-line');
        for (const line of lines) {
          if (!line.textContent.replace(/\u00a0/g, ' ').includes(lineText)) continue;
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.textContent.replace(/\u00a0/g, ' ').includes(word)) return getComputedStyle(node.parentElement).color;
          }
        }
        return null;
      },
      [lineText, word],
    );
  }

  /**
   * For each [lineText, word]: whether a document-highlight decoration (VS Code's wordHighlight*
   * overlays) covers that word, or null while the word is not rendered.
   */
  async highlightedWords(places) {
    const marks = await this.page.evaluate(() =>
      [...document.querySelectorAll('.editor-instance .view-overlays .cdr')]
        .filter((el) => /\bwordHighlight/.test(el.className))
        .map((el) => {
          const box = el.getBoundingClientRect();
          return { x: box.x, y: box.y, width: box.width, height: box.height };
        }),
    );
    const out = [];
    for (const [lineText, word] of places) {
      const box = await this.wordBox(lineText, word);
      const middle = box && { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      out.push(box && marks.some((m) => middle.x > m.x && middle.x < m.x + m.width && middle.y > m.y && middle.y < m.y + m.height));
    }
    return out;
  }

  /**
   * A box (for a picture) around the rendered lines from the one containing `first` to the one
   * containing `last`, as wide as the longest of them.
   */
  async linesBox(first, last) {
    const box = await this.page.evaluate(
      ([first, last]) => {
        const lines = [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')];
        const text = (line) => line.textContent.replace(/\u00a0/g, ' ');
        const top = lines.find((line) => text(line).includes(first));
        const bottom = lines.find((line) => text(line).includes(last));
        if (!top || !bottom) return null;
        const a = top.getBoundingClientRect();
        const b = bottom.getBoundingClientRect();
        const editor = top.closest('.monaco-editor').getBoundingClientRect();
        const y = Math.min(a.y, b.y);
        // The lines' own width runs to the editor's edge: keep the text, as far as the longer line reaches.
        const bottomEdge = Math.max(a.bottom, b.bottom);
        const between = lines.filter((line) => {
          const box = line.getBoundingClientRect();
          return box.top >= y && box.bottom <= bottomEdge;
        });
        const right = Math.max(
          ...between.flatMap((line) => [...line.querySelectorAll('span span')].map((s) => s.getBoundingClientRect().right)),
        );
        return { x: a.x, y, width: Math.min(editor.right, right) - a.x, height: bottomEdge - y };
      },
      [first, last],
    );
    if (box === null) throw new Error(`no rendered lines from "${first}" to "${last}"`);
    return { boundingBox: async () => box };
  }

  /** Text of the rendered lines, one string per line, top to bottom. */
  async lines() {
    return this.page.evaluate(() =>
      [...document.querySelectorAll('.editor-instance .monaco-editor .view-line')]
        .map((line) => ({ top: parseFloat(line.style.top || '0'), text: line.textContent.replace(/\u00a0/g, ' ') }))
        .sort((a, b) => a.top - b.top)
        .map((line) => line.text),
    );
  }

  async activeTab() {
    return (await this.page.locator('.tabs-container .tab.active').first().getAttribute('aria-label')) ?? '';
  }

  /** The cursor as the status bar shows it ("Ln 9, Col 1"), as numbers. */
  async cursor() {
    const text = await this.page.locator('#status\\.editor\\.selection').innerText();
    const match = /Ln (\d+), Col (\d+)/.exec(text);
    return match ? { line: Number(match[1]), column: Number(match[2]) } : null;
  }

  statusBarItem(text) {
    return this.page.locator('.part.statusbar .statusbar-item', { hasText: text });
  }
}
