#!/usr/bin/env bash
# Runs the e2e suites (test/e2e/*.e2e.ts) in a real VS Code (code-server) + Chromium.
#   bash test/e2e/run.sh            # all *.e2e.ts
#   bash test/e2e/run.sh smoke      # only smoke.e2e.ts
# Installs the harness first if needed (test/e2e/setup.sh; instant when done), and
# builds the VSIX (`npm run package`) when it is missing or older than its sources
# (E2E_VSIX=path skips that and tests the given VSIX; E2E_NO_PACKAGE=1 never builds).
# Compiles the e2e files on their own into .cache/e2e-out (independent of the
# rest of the project's build); E2E_OUT=out/test/e2e uses an existing
# `tsc -p tsconfig.json` output instead.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
cd "$REPO"

bash "$HERE/setup.sh"

# --- the VSIX that extension.e2e.ts installs --------------------------------
if [[ -z "${E2E_VSIX:-}" && -z "${E2E_NO_PACKAGE:-}" && "${1:-}" != smoke ]]; then
  vsix="$(node -p 'const p = require("./package.json"); `${p.name}-${p.version}.vsix`')"
  inputs=(package.json .vscodeignore README.md language-configuration.json scripts/build.mjs
          client/src server/src schemas syntaxes)
  existing=(); for f in "${inputs[@]}"; do [[ -e "$f" ]] && existing+=("$f"); done
  if [[ ! -f "$vsix" || ! -f dist/cli.js ]] \
     || [[ -n "$(find "${existing[@]}" -newer "$vsix" -print -quit 2>/dev/null)" ]]; then
    echo "[e2e] npm run package -> $vsix"
    mkdir -p "$REPO/.cache"
    t0=$(date +%s)
    npm run --silent package >"$REPO/.cache/e2e-package.log" 2>&1 \
      || { cat "$REPO/.cache/e2e-package.log" >&2; echo "[e2e] npm run package failed" >&2; exit 1; }
    echo "[e2e] packaged in $(( $(date +%s) - t0 )) s ($(du -k "$vsix" | cut -f1) KB)"
  else
    echo "[e2e] $vsix is up to date"
  fi
fi

if [[ -n "${E2E_OUT:-}" ]]; then
  OUT="$REPO/$E2E_OUT"
else
  OUT="$REPO/.cache/e2e-out"
  rm -rf "$OUT"
  echo "[e2e] tsc test/e2e/*.ts -> ${OUT#"$REPO"/}"
  node_modules/.bin/tsc --outDir "$OUT" --module commonjs --moduleResolution node --target ES2022 \
    --lib ES2022 --esModuleInterop --resolveJsonModule --skipLibCheck --strict --sourceMap \
    --types node,mocha test/e2e/*.ts
fi

mapfile -t specs < <(find "$OUT" -name "${1:-*}.e2e.js" | sort)
if (( ${#specs[@]} == 0 )); then echo "[e2e] no ${1:-*}.e2e.js under $OUT" >&2; exit 1; fi
# --no-config: .mocharc.json's spec (out/test/**/*.test.js) would be added to ours.
exec node_modules/.bin/mocha --no-config --exit --reporter spec --timeout 300000 "${specs[@]}"
