#!/usr/bin/env bash
# Tries every install route the README documents, from this checkout, as a user would
# (SPEC 9 "Packaging for CI"), and prints what it measured. Run by .ci/run after `npm ci`:
#   1. check-dist: the committed dist/cli.js, bin/privacy-lint.js and dist/action.js equal a fresh build;
#   2. npm: `npm pack`, the tarball installed offline into an empty project, `npx privacy-lint`;
#   3. npm global: `npm i -g <tarball> --prefix <tmp>`, `privacy-lint` from PATH;
#   4. pre-commit: `pre-commit try-repo . privacy-lint --all-files` on a git repository with
#      broken configs (must fail, exit 1, with rule ids) and with clean ones (must pass);
#   5. the GitHub Action: `node dist/action.js` in a simulated runner (INPUT_*, GITHUB_OUTPUT,
#      GITHUB_STEP_SUMMARY, GITHUB_WORKSPACE).
# Exits non-zero on the first route that fails. pre-commit missing is said loudly, not hidden.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO="$PWD"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/privacy-lint-routes.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
say() { printf '== install routes: %s\n' "$*"; }
fail() { printf '!! install routes: %s\n' "$*" >&2; exit 1; }
unset npm_config_prefix npm_config_global
export NO_UPDATE_NOTIFIER=1 npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

configs() { # $1: folder; broken (northwind) and clean (fabrikam) configs in $1/config
  mkdir -p "$1/config"
  cp "$REPO/samples/northwind.privacy.jsonc" "$REPO/samples/fabrikam.privacy.json" "$1/config/"
}
expect_findings() { # $1: exit code, $2: output
  [[ "$1" == 1 ]] || fail "expected exit 1 (findings), got $1: $2"
  grep -q '"rule": "processing/iso"' <<<"$2" || fail "no processing/iso in the output: $2"
  grep -q '"file": "config/northwind.privacy.jsonc"' <<<"$2" || fail "no config/northwind.privacy.jsonc in the output"
}

say "1. npm run check-dist"
npm run --silent check-dist

say "2. npm pack; npm install --offline <tarball> into an empty project; npx privacy-lint"
mkdir -p "$WORK/pack" "$WORK/project"
npm pack --silent --pack-destination "$WORK/pack" >/dev/null
tarball="$(ls "$WORK"/pack/*.tgz)"
pack_kb=$(( $(stat -c %s "$tarball") / 1024 ))
(( pack_kb < 500 )) || fail "the tarball is ${pack_kb} KB (limit 500 KB)"
cd "$WORK/project"
printf '{ "name": "consumer", "version": "1.0.0", "private": true }\n' > package.json
npm install --offline --save-dev --silent "$tarball"
installed="$(ls node_modules | grep -v '^\.' | tr '\n' ' ')"
[[ "$installed" == "tenant-privacy " ]] || fail "npm installed more than the package: $installed"
configs "$WORK/project"
set +e; out="$(npx --offline --no -- privacy-lint --format json config)"; code=$?; set -e
expect_findings "$code" "$out"
say "   tarball ${pack_kb} KB; installed $(du -sk node_modules | cut -f1) KB in node_modules (packages: ${installed% }); npx privacy-lint exit ${code}"
cd "$REPO"

say "3. npm install --global <tarball> --prefix <tmp>; privacy-lint from PATH"
npm install --global --offline --silent --prefix "$WORK/global" "$tarball"
configs "$WORK/global-work"
set +e; out="$(cd "$WORK/global-work" && PATH="$WORK/global/bin:$PATH" privacy-lint --format json config)"; code=$?; set -e
expect_findings "$code" "$out"
say "   global install: $(du -sk "$WORK/global" | cut -f1) KB; privacy-lint exit ${code}"

say "4. pre-commit try-repo . privacy-lint --all-files"
if ! command -v pre-commit >/dev/null; then
  printf '\n!!!!!!!! pre-commit is NOT installed (pip install pre-commit): the pre-commit route was NOT tried !!!!!!!!\n\n' >&2
else
  for kind in broken clean; do
    repo="$WORK/pre-commit-$kind"
    mkdir -p "$repo" && git -C "$repo" init -q
    if [[ $kind == broken ]]; then cp samples/northwind.privacy.jsonc samples/contoso.privacy.jsonc "$repo/"; else cp samples/fabrikam.privacy.json "$repo/"; fi
    git -C "$repo" add .
    set +e
    out="$(cd "$repo" && PRE_COMMIT_HOME="$repo/.pre-commit-home" PRE_COMMIT_COLOR=never pre-commit try-repo "$REPO" privacy-lint --all-files 2>&1 </dev/null)"
    code=$?
    set -e
    if [[ $kind == broken ]]; then
      [[ $code == 1 ]] || fail "pre-commit on broken configs: expected exit 1, got $code: $out"
      for rule in processing/iso retention/audit-logs storage/approved-kind; do grep -q "$rule" <<<"$out" || fail "pre-commit output lacks $rule: $out"; done
    else
      [[ $code == 0 ]] || fail "pre-commit on clean configs: expected exit 0, got $code: $out"
    fi
    say "   $(pre-commit --version), $kind configs: exit $code ($(grep -o 'privacy-lint\.*\(Passed\|Failed\)' <<<"$out" | tr -s .))"
  done
fi

say "5. the GitHub Action's entry (node dist/action.js) in a simulated runner"
ws="$WORK/action" && configs "$ws" && : > "$ws/.output" && : > "$ws/.summary"
set +e
out="$(cd "$REPO/dist" && env -i PATH="$PATH" HOME="$HOME" GITHUB_ACTIONS=true GITHUB_WORKSPACE="$ws" GITHUB_OUTPUT="$ws/.output" \
  GITHUB_STEP_SUMMARY="$ws/.summary" RUNNER_TEMP="$WORK" INPUT_PATHS=config "INPUT_SARIF-FILE=reports/privacy-lint.sarif" \
  INPUT_ARGS= INPUT_ANNOTATIONS=true "INPUT_FAIL-ON-FINDINGS=true" node "$REPO/dist/action.js")"
code=$?
set -e
[[ $code == 1 ]] || fail "the action: expected exit 1 (fail on findings), got $code: $out"
grep -qx 'exit-code=1' "$ws/.output" || fail "no exit-code=1 output: $(cat "$ws/.output")"
grep -qx 'sarif-file=reports/privacy-lint.sarif' "$ws/.output" || fail "no sarif-file output"
[[ -s "$ws/reports/privacy-lint.sarif" ]] || fail "no SARIF file"
grep -q '^::error file=config/northwind.privacy.jsonc,' <<<"$out" || fail "no annotation: $out"
grep -q 'docs/rules.md#processing-iso' "$ws/.summary" || fail "no job summary: $(cat "$ws/.summary")"
say "   exit $code; $(grep -c '^::' <<<"$out") workflow commands; outputs: $(tr '\n' ' ' < "$ws/.output"); summary: $(head -3 "$ws/.summary" | tail -1)"

say "all routes work"
