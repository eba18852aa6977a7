#!/usr/bin/env bash
# Runs a command with Node >= 22.12 first on PATH (wrangler, vitest and vite need it).
# Machines that ship an older Node get a private Node 22 in ~/.cache/node22, installed once from npm.
# Usage: bash scripts/with-node22.sh <command> [args…]   (or `source` it to only fix PATH)
set -euo pipefail

node_is_recent_enough() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)'
}

if ! node_is_recent_enough; then
  node22="$HOME/.cache/node22"
  if [ ! -x "$node22/node_modules/.bin/node" ]; then
    echo "cluster-list: Node $(node --version 2>/dev/null || echo '(none)') is older than 22.12; installing Node 22 into $node22 (once)" >&2
    npm install --prefix "$node22" --no-audit --no-fund node@22 >&2
  fi
  export PATH="$node22/node_modules/.bin:$PATH"
fi
export WRANGLER_SEND_METRICS=false

if [ "$#" -gt 0 ]; then
  exec "$@"
fi
