# shellcheck shell=bash
# Starts and stops `kard serve` for the end-to-end suite. Sourced by scripts/test after common.sh.

KARD_SERVER_PID=
KARD_SERVER_URL=
KARD_SERVER_ADMIN_TOKEN= # the operator's admin token of the last server started (the suite reads the admin API)
KT_SERVER_PIDS=() # every server started by this run, for the exit trap

# kard_server_start BIN DATABASE_URL DATA_DIR LOG: starts the server on a free port and waits (60 s at
# most) until GET /v2/ping answers 200. Sets KARD_SERVER_PID, KARD_SERVER_URL and KARD_SERVER_ADMIN_TOKEN (a
# fresh random KARD_ADMIN_TOKEN the server is started with, so that its admin API is enabled).
kard_server_start() {
    local bin=$1 db=$2 data_dir=$3 log=$4 port _
    mkdir -p "$data_dir" || return 1
    KARD_SERVER_ADMIN_TOKEN=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n') || return 1
    for _ in 1 2 3; do
        port=$(kt_free_port)
        KARD_ADMIN_TOKEN=$KARD_SERVER_ADMIN_TOKEN setsid "$bin" serve --host 127.0.0.1 --port "$port" \
            --database "$db" --data-dir "$data_dir" >"$log" 2>&1 </dev/null &
        KARD_SERVER_PID=$!
        KT_SERVER_PIDS+=("$KARD_SERVER_PID")
        KARD_SERVER_URL="http://127.0.0.1:$port"
        kt_log "kard serve (pid $KARD_SERVER_PID) on $KARD_SERVER_URL, database $db"
        if kt_wait_http "$KARD_SERVER_URL/v2/ping" 60 "$KARD_SERVER_PID"; then
            return 0
        fi
        kard_server_stop
        # Another process took the port between the probe and the bind: try another one.
        grep -qiE 'address already in use|EADDRINUSE|errno: 98' "$log" && continue
        break
    done
    kt_warn "kard serve did not come up; its log ($log):"
    cat "$log" >&2
    return 1
}

# kard_server_stop: SIGTERM, then wait for the PID (graceful shutdown takes 1-2 s); SIGKILL after 20 s.
kard_server_stop() {
    local pid=$KARD_SERVER_PID rc=0 deadline
    [ -n "$pid" ] || return 0
    KARD_SERVER_PID=
    kill -TERM "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null; return 0; }
    deadline=$((SECONDS + 20))
    while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
        kt_warn "kard serve (pid $pid) still running 20 s after SIGTERM; killing it"
        kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
    fi
    wait "$pid" 2>/dev/null || rc=$?
    if ((rc != 0)); then kt_warn "kard serve (pid $pid) exited with status $rc after SIGTERM"; fi
    return 0
}
