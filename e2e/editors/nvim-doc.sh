#!/usr/bin/env bash
# Neovim with the set-up block of docs/configuration.md, verbatim but for the jar's path, on a copy
# of examples/: prints PASS/FAIL lines like e2e/run and exits 1 when a check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
jar=${PAPERLENS_JAR:-$root/server/target/paperlens-server.jar}
work=$(mktemp -d -t paperlens-nvim-doc.XXXXXX)
trap 'rm -rf "$work"' EXIT
if ! command -v nvim >/dev/null; then
  echo "FAIL nvim-doc: start -- nvim is not on the PATH (apt-get install neovim)"
  exit 1
fi
# The block after the "e2e: nvim-0.7" marker, with the real jar.
awk '/<!-- e2e: nvim-0.7 -->/ {found=1; next} found && /^```lua/ {inside=1; next} inside && /^```/ {exit} inside {print}' \
  "$root/docs/configuration.md" | sed "s#/path/to/paperlens-server.jar#$jar#" >"$work/init.lua"
if [ ! -s "$work/init.lua" ]; then
  echo "FAIL nvim-doc: the Neovim 0.7 block is missing from docs/configuration.md"
  exit 1
fi
cp -R "$root/examples" "$work/examples"
# Its own cache, so the run leaves the user's index and Neovim's log alone.
XDG_CACHE_HOME="$work/cache" XDG_STATE_HOME="$work/state" PAPERLENS_CACHE_DIR="$work/index" \
  E2E_SNIPPET="$work/init.lua" E2E_NOTE="$work/examples/notes/notes.md" \
  E2E_WORD="Hyena" E2E_EXPECT="Hyena" E2E_DECLINED="гиена" \
  timeout 300 nvim --headless --clean -u NONE -c "luafile $root/e2e/editors/nvim-doc.lua" </dev/null
