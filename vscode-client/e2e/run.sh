#!/usr/bin/env bash
# The extension in a real VS Code: installs the packaged .vsix into code-server, opens a workspace made
# from examples/ (plus ../shared/seeds beside the repository when present) and lets suite.mjs drive the
# workbench through headless Chromium. `npm run e2e` in vscode-client/ runs it; package the .vsix first.
#
# Everything lives under $PAPERLENS_E2E_CACHE (default $XDG_CACHE_HOME/paperlens-e2e): the first run
# installs for a few minutes, later runs take seconds. Only 127.0.0.1 is contacted once installed.
# code-server runs in its own process group, and that group is killed however this script ends.
set -euo pipefail

e2e=$(cd "$(dirname "$0")" && pwd)
client=$(dirname "$e2e")
repo=$(dirname "$client")
export PAPERLENS_E2E_CACHE=${PAPERLENS_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/paperlens-e2e}
vsix=${PAPERLENS_E2E_VSIX:-$client/paperlens-$(node -p "require('$client/package.json').version").vsix}
chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}

[ -f "$vsix" ] || { echo "e2e: no $vsix; run 'npm run package' first" >&2; exit 1; }
[ -n "$chromium" ] || { echo "e2e: no chromium on PATH (Debian: apt-get install chromium)" >&2; exit 1; }

started=$(date +%s)
eval "$("$e2e/install.sh")"
echo "e2e: tools ready in $(($(date +%s) - started))s"

# A fresh run folder: VS Code's user data, the extension, the workspace and every cache the server or
# VS Code would otherwise put in the home folder.
run="$PAPERLENS_E2E_CACHE/run"
rm -rf "$run"
mkdir -p "$run/user/User" "$run/extensions" "$run/home-cache" "$run/shots" "$run/tmp"
# code-server, Node and Chromium put sockets and caches in the temporary folder: keep them in the run.
export TMPDIR="$run/tmp"
workspace="$run/workspace"
cp -r "$repo/examples" "$workspace"
# Sample review sources kept beside the repository (or beside a folder above it, for a git worktree);
# PAPERLENS_E2E_SEEDS=0 leaves them out. Pictures go to the run folder; PAPERLENS_E2E_DOCS_IMAGES=1
# writes them to docs/images instead (only in runs without the seeds, so the docs show nothing but
# the project's own examples): the command that refreshes the docs' pictures.
images="$run/shots/docs"
if [ "${PAPERLENS_E2E_DOCS_IMAGES:-0}" = 1 ]; then
  images="$repo/docs/images"
fi
dir=$repo
[ "${PAPERLENS_E2E_SEEDS:-1}" = 0 ] && dir=/
while [ "$dir" != / ]; do
  if [ -d "$(dirname "$dir")/shared/seeds" ]; then
    cp -r "$(dirname "$dir")/shared/seeds" "$workspace/reviews/seeds"
    echo "e2e: the workspace includes $(dirname "$dir")/shared/seeds; pictures stay in the run folder"
    images="$run/shots/docs"
    break
  fi
  dir=$(dirname "$dir")
done
# The workspace's own settings give each semantic token type the server sends a colour of its own, so
# the semantic tokens check (and its picture) can tell a paper's title, a method and a mentioned name apart.
mkdir -p "$workspace/.vscode"
cat >"$workspace/.vscode/settings.json" <<'JSON'
{
  "editor.semanticHighlighting.enabled": true,
  "editor.semanticTokenColorCustomizations": {
    "enabled": true,
    "rules": {
      "class": { "foreground": "#e5a50a", "bold": true },
      "function": "#3d9be9",
      "variable": "#2ec27e"
    }
  }
}
JSON
cat >"$run/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "chat.disableAIFeatures": true,
  "window.commandCenter": false,
  "editor.hover.delay": 300,
  "editor.minimap.enabled": false,
  "editor.wordWrap": "on",
  "files.autoSave": "off",
  "editor.gotoLocation.multipleDefinitions": "goto",
  "editor.wordBasedSuggestions": "off"
}
JSON

port=$("$NODE24" -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$port" >"$run/config.yaml"
code_server_args=(--config "$run/config.yaml" --user-data-dir "$run/user" --extensions-dir "$run/extensions")

# The extension gallery (Open VSX by default) points at a closed local port: nothing leaves the machine.
export EXTENSIONS_GALLERY='{"serviceUrl":"http://127.0.0.1:9/gallery","itemUrl":"http://127.0.0.1:9/items"}'
export XDG_CACHE_HOME="$run/home-cache" PAPERLENS_CACHE_DIR="$run/home-cache/paperlens"
PATH="$(dirname "$NODE24"):$PATH" "$CODE_SERVER" "${code_server_args[@]}" \
  --install-extension "$vsix" >"$run/install-extension.log" 2>&1 \
  || { cat "$run/install-extension.log" >&2; exit 1; }

# setsid makes code-server the leader of a new process group: the extension host and the Java server
# are in it, and `kill -- -pid` reaches them all. A short reconnection grace lets the server side
# notice a closed window within seconds instead of the default three hours. The idle timeout is the
# backstop for a run killed too hard to clean up: with no window left, code-server exits by itself.
PATH="$(dirname "$NODE24"):$PATH" setsid "$CODE_SERVER" "${code_server_args[@]}" \
  --bind-addr "127.0.0.1:$port" --auth none --disable-telemetry --disable-update-check \
  --disable-workspace-trust --disable-getting-started-override --reconnection-grace-time 3 --idle-timeout-seconds 300 \
  >"$run/code-server.log" 2>&1 &
code_server=$!
stop_code_server() {
  kill -TERM -- "-$code_server" 2>/dev/null || true
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 -- "-$code_server" 2>/dev/null || return 0; sleep 0.3; done
  kill -KILL -- "-$code_server" 2>/dev/null || true
}
trap stop_code_server EXIT
trap 'exit 143' TERM INT HUP

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  kill -0 "$code_server" 2>/dev/null || { cat "$run/code-server.log" >&2; exit 1; }
  sleep 0.25
done
echo "e2e: code-server on 127.0.0.1:$port (process group $code_server)"

status=0
PAPERLENS_E2E_URL="http://127.0.0.1:$port/?folder=$workspace" \
  PAPERLENS_E2E_WORKSPACE="$workspace" PAPERLENS_E2E_RUN="$run" \
  PAPERLENS_E2E_EXTENSIONS="$run/extensions" PAPERLENS_E2E_IMAGES="$images" \
  PAPERLENS_E2E_PLAYWRIGHT="$DRIVER_MODULES/playwright-core" CHROMIUM="$chromium" \
  "$NODE24" "$e2e/suite.mjs" || status=$?
echo "e2e: finished in $(($(date +%s) - started))s; logs and screenshots in $run"
exit "$status"
