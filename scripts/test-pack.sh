#!/usr/bin/env bash
# The package as a user gets it: `npm pack`, install the tarball globally into an empty folder
# (its own prefix, nothing of this clone beside it), then run the installed `breach`.
# Called from .ci/run after `npm test`; needs the npm registry (or its cache) for dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
tmp=$(mktemp -d "${TMPDIR:-/tmp}/breach-pack.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

tarball=$(npm pack --silent --pack-destination "$tmp" | tail -n 1)
echo "test-pack: packed $tarball ($(du -k "$tmp/$tarball" | cut -f1) kB)"
files=$(tar -tzf "$tmp/$tarball")
has() { printf '%s\n' "$files" | grep -qx "$1"; }
has package/dist/cli.js || { echo "test-pack: dist/ missing from the tarball" >&2; exit 1; }
has package/LICENSE || { echo "test-pack: LICENSE missing from the tarball" >&2; exit 1; }
if printf '%s\n' "$files" | grep -q -e '^package/fixtures/' -e '^package/src/' -e '^package/test/'; then
  echo "test-pack: the tarball holds more than bin/ and dist/" >&2
  exit 1
fi

mkdir "$tmp/empty" "$tmp/prefix"
cp "$root/seeds/004_8dbcee1fa4600c73.txt" "$tmp/empty/article.txt"
cd "$tmp/empty"
npm install --global --prefix "$tmp/prefix" --no-audit --no-fund --prefer-offline --loglevel=error "$tmp/$tarball"
breach="$tmp/prefix/bin/breach"

version=$("$breach" --version)
expected=$(node -p 'require(process.argv[1]).version' "$root/package.json")
[ "$version" = "$expected" ] || { echo "test-pack: breach --version printed '$version', not $expected" >&2; exit 1; }

out=$("$breach" extract article.txt --format json)
claims=$(printf '%s' "$out" | node -e 'let s="";process.stdin.on("data",(d)=>(s+=d)).on("end",()=>{const r=JSON.parse(s);if(r.documents.length!==1||r.errors.length)process.exit(1);console.log(r.documents[0].claims.length)})')
[ "$claims" -gt 0 ] || { echo "test-pack: breach extract found no claims" >&2; exit 1; }
echo "test-pack: installed breach $version from the tarball; extract found $claims claims"
