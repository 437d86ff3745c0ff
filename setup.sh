#!/usr/bin/env bash
# One entry point for set-up: installs missing Debian packages, builds into
# build/, then runs the app or the tests. Re-running is cheap: installed
# packages and an up-to-date build are detected and skipped.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'TXT'
usage: ./setup.sh run [APP ARGS...]   install, build, launch the trainer on cases/
       ./setup.sh test                install, build, run the whole test suite
       ./setup.sh sanitize            build core, mntrainer-cli and tests with ASan/UBSan in build-asan/, run core and CLI tests
       ./setup.sh fuzz [SECONDS]      build the libFuzzer targets with clang-16 in build-fuzz/, run each SECONDS (default 30)
       ./setup.sh build               install and build only
TXT
}

PACKAGES=(
  build-essential cmake pkg-config
  libsdl2-dev libimgui-dev libglm-dev libstb-dev catch2
  nlohmann-json3-dev libsodium-dev libcli11-dev libcurl4-openssl-dev fonts-dejavu-core zlib1g-dev
  libsqlite3-dev libegl1 libgl1-mesa-dri minisign python3 python3-jsonschema
)

# Only `./setup.sh fuzz` needs these.
FUZZ_PACKAGES=(clang-16 libfuzzer-16-dev libclang-rt-16-dev)

install_packages() { # extra package names may follow
  local missing=()
  for p in "${PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing missing Debian packages: ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The schema tests run ajv-cli with ajv-formats (from npm, pinned in
# tests/schema/ajv/package-lock.json) in strict mode, as outside judges do. Node
# comes from Debian when it is missing.
install_ajv() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    local sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    echo "setup: installing Node.js and npm from Debian"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
  fi
  # A copy of the lock taken after the last install tells whether node_modules
  # still matches it (a checkout from before ajv-cli had only ajv installed).
  local stamp=tests/schema/ajv/node_modules/.mn-installed-lock.json
  cmp -s tests/schema/ajv/package-lock.json "$stamp" && return 0
  echo "setup: installing ajv-cli and ajv-formats for the schema tests (npm ci in tests/schema/ajv)"
  npm ci --prefix tests/schema/ajv --no-audit --no-fund --loglevel=error
  cp tests/schema/ajv/package-lock.json "$stamp"
}

# The LRS push tests run Learning Locker's xAPI statement service (npm
# xapi-statements, pinned in tests/lrs/server/package-lock.json) in memory.
install_test_lrs() {
  [ -f tests/lrs/server/node_modules/xapi-statements/package.json ] && return 0
  echo "setup: installing the test LRS for the LRS push tests (npm ci in tests/lrs/server)"
  npm ci --prefix tests/lrs/server --no-audit --no-fund --loglevel=error
}

jobs() { nproc 2>/dev/null || echo 2; }

configure_and_build() { # $1 build dir, rest: extra cmake args
  local dir=$1; shift
  local werror=OFF
  [ "${CI:-}" = "true" ] && werror=ON
  # Configure once; again only when the warnings-as-errors choice changed.
  if [ ! -f "$dir/CMakeCache.txt" ] || ! grep -q "^MN_WERROR:BOOL=$werror$" "$dir/CMakeCache.txt"; then
    cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMN_WERROR="$werror" "$@"
  fi
  cmake --build "$dir" -j "$(jobs)"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  run)
    install_packages
    configure_and_build build
    exec build/mntrainer --cases cases "$@"
    ;;
  test)
    install_packages
    install_ajv
    install_test_lrs
    configure_and_build build
    ctest --test-dir build --output-on-failure -j "$(jobs)"
    ;;
  sanitize)
    install_packages
    install_ajv # brings Node.js, which the LRS push tests (cli label) need
    install_test_lrs
    configure_and_build build-asan -DMN_SANITIZE=ON -DMN_BUILD_GUI=OFF
    ctest --test-dir build-asan --output-on-failure -j "$(jobs)" -L 'core|cli'
    ;;
  fuzz)
    install_packages "${FUZZ_PACKAGES[@]}"
    seconds=${1:-30}
    if [ ! -f build-fuzz/CMakeCache.txt ]; then
      CC=clang-16 CXX=clang++-16 cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMN_FUZZ=ON
    fi
    targets=(journal case attempt exam protocol script signature secret_key sealed skill_map attempt_record outcomes)
    cmake --build build-fuzz -j "$(jobs)" --target "${targets[@]/#/fuzz_}"
    for t in "${targets[@]}"; do
      # New inputs go to a scratch folder; the seed corpus in the repository is only read.
      scratch=$(mktemp -d)
      echo "fuzz: $t for ${seconds}s on tests/fuzz/corpus/$t"
      if ! build-fuzz/fuzz/fuzz_$t -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
           -artifact_prefix="build-fuzz/fuzz/$t-" "$scratch" "tests/fuzz/corpus/$t" 2> "build-fuzz/fuzz/$t.log"; then
        tail -40 "build-fuzz/fuzz/$t.log"
        echo "fuzz: $t FAILED (the crashing input is in build-fuzz/fuzz/)"
        rm -rf "$scratch"
        exit 1
      fi
      grep -E "stat::number_of_executed_units|Done [0-9]+ runs" "build-fuzz/fuzz/$t.log" | tail -2
      rm -rf "$scratch"
    done
    echo "fuzz: every target ran ${seconds}s without a crash"
    echo "fuzz: ${#targets[@]} passed, 0 failed"
    ;;
  build)
    install_packages
    configure_and_build build
    ;;
  *) usage; exit 2 ;;
esac
