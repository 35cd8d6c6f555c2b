// What the checks expect, worked out from the workspace files and the packaged server's own CLI rather
// than copied from a run: line numbers come from the review files, the paper count from `papers`.
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const MAMBA_TITLE = 'Mamba: Linear-Time Sequence Modeling with Selective State Spaces';

/** The places a review of Mamba starts: the post's title line, or the JSON message's "text" field. */
export function mambaReviewLines(workspace) {
  const lines = (name) => readFileSync(join(workspace, 'reviews', name), 'utf8').split('\n');
  const found = [];
  const page = lines('channel-page.txt');
  const title = page.findIndex((line) => line.trim() === MAMBA_TITLE);
  if (title >= 0) found.push({ file: 'channel-page.txt', line: title + 1 });
  const json = lines('result.json');
  const inJson = json.findIndex((line) => line.includes(`"${MAMBA_TITLE}`));
  for (let i = inJson; i >= 0; i--) {
    if (/^\s*"text":/.test(json[i])) {
      found.push({ file: 'result.json', line: i + 1 });
      break;
    }
  }
  return found;
}

/** How many papers the packaged server's CLI finds in the sources the extension indexes by default. */
export function paperCount(workspace, jar) {
  const bibs = readdirSync(workspace, { recursive: true })
    .filter((name) => name.endsWith('.bib'))
    .map((name) => join(workspace, name));
  const sources = [join(workspace, 'reviews'), ...bibs].flatMap((path) => ['--sources', path]);
  // The JVM's own warnings go to standard error, as the clients pass them: stdout is the papers.
  const java = ['-Xlog:disable', '-Xlog:all=warning:stderr', '-jar', jar];
  const out = execFileSync('java', [...java, 'papers', '--format', 'jsonl', ...sources], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: 60_000,
  });
  return out.split('\n').filter((line) => line.trim().startsWith('{')).length;
}
