# shellcheck shell=bash
# Shared helpers for scripts/test: logging, timing, free ports, HTTP waits, child process groups,
# the per-run temp directory and the reaper of runs that were killed before they could clean up.
# Sourced, never executed. Functions only; callers own `set -euo pipefail`.

# Every run keeps its temp files under one directory named after this prefix (in /tmp, whose parents
# the postgres user can traverse). The reaper recognises leftovers by it.
KT_RUN_PREFIX=/tmp/kard-test.
KT_START=${KT_START:-$SECONDS}

kt_fmt_duration() { # seconds -> "4m31s"
    local s=$1
    if ((s >= 60)); then printf '%dm%02ds' $((s / 60)) $((s % 60)); else printf '%ds' "$s"; fi
}

kt_elapsed() { kt_fmt_duration $((SECONDS - KT_START)); }

kt_log() { printf '[test %6s] %s\n' "$(kt_elapsed)" "$*"; }

kt_warn() { printf '[test %6s] WARNING: %s\n' "$(kt_elapsed)" "$*" >&2; }

kt_banner() {
    printf '\n==================== %s ====================\n' "$*"
    printf '[test %6s] started at %s\n' "$(kt_elapsed)" "$(date -u +%H:%M:%SZ)"
}

# A TCP port on 127.0.0.1 that nothing listens on right now (the kernel picks it).
kt_free_port() {
    local py
    for py in python3 /usr/bin/python3; do
        if command -v "$py" >/dev/null 2>&1; then
            "$py" -c 'import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()' && return 0
        fi
    done
    # No Python: probe random high ports until one refuses connections.
    local port _
    for _ in $(seq 1 200); do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "kt_free_port: no free port found" >&2
    return 1
}

# kt_http_status URL -> prints the HTTP status code (000 when nothing answered).
kt_http_status() {
    if command -v curl >/dev/null 2>&1; then
        curl -s -o /dev/null -w '%{http_code}' --max-time 3 "$1" 2>/dev/null || true
    else
        python3 - "$1" <<'PY' 2>/dev/null || echo 000
import sys, urllib.request, urllib.error
try:
    print(urllib.request.urlopen(sys.argv[1], timeout=3).status)
except urllib.error.HTTPError as e:
    print(e.code)
except Exception:
    print("000")
PY
    fi
}

# kt_wait_http URL TIMEOUT_SECONDS [PID]: waits until URL answers 200. Fails early when PID exits.
kt_wait_http() {
    local url=$1 timeout=$2 pid=${3:-} deadline=$((SECONDS + $2)) code
    while ((SECONDS < deadline)); do
        code=$(kt_http_status "$url")
        [ "$code" = 200 ] && return 0
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            kt_warn "process $pid exited before $url answered"
            return 1
        fi
        sleep 0.2
    done
    kt_warn "$url did not answer 200 within ${timeout}s (last status: ${code:-none})"
    return 1
}

# --- child process groups ------------------------------------------------------------------
# Long stages run in a session of their own (setsid) in the background while the script waits, so a
# signal to the script is handled at once (bash defers traps while a foreground child runs) and the
# trap can stop the whole tree (swift-build's compilers, pytest, ...) with one kill of the group.
KT_CHILD_PID=

kt_run() { # kt_run CMD ARGS... -> exit status of CMD
    setsid "$@" </dev/null &
    KT_CHILD_PID=$!
    local rc=0
    wait "$KT_CHILD_PID" || rc=$?
    KT_CHILD_PID=
    return "$rc"
}

# kt_stop_group PID [SIGNAL] [GRACE_SECONDS]: signals the process group PID leads, waits, then kills it.
kt_stop_group() {
    local pid=$1 sig=${2:-TERM} grace=${3:-10} deadline
    [ -n "$pid" ] || return 0
    kill -"$sig" -- "-$pid" 2>/dev/null || kill -"$sig" "$pid" 2>/dev/null || return 0
    deadline=$((SECONDS + grace))
    # Wait for the whole group (compilers, pytest workers), not just its leader.
    while { kill -0 -- "-$pid" || kill -0 "$pid"; } 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
    if { kill -0 -- "-$pid" || kill -0 "$pid"; } 2>/dev/null; then
        kt_warn "process group $pid ignored SIG$sig for ${grace}s; killing it"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null
    return 0
}

# --- per-run temp directory and the reaper -------------------------------------------------

kt_proc_starttime() { # PID -> start time in clock ticks since boot (field 22 of /proc/PID/stat)
    local stat rest fields
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    rest=${stat##*) }
    read -ra fields <<<"$rest"
    echo "${fields[19]}"
}

# Creates the run directory (mode 755 so the postgres user can traverse it) and records the owner
# (this script's PID and start time) so that a later run can tell whether it is stale.
kt_make_run_dir() {
    local dir
    dir=$(mktemp -d "${KT_RUN_PREFIX}XXXXXX")
    chmod 755 "$dir"
    echo "$$ $(kt_proc_starttime $$)" >"$dir/owner"
    echo "$dir"
}

kt_run_dir_is_live() { # DIR -> success when the run that owns DIR is still running
    local dir=$1 pid start
    if [ ! -f "$dir/owner" ]; then
        # Created a moment ago by a run that has not written its owner file yet?
        [ -n "$(find "$dir" -maxdepth 0 -mmin -1 2>/dev/null)" ]
        return
    fi
    read -r pid start <"$dir/owner" || return 1
    [ -n "$pid" ] && [ "$(kt_proc_starttime "$pid" 2>/dev/null)" = "$start" ]
}

# Stops every process (postgres postmasters, kard servers) whose command line names the temp
# directory of a run that is no longer alive, then removes those directories. Runs of other live
# scripts (another developer's `scripts/test` on the same machine) are left alone.
kt_reap_stale_runs() {
    local procdir pid cmdline dir run base
    local -A stale_checked=()
    local -a victims=()
    for procdir in /proc/[0-9]*; do
        pid=${procdir#/proc/}
        [ "$pid" = "$$" ] && continue
        cmdline=$(tr '\0' ' ' 2>/dev/null <"$procdir/cmdline") || continue
        case $cmdline in *"$KT_RUN_PREFIX"*) ;; *) continue ;; esac
        # The run directory is the first /tmp/kard-test.XXXXXX path in the command line.
        run=${cmdline#*"$KT_RUN_PREFIX"}
        run=${run%%[/ ]*}
        [ -n "$run" ] || continue
        dir="$KT_RUN_PREFIX$run"
        if [ -z "${stale_checked[$dir]+x}" ]; then
            if [ -d "$dir" ] && kt_run_dir_is_live "$dir"; then stale_checked[$dir]=0; else stale_checked[$dir]=1; fi
        fi
        [ "${stale_checked[$dir]}" = 1 ] || continue
        base=$(basename "$(tr '\0' '\n' 2>/dev/null <"$procdir/cmdline" | head -n 1)")
        if [ "$base" = postgres ] || [ "$base" = postmaster ]; then
            kt_log "reaping leftover postgres (pid $pid) of a killed run: $dir"
            kill -INT "$pid" 2>/dev/null # fast shutdown
        else
            kt_log "reaping leftover process (pid $pid) of a killed run: $cmdline"
            kill -TERM "$pid" 2>/dev/null
        fi
        victims+=("$pid")
    done
    local deadline=$((SECONDS + 15))
    for pid in "${victims[@]}"; do
        while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
    done
    for dir in "$KT_RUN_PREFIX"*; do
        [ -d "$dir" ] || continue
        if ! kt_run_dir_is_live "$dir"; then
            kt_log "removing leftover temp dir $dir"
            rm -rf "$dir"
        fi
    done
    return 0
}
