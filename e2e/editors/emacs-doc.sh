#!/usr/bin/env bash
# Emacs (headless) with the eglot block of docs/configuration.md, verbatim but for the jar's path,
# on a copy of examples/ made a git repository (eglot's project root): prints PASS/FAIL lines like
# e2e/run and exits 1 when a check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
jar=${PAPERLENS_JAR:-$root/server/target/paperlens-server.jar}
work=$(mktemp -d -t paperlens-emacs-doc.XXXXXX)
trap 'rm -rf "$work"' EXIT
if ! command -v emacs >/dev/null; then
  echo "FAIL emacs-doc: start -- emacs is not on the PATH (apt-get install emacs-nox elpa-eglot elpa-markdown-mode)"
  exit 1
fi
awk '/<!-- e2e: emacs -->/ {found=1; next} found && /^```elisp/ {inside=1; next} inside && /^```/ {exit} inside {print}' \
  "$root/docs/configuration.md" | sed "s#/path/to/paperlens-server.jar#$jar#" >"$work/setup.el"
if [ ! -s "$work/setup.el" ]; then
  echo "FAIL emacs-doc: the Emacs block is missing from docs/configuration.md"
  exit 1
fi
cp -R "$root/examples" "$work/examples"
git -C "$work/examples" init -q
HOME="$work/home" XDG_CACHE_HOME="$work/cache" PAPERLENS_CACHE_DIR="$work/index" \
  E2E_SNIPPET="$work/setup.el" E2E_NOTE="$work/examples/notes/notes.md" \
  timeout 300 emacs --batch -l "$root/e2e/editors/emacs-doc.el" 2>"$work/emacs.log"
status=$?
if [ "$status" -ne 0 ]; then
  tail -n 20 "$work/emacs.log" >&2
fi
exit "$status"
