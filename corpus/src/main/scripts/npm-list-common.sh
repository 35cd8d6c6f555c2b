# Sourced by library-names.sh, model-names.sh and python-names.sh, which regenerate a committed
# list of names from a pinned npm package: the steps they share around the Node script that reads
# the package. Not run by itself.

# npm_list_unpack SPEC OUT: checks that the script runs from the repository root, unpacks the npm
# package SPEC ("name@version", fetched with npm pack) into a temporary folder removed on exit,
# and sets $package to the unpacked package's folder and $out to OUT, the list to write.
npm_list_unpack() {
  out="$2"
  [ -d corpus/src/main/resources ] || { echo "run from the repository root" >&2; exit 2; }
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$1" >/dev/null && tar xzf ./*.tgz)
  package="$work/package"
}

# npm_list_replace: puts the list the caller wrote to "$out.tmp" in place of $out, and says how
# many names it holds.
npm_list_replace() {
  mv "$out.tmp" "$out"
  echo "wrote $(grep -vc '^#' "$out") names to $out"
}
