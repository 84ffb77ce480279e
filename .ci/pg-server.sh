#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server on 127.0.0.1 for the tests, and prints the lines to
# export so they find it:   eval "$(bash .ci/pg-server.sh start)"   ...   bash .ci/pg-server.sh stop
# PostgreSQL refuses to run as root, so as root the server runs as the "postgres" user (runuser);
# as anyone else, as that user. Password authentication (scram-sha-256), as a real server asks.
set -euo pipefail
PORT=${NUDGE_PG_PORT:-54329}
STATE=${NUDGE_PG_DIR:-/tmp/nudge-pg-$PORT}
bin_dir() {
  command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ] && { pg_config --bindir; return; }
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1
}
BIN=$(bin_dir)
as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:-start}" in
  start)
    [ -x "$BIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
    if [ ! -f "$STATE/data/PG_VERSION" ]; then
      rm -rf "$STATE"; mkdir -p "$STATE"
      [ "$(id -u)" = 0 ] && chown postgres "$STATE"
      echo 'nudge-test-password' > "$STATE/pw"; chmod 600 "$STATE/pw"
      [ "$(id -u)" = 0 ] && chown postgres "$STATE/pw"
      as_server_user "$BIN/initdb" -D "$STATE/data" -U nudge --pwfile="$STATE/pw" -A scram-sha-256 -E UTF8 --no-locale >/dev/null
    fi
    if ! as_server_user "$BIN/pg_ctl" -D "$STATE/data" status >/dev/null 2>&1; then
      as_server_user "$BIN/pg_ctl" -D "$STATE/data" -l "$STATE/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $STATE -c max_connections=200 -c fsync=on" start >/dev/null
    fi
    PGPASSWORD=nudge-test-password "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U nudge -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname='nudge_test'" | grep -q 1 || \
      PGPASSWORD=nudge-test-password "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U nudge nudge_test
    echo "export NUDGE_TEST_PG=postgresql://nudge@127.0.0.1:$PORT/nudge_test"
    echo "export NUDGE_TEST_PG_PASSWORD=nudge-test-password"
    echo "export NUDGE_TEST_PG_BIN=$BIN"
    echo "export NUDGE_TEST_PG_DATA=$STATE/data"
    ;;
  stop)
    as_server_user "$BIN/pg_ctl" -D "$STATE/data" -m fast stop >/dev/null 2>&1 || true
    ;;
  *) echo "usage: pg-server.sh start|stop" >&2; exit 2 ;;
esac
