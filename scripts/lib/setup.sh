# shellcheck shell=bash
# Set-up shared by scripts/run, scripts/test and scripts/bench: install the Debian
# packages the project needs, then configure and build with CMake and Ninja.
#
# Source it; do not run it. It defines functions and a few variables and changes
# nothing until a function is called.
#
# Environment knobs (all optional):
#   RELATA_SKIP_PACKAGES=1      do not look at or install system packages
#   RELATA_ASSUME_MISSING="a b" treat these packages as missing even when installed;
#                               exercises the install path on a machine that has them
#   CMAKE_BUILD_PARALLEL_LEVEL  build jobs (default: nproc)

RELATA_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
RELATA_JOBS="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc 2>/dev/null || echo 2)}"

# Debian 12 (bookworm) names, each checked with `apt-cache policy`.
# Qt 6.4's SVG module is packaged as qt6-svg-dev there. libgl-dev is listed because
# find_package(Qt6 Gui) requires OpenGL headers (WrapOpenGL is a hard dependency).
RELATA_PACKAGES=(
    # toolchain
    cmake ninja-build g++ clang pkg-config
    # Qt: Core, Gui, Widgets, Sql, Test, Svg and the SQL drivers
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev libgl-dev
    libqt6sql6-mysql libqt6sql6-psql libqt6sql6-sqlite
    # auto-layout (in-process cgraph/gvc) and the dot tool
    libgraphviz-dev graphviz
    # a display for GUI tests and screenshots, and a font to measure text with
    xvfb xauth fonts-dejavu-core
    # databases for import and round-trip tests
    mariadb-server mariadb-client postgresql postgresql-contrib sqlite3
)

relata_log() {
    printf '==> %s\n' "$*" >&2
}

relata_die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# package_installed NAME: true when dpkg reports NAME as fully installed.
package_installed() {
    local name="$1" status
    case " ${RELATA_ASSUME_MISSING:-} " in
        *" $name "*) return 1 ;;
    esac
    status="$(dpkg-query -W -f='${Status}' "$name" 2>/dev/null)" || return 1
    [[ "$status" == "install ok installed" ]]
}

# missing_packages NAME...: prints, one a line, the packages that are not installed.
missing_packages() {
    local name
    for name in "$@"; do
        package_installed "$name" || printf '%s\n' "$name"
    done
}

# as_root CMD...: runs CMD as root: directly, or through sudo.
as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        return 127
    fi
}

# ensure_packages NAME...: installs whichever of NAME... is missing. apt-get update runs
# only when something is missing; nothing runs when everything is there.
ensure_packages() {
    if [[ "${RELATA_SKIP_PACKAGES:-0}" == 1 ]]; then
        return 0
    fi
    if ! command -v dpkg-query >/dev/null 2>&1 || ! command -v apt-get >/dev/null 2>&1; then
        relata_log "not a Debian-based system: skipping the package check."
        relata_log "needed (Debian 12 names): $*"
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages "$@")
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    local by_hand="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    relata_log "missing packages: ${missing[*]}"
    if [[ "$(id -u)" -ne 0 ]] && ! command -v sudo >/dev/null 2>&1; then
        relata_die "cannot install them without root or sudo; as root, run:
    $by_hand"
    fi
    relata_log "installing them with apt-get"
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q \
        || ! as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
            --no-install-recommends "${missing[@]}"; then
        relata_die "could not install the missing packages; as root, run:
    $by_hand"
    fi
}

# ensure_build_packages: the project's packages plus RELATA_EXTRA_PACKAGES (scripts/test
# adds clang's sanitizer runtime there for --clang --sanitize).
RELATA_EXTRA_PACKAGES=()
ensure_build_packages() {
    ensure_packages "${RELATA_PACKAGES[@]}" "${RELATA_EXTRA_PACKAGES[@]}"
}

# configure_build BUILD_DIR BUILD_TYPE [CMAKE_ARG...]: configures BUILD_DIR (relative to
# the repository root) with Ninja. A directory configured earlier with another generator
# is wiped first (CMake refuses to switch generators in place). CMake's output is shown
# only when it fails.
configure_build() {
    local name="$1" type="$2" dir="$RELATA_ROOT/$1" output
    shift 2
    if [[ -f "$dir/CMakeCache.txt" ]] \
        && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$dir/CMakeCache.txt"; then
        relata_log "$name was configured with another generator; starting it afresh"
        rm -rf "$dir"
    fi
    relata_log "configuring $name ($type${*:+; $*})"
    if ! output="$(cmake -S "$RELATA_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "$@" 2>&1)"; then
        printf '%s\n' "$output" >&2
        relata_die "cmake could not configure $name"
    fi
}

# build_targets BUILD_DIR [TARGET...]: builds with all cores; everything when no target
# is given.
build_targets() {
    local name="$1" dir="$RELATA_ROOT/$1"
    shift
    local targets=()
    if [[ $# -gt 0 ]]; then
        targets=(--target "$@")
    fi
    relata_log "building ${targets[*]:-everything} in $name with $RELATA_JOBS jobs"
    cmake --build "$dir" --parallel "$RELATA_JOBS" "${targets[@]}"
}

# leak_sanitizer_works BUILD_DIR: builds, with BUILD_DIR's C++ compiler, a tiny program
# that leaks on purpose and runs it with leak detection on. True when LeakSanitizer
# reports the leak; false when it cannot run at all (it stops the process through
# ptrace, which some sandboxes and containers deny, and which a debugger or strace
# already holds: "LeakSanitizer has encountered a fatal error").
leak_sanitizer_works() {
    local dir="$RELATA_ROOT/$1" cxx output
    cxx="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$dir/CMakeCache.txt")"
    printf '%s\n' '#include <cstdlib>' 'void *volatile kept;' \
        'int main() { kept = std::malloc(64); kept = nullptr; return 0; }' \
        | "$cxx" -x c++ -O0 -fsanitize=address -o "$dir/lsan-probe" - \
        || return 1
    output="$(ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS='' "$dir/lsan-probe" 2>&1)" && return 1
    [[ "$output" == *"ERROR: LeakSanitizer: detected memory leaks"* ]]
}

# start_test_databases BUILD_DIR: the hook for live-database tests.
#
# It will start throw-away MariaDB and PostgreSQL servers on loopback (data directories
# under BUILD_DIR, unprivileged ports, stopped by a trap when the test run ends), load
# the test corpus, and export the connection settings the tests read. Until those tests
# exist it does nothing, so no server is started.
start_test_databases() {
    return 0
}
