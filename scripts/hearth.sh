#!/usr/bin/env bash
# The one entry point behind `npm start` and `npm test` on a fresh machine.
# It makes sure a Node >= 22.12 runs the project (fetching the official
# node-linux-<arch> build from the npm registry into .tools/ when the machine's
# node is older, never touching the machine's own node), installs the
# dependencies when package-lock.json changed, then runs the asked task.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
NODE_WANTED=22.23.3
TOOLS="$ROOT/.tools"

node_ok() {
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

ensure_node() {
  if [ -x "$TOOLS/node/bin/node" ]; then export PATH="$TOOLS/node/bin:$PATH"; fi
  node_ok && return 0
  local arch
  case "$(uname -m)" in x86_64) arch=x64 ;; aarch64|arm64) arch=arm64 ;; *) echo "hearth: no Node $NODE_WANTED build for $(uname -m); install Node >= 22.12 yourself" >&2; exit 1 ;; esac
  local os; os=$(uname -s | tr '[:upper:]' '[:lower:]')
  echo "hearth: this machine's node is $(node --version 2>/dev/null || echo missing); fetching node-$os-$arch@$NODE_WANTED from the npm registry into .tools/node" >&2
  rm -rf "$TOOLS/node" "$TOOLS/pack" && mkdir -p "$TOOLS/pack"
  (cd "$TOOLS/pack" && npm pack --silent "node-$os-$arch@$NODE_WANTED" >/dev/null)
  tar -xzf "$TOOLS"/pack/*.tgz -C "$TOOLS/pack"
  mv "$TOOLS/pack/package" "$TOOLS/node" && rm -rf "$TOOLS/pack"
  export PATH="$TOOLS/node/bin:$PATH"
  node_ok || { echo "hearth: the fetched node does not run here" >&2; exit 1; }
}

ensure_deps() {
  local stamp=node_modules/.hearth-lock
  if [ ! -f "$stamp" ] || ! cmp -s package-lock.json "$stamp"; then
    echo "hearth: installing dependencies (npm ci)" >&2
    # npm 11 leaves some packages' optional platform builds (rollup's) out of the
    # lock file and then refuses its own lock in `npm ci`; `npm install` installs
    # the same locked versions and tolerates that.
    npm ci --no-audit --no-fund || npm install --no-audit --no-fund
    cp package-lock.json "$stamp"
  fi
}

ensure_node
ensure_deps
case "${1:-}" in
  start) exec npm run --silent demo ;;
  test) exec npm run --silent test:all ;;
  bench) exec npm run --silent bench:run ;;
  *) echo "usage: scripts/hearth.sh start|test|bench" >&2; exit 2 ;;
esac
