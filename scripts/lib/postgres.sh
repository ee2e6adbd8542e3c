# shellcheck shell=bash
# A throwaway PostgreSQL 15 for tests: initdb + pg_ctl as the postgres user on a data directory under
# the run's temp dir, loopback only, on a free port, trust auth, no durability (fsync off).
# Sourced by scripts/test after common.sh.

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
PG_PORT=
PG_DIR=
PG_DATA=

# Runs a command as the postgres user (PostgreSQL refuses to run as root).
pg_as_owner() {
    if [ "$(id -u)" = 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# pg_start RUN_DIR: initdb + start; sets PG_PORT, PG_DIR (also the socket dir) and PG_DATA.
pg_start() {
    local run_dir=$1 attempt
    PG_DIR="$run_dir/pg"
    PG_DATA="$PG_DIR/data"
    mkdir -p "$PG_DIR" || return 1
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$PG_DIR" || return 1; fi
    chmod 700 "$PG_DIR" || return 1
    if ! pg_as_owner "$PG_BIN/initdb" -D "$PG_DATA" -U postgres -A trust -E UTF8 --locale=C --no-sync \
        >"$PG_DIR/initdb.log" 2>&1; then
        cat "$PG_DIR/initdb.log" >&2
        kt_warn "initdb failed"
        return 1
    fi
    for attempt in 1 2 3; do
        PG_PORT=$(kt_free_port)
        if pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DIR/postgres.log" -w -t 60 -s \
            -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start; then
            return 0
        fi
        kt_warn "postgres did not start on port $PG_PORT (attempt $attempt); its log:"
        tail -n 20 "$PG_DIR/postgres.log" >&2
    done
    return 1
}

# pg_stop: fast shutdown of the server pg_start started (no-op when none is running).
pg_stop() {
    [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ] || return 0
    local pid
    pid=$(head -n 1 "$PG_DATA/postmaster.pid" 2>/dev/null)
    if ! pg_as_owner "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w -t 30 -s stop; then
        kt_warn "pg_ctl stop failed; killing postmaster $pid"
        [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
    fi
    return 0
}

# pg_psql SQL...: runs statements as the postgres superuser over TCP.
pg_psql() {
    local psql="$PG_BIN/psql"
    [ -x "$psql" ] || psql=psql
    "$psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qAtX "$@"
}

# pg_url DB [USER:PASS]: a connection URL for a database of this server.
pg_url() { echo "postgres://${2:-postgres}@127.0.0.1:$PG_PORT/$1"; }
