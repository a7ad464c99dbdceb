#!/usr/bin/env bash
# Runs the e2e suites (test/e2e/*.e2e.ts) in a real VS Code (code-server) + Chromium.
#   bash test/e2e/run.sh            # all *.e2e.ts
#   bash test/e2e/run.sh smoke      # only smoke.e2e.ts
# Installs the harness first if needed (test/e2e/setup.sh; instant when done).
# Compiles the e2e files on their own into .cache/e2e-out (independent of the
# rest of the project's build); E2E_OUT=out/test/e2e uses an existing
# `tsc -p tsconfig.json` output instead.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
cd "$REPO"

bash "$HERE/setup.sh"

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
