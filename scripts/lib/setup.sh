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
    # real key presses for the crash-and-recover test under Xvfb
    xdotool
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


# ------------------------------------------------------------------ test databases
# Throw-away MariaDB and PostgreSQL servers for the live-database tests. Each run of
# scripts/test gets its own run directory (relata-testdb-UID.PID, on tmpfs when possible:
# DDL there is many times faster), its own data directories and free ports, listens on
# 127.0.0.1 only, and is stopped and deleted by stop_test_databases. Servers left behind
# by a run that was killed outright are stopped by the next run.

RELATA_TESTDB_RUN="" # this run's directory; empty while nothing was started

# testdb_port_in_use PORT: true when something accepts connections on 127.0.0.1:PORT.
testdb_port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# testdb_free_port: prints a port nobody listens on, searching from a random start so that
# two runs at the same time rarely race for the same one (starting retries when they do).
testdb_free_port() {
    local port=$((20000 + RANDOM % 30000)) i
    for ((i = 0; i < 100; i++)); do
        if ! testdb_port_in_use "$port"; then
            printf '%s\n' "$port"
            return 0
        fi
        port=$((port + 1))
    done
    return 1
}

# testdb_pid_is PID TEXT: PID is alive and its command line mentions TEXT, so that a PID
# recycled by another process is never signalled.
testdb_pid_is() {
    [[ "${1:-}" =~ ^[0-9]+$ ]] && kill -0 "$1" 2>/dev/null || return 1
    [[ -r "/proc/$1/cmdline" ]] || return 0
    tr '\0' ' ' <"/proc/$1/cmdline" | grep -qF -- "$2"
}

# testdb_stop_pid PID TEXT SIGNAL NAME: sends SIGNAL to the server PID (when it is still
# the one whose command line mentions TEXT), waits up to 30 s, then kills it.
testdb_stop_pid() {
    local pid="$1" text="$2" signal="$3" name="$4" i
    testdb_pid_is "$pid" "$text" || return 0
    kill "-$signal" "$pid" 2>/dev/null || return 0
    for ((i = 0; i < 300; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.1
    done
    relata_log "$name (pid $pid) did not stop within 30 s; killing it"
    kill -KILL "$pid" 2>/dev/null || true
}

# testdb_stop_dir RUN_DIR: stops the servers whose PID files are in RUN_DIR, then deletes it.
testdb_stop_dir() {
    local run="$1" pid
    if [[ -f "$run/mariadb/mariadbd.pid" ]]; then
        pid="$(head -n 1 "$run/mariadb/mariadbd.pid")"
        testdb_stop_pid "$pid" "$run/mariadb/data" TERM MariaDB
    fi
    if [[ -f "$run/postgres/data/postmaster.pid" ]]; then
        pid="$(head -n 1 "$run/postgres/data/postmaster.pid")"
        # SIGINT is PostgreSQL's "fast" shutdown: it ends open sessions instead of waiting.
        testdb_stop_pid "$pid" "$run/postgres/data" INT PostgreSQL
    fi
    rm -rf "$run"
}

# testdb_alive PID: PID runs (a zombie, killed but not yet reaped, does not count).
testdb_alive() {
    kill -0 "$1" 2>/dev/null || return 1
    [[ ! -r "/proc/$1/stat" ]] || ! grep -q '^[0-9]* ([^)]*) Z' "/proc/$1/stat"
}

# testdb_reap_stale BASE: stops what runs killed without clean-up (their PID is gone) left.
testdb_reap_stale() {
    local dir owner
    for dir in "$1"/relata-testdb-"$(id -u)".*; do
        [[ -d "$dir" ]] || continue
        owner="${dir##*.}"
        if [[ "$owner" =~ ^[0-9]+$ ]] && ! testdb_alive "$owner"; then
            relata_log "stopping test databases left behind by an earlier run ($dir)"
            testdb_stop_dir "$dir"
        fi
    done
}

# testdb_as_server_user CMD...: PostgreSQL refuses to run as root; as root, CMD runs as the
# postgres system user that Debian's package creates.
testdb_as_server_user() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# testdb_base BUILD_DIR: prints the directory that holds run directories: /dev/shm when
# writable, else BUILD_DIR/test-databases, else /tmp; as root, one the postgres user can
# reach. Socket paths must stay short (Unix sockets allow about 100 bytes).
testdb_base() {
    local candidate
    for candidate in /dev/shm "$RELATA_ROOT/$1/test-databases" "${TMPDIR:-/tmp}"; do
        mkdir -p "$candidate" 2>/dev/null || continue
        # Short, and nothing a shell would split: pg_ctl passes the socket path through one.
        [[ -w "$candidate" && ${#candidate} -le 60 && "$candidate" =~ ^[A-Za-z0-9/._-]+$ ]] \
            || continue
        if [[ "$(id -u)" -eq 0 ]] && ! runuser -u postgres -- test -x "$candidate" 2>/dev/null; then
            continue
        fi
        printf '%s\n' "$candidate"
        return 0
    done
    return 1
}

# testdb_why LOG WHAT: says why a server could not start: WHAT and the end of its log.
testdb_why() {
    relata_log "$2; the last lines of $1:"
    tail -n 15 "$1" >&2 2>/dev/null || true
}

# testdb_program NAME...: prints the path of the first NAME found in PATH or /usr/sbin.
testdb_program() {
    local name
    for name in "$@"; do
        if command -v "$name" >/dev/null 2>&1; then
            command -v "$name"
            return 0
        elif [[ -x "/usr/sbin/$name" ]]; then
            printf '%s\n' "/usr/sbin/$name"
            return 0
        fi
    done
    return 1
}

# testdb_mariadb_up DIR: waits until the server in DIR answers on its socket (true), its
# log says it gave up, or 60 s pass (false).
testdb_mariadb_up() {
    local dir="$1" client="$2" i
    for ((i = 0; i < 600; i++)); do
        if "$client" --no-defaults --socket="$dir/mariadbd.sock" --user=root \
            -e 'SELECT 1' >/dev/null 2>&1; then
            return 0
        fi
        if grep -qs '\[ERROR\] Aborting' "$dir/error.log"; then
            return 1
        fi
        sleep 0.1
    done
    return 1
}

# testdb_start_mariadb RUN_DIR: starts MariaDB in RUN_DIR/mariadb with the user relata
# (password relata, every privilege) and exports RELATA_TEST_MYSQL_*.
testdb_start_mariadb() {
    local dir="$1/mariadb" server install client port attempt
    local as_root=()
    if ! server="$(testdb_program mariadbd mysqld)" \
        || ! install="$(testdb_program mariadb-install-db mysql_install_db)" \
        || ! client="$(testdb_program mariadb mysql)"; then
        relata_log "MariaDB: mariadbd, mariadb-install-db or mariadb is missing (package mariadb-server)"
        return 1
    fi
    [[ "$(id -u)" -eq 0 ]] && as_root=(--user=root)
    mkdir -p "$dir"
    if ! "$install" --no-defaults --datadir="$dir/data" "${as_root[@]}" --skip-test-db \
        --auth-root-authentication-method=normal --innodb-log-file-size=8M \
        >"$dir/install.log" 2>&1; then
        testdb_why "$dir/install.log" "MariaDB: mariadb-install-db failed"
        return 1
    fi
    for attempt in 1 2 3 4 5; do
        port="$(testdb_free_port)" || break
        rm -f "$dir/error.log"
        # Its own session: a Ctrl-C in the terminal reaches the tests, not the server,
        # which stop_test_databases then shuts down in order.
        setsid "$server" --no-defaults --datadir="$dir/data" --socket="$dir/mariadbd.sock" \
            --port="$port" --bind-address=127.0.0.1 --pid-file="$dir/mariadbd.pid" \
            --log-error="$dir/error.log" "${as_root[@]}" --skip-name-resolve --skip-log-bin \
            --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
            --innodb-log-file-size=8M --innodb-buffer-pool-size=64M \
            --innodb-flush-log-at-trx-commit=0 --loose-innodb-flush-method=nosync \
            --loose-innodb-doublewrite=0 \
            </dev/null >/dev/null 2>&1 &
        if testdb_mariadb_up "$dir" "$client"; then
            break
        fi
        if ! grep -qs -e 'Address already in use' -e 'Can.t start server' "$dir/error.log"; then
            testdb_why "$dir/error.log" "MariaDB did not start"
            return 1
        fi
        relata_log "MariaDB: port $port was taken meanwhile (attempt $attempt); trying another"
        port=""
    done
    [[ -n "$port" ]] || {
        relata_log "MariaDB: found no free port"
        return 1
    }
    if ! "$client" --no-defaults --socket="$dir/mariadbd.sock" --user=root -e "
            CREATE USER 'relata'@'%' IDENTIFIED BY 'relata';
            GRANT ALL PRIVILEGES ON *.* TO 'relata'@'%';" >>"$dir/install.log" 2>&1; then
        testdb_why "$dir/install.log" "MariaDB: could not create the user relata"
        return 1
    fi
    export RELATA_TEST_MYSQL_HOST=127.0.0.1 RELATA_TEST_MYSQL_PORT="$port"
    export RELATA_TEST_MYSQL_USER=relata RELATA_TEST_MYSQL_PASSWORD=relata
    relata_log "MariaDB $("$server" --version | awk '{print $3}') on 127.0.0.1:$port"
}

# testdb_pg_bindir: prints the directory of initdb and pg_ctl (newest installed version).
testdb_pg_bindir() {
    local dir
    if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
        pg_config --bindir
        return 0
    fi
    dir="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    if [[ -x "$dir/initdb" ]]; then
        printf '%s\n' "$dir"
        return 0
    fi
    command -v initdb >/dev/null 2>&1 && dirname "$(command -v initdb)"
}

# testdb_start_postgres RUN_DIR: starts PostgreSQL in RUN_DIR/postgres with trust
# authentication for the user postgres and exports RELATA_TEST_PG_*.
testdb_start_postgres() {
    local dir="$1/postgres" bin port attempt options
    if ! bin="$(testdb_pg_bindir)"; then
        relata_log "PostgreSQL: initdb and pg_ctl are missing (package postgresql)"
        return 1
    fi
    if [[ "$(id -u)" -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
        relata_log "PostgreSQL refuses to run as root, and there is no postgres user to run it"
        return 1
    fi
    mkdir -p "$dir"
    [[ "$(id -u)" -eq 0 ]] && chown postgres: "$dir"
    if ! testdb_as_server_user "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1; then
        testdb_why "$dir/initdb.log" "PostgreSQL: initdb failed"
        return 1
    fi
    for attempt in 1 2 3 4 5; do
        port="$(testdb_free_port)" || break
        options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off"
        options+=" -c synchronous_commit=off -c full_page_writes=off"
        options+=" -c max_locks_per_transaction=1024"
        # pg_ctl puts the server in a session of its own; -w waits until it accepts.
        if testdb_as_server_user "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "$options" start >/dev/null 2>&1; then
            export RELATA_TEST_PG_HOST=127.0.0.1 RELATA_TEST_PG_PORT="$port"
            export RELATA_TEST_PG_USER=postgres
            relata_log "PostgreSQL $("$bin/pg_ctl" --version | awk '{print $3}') on 127.0.0.1:$port"
            return 0
        fi
        if ! grep -qs 'could not bind' "$dir/server.log"; then
            testdb_why "$dir/server.log" "PostgreSQL did not start"
            return 1
        fi
        relata_log "PostgreSQL: port $port was taken meanwhile (attempt $attempt); trying another"
    done
    relata_log "PostgreSQL: found no free port"
    return 1
}

# start_test_databases BUILD_DIR: starts throw-away MariaDB and PostgreSQL servers for the
# live-database tests and exports their connection settings:
#   RELATA_TEST_MYSQL_HOST, _PORT, _USER, _PASSWORD   (user relata, password relata)
#   RELATA_TEST_PG_HOST, _PORT, _USER                 (user postgres, no password)
# A server already named by RELATA_TEST_MYSQL_HOST or RELATA_TEST_PG_HOST is used as it is.
# A server that cannot start is reported and left out: its tests then skip, or fail under
# CI=true. The caller stops them with stop_test_databases (scripts/test: trap on EXIT).
start_test_databases() {
    local base started
    if [[ -n "${RELATA_TEST_MYSQL_HOST:-}" && -n "${RELATA_TEST_PG_HOST:-}" ]]; then
        relata_log "test databases: using the servers given by RELATA_TEST_MYSQL_HOST and RELATA_TEST_PG_HOST"
        return 0
    fi
    if ! base="$(testdb_base "$1")"; then
        relata_log "test databases: no writable directory for them; live-database tests cannot run"
        return 0
    fi
    testdb_reap_stale "$base"
    started=$SECONDS
    RELATA_TESTDB_RUN="$base/relata-testdb-$(id -u).$$"
    rm -rf "$RELATA_TESTDB_RUN"
    mkdir -p "$RELATA_TESTDB_RUN"
    chmod 755 "$RELATA_TESTDB_RUN"
    relata_log "starting test databases in $RELATA_TESTDB_RUN"
    if [[ -z "${RELATA_TEST_MYSQL_HOST:-}" ]]; then
        testdb_start_mariadb "$RELATA_TESTDB_RUN" || relata_log "MariaDB tests cannot run"
    fi
    if [[ -z "${RELATA_TEST_PG_HOST:-}" ]]; then
        testdb_start_postgres "$RELATA_TESTDB_RUN" || relata_log "PostgreSQL tests cannot run"
    fi
    relata_log "test databases ready in $((SECONDS - started)) s"
}

# stop_test_databases: stops the servers start_test_databases started and deletes their
# data. Safe to call more than once, and when nothing was started.
stop_test_databases() {
    if [[ -n "$RELATA_TESTDB_RUN" ]]; then
        testdb_stop_dir "$RELATA_TESTDB_RUN"
        RELATA_TESTDB_RUN=""
    fi
}
