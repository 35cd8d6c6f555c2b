// Puts the language server jar into server/, where the extension (and the .vsix) expects it. Builds it
// with Maven at the repository root first when it is missing.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const client = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(client, '..');
const built = join(root, 'server', 'target', 'paperlens-server.jar');
const bundled = join(client, 'server', 'paperlens-server.jar');

if (!existsSync(built)) {
  console.log(`${built} is missing; building it with "mvn -q -DskipTests package"`);
  const mvn = process.platform === 'win32' ? 'mvn.cmd' : 'mvn';
  execFileSync(mvn, ['-q', '-DskipTests', 'package'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
}
if (!existsSync(built)) {
  console.error(`Maven finished but ${built} is still missing`);
  process.exit(1);
}
mkdirSync(dirname(bundled), { recursive: true });
copyFileSync(built, bundled);
console.log(`copied the server jar to ${bundled}`);
