#!/usr/bin/env bash
# Installs a real VS Code (code-server 4.100.3 = VS Code 1.100.3, server + web
# workbench) and playwright-core into $REPO/.cache/code-server/. Idempotent: a stamp file makes a second run a no-op.
#
# Usage: bash test/e2e/setup.sh          (FORCE=1 to redo everything)
# Needs: root (or sudo) for apt-get, the npm registry and Debian mirrors.
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
PLAYWRIGHT_RANGE=1

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
DIR="${E2E_CACHE_DIR:-$REPO/.cache/code-server}"
STAMP="$DIR/.setup-done-$CODE_SERVER_VERSION"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
VSCODE="$DIR/node_modules/code-server/lib/vscode"

export CI="${CI:-true}"
export npm_config_yes=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false
export npm_config_loglevel="${npm_config_loglevel:-error}"
export DEBIAN_FRONTEND=noninteractive

# node-gyp must not download Node headers (no network but the npm registry):
# use the installed ones (Debian/NodeSource put them in /usr/include/node).
if [[ -z "${npm_config_nodedir:-}" ]]; then
  node_prefix="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
  [[ -f "$node_prefix/include/node/node.h" ]] && export npm_config_nodedir="$node_prefix"
fi

t0=$(date +%s)
say() { printf '[e2e-setup +%3ss] %s\n' "$(( $(date +%s) - t0 ))" "$*"; }

if [[ -z "${FORCE:-}" && -f "$STAMP" && -f "$ENTRY" && -e "$VSCODE/node_modules.asar" && -f "$DIR/config.yaml" \
      && -x /usr/bin/chromium && -d "$DIR/node_modules/playwright-core" ]]; then
  say "already set up ($(cat "$STAMP")); FORCE=1 to redo"
  exit 0
fi

# --- 1. Debian packages ------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
if (( ${#missing[@]} )); then
  SUDO=""; [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  say "apt-get install ${missing[*]} (installing libkrb5-dev ripgrep chromium)"
  $SUDO apt-get update -qq </dev/null
  $SUDO apt-get install -y -qq --no-install-recommends libkrb5-dev ripgrep chromium </dev/null >/dev/null
else
  say "Debian packages present (chromium, rg, libkrb5-dev)"
fi
command -v chromium >/dev/null && command -v rg >/dev/null

# --- 2. code-server + playwright-core, scripts disabled ----------------------
mkdir -p "$DIR"
cd "$DIR"
# (npm init -y would name the package "code-server", like the dependency; pin exactly)
[[ -f package.json ]] || printf '{ "name": "privacy-lint-e2e-cache", "version": "0.0.0", "private": true }\n' > package.json
say "npm install --ignore-scripts code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_RANGE"
npm install --save-exact --ignore-scripts "code-server@$CODE_SERVER_VERSION" "playwright-core@$PLAYWRIGHT_RANGE" </dev/null >/dev/null

# --- 3. VS Code's own dependencies + native modules ----------------------------
cd "$VSCODE"
say "npm install (lib/vscode, --omit=dev --ignore-scripts)"
npm install --omit=dev --ignore-scripts </dev/null >/dev/null
say "npm rebuild kerberos @vscode/spdlog native-watchdog node-pty @vscode/deviceid (compiles, slow)"
npm rebuild kerberos @vscode/spdlog native-watchdog node-pty @vscode/deviceid </dev/null >/dev/null

say "ripgrep: copy $(command -v rg) into @vscode/ripgrep/bin"
mkdir -p node_modules/@vscode/ripgrep/bin
cp -f "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar

say "npm install (lib/vscode/extensions, --omit=dev --ignore-scripts)"
(cd extensions && npm install --omit=dev --ignore-scripts </dev/null >/dev/null)

# --- 4. argon2 (code-server's password hashing; required at startup) ----------
cd "$DIR"
say "npm rebuild argon2 --build-from-source"
npm rebuild argon2 --build-from-source </dev/null >/dev/null

# --- 5. config + check ----------------------------------------------------------
# Without --config, code-server writes ~/.config/code-server/config.yaml (with a
# password) on every start; the harness always passes this file instead.
cat > "$DIR/config.yaml" <<'YAML'
auth: none
cert: false
disable-telemetry: true
disable-update-check: true
YAML
version="$(node "$ENTRY" --config "$DIR/config.yaml" --version 2>/dev/null | grep -E '^[0-9]+\.[0-9]+' | head -1)"
say "code-server --version: $version"
case "$version" in
  "$CODE_SERVER_VERSION"*) ;;
  *) echo "unexpected code-server version output: $version" >&2; exit 1 ;;
esac
pw="$(node -p "require('$DIR/node_modules/playwright-core/package.json').version")"
chromium_v="$(chromium --version 2>/dev/null || true)"
printf 'code-server %s; playwright-core %s; %s; %s\n' "$version" "$pw" "$chromium_v" "$(date -u +%FT%TZ)" > "$STAMP"
say "done: $(cat "$STAMP")"
