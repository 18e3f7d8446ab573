#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on a local socket, for the PostgreSQL test lane and load runs.
#   cluster.sh start [--durable]   installs PostgreSQL from Debian when missing, starts a fresh cluster,
#                                  prints its admin connection string (database "postgres") on stdout
#   cluster.sh stop                stops it and deletes its files
# Tests run without fsync (a lost test cluster is recreated); --durable keeps PostgreSQL's defaults,
# as the load script uses when it compares throughput with SQLite's fsync'd commits.
set -euo pipefail

dir=${CAPRURAL_PG_DIR:-/tmp/caprural-pg}
port=${CAPRURAL_PG_PORT:-55432}

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

as_owner() {
  # PostgreSQL refuses to run as root: the Debian package's postgres user owns the cluster then.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if [ -z "$(bin_dir)" ]; then
      echo "installing PostgreSQL from Debian" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >&2
    fi
    bin=$(bin_dir)
    settings="-c listen_addresses= -c unix_socket_directories=$dir -p $port -c max_connections=400 -c shared_buffers=256MB"
    if [ "${2:-}" != "--durable" ]; then
      settings="$settings -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >&2 || true
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U caprural --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_owner "$bin/pg_ctl" -D "$dir/data" -o "$settings" -l "$dir/server.log" -w start >/dev/null
    echo "Host=$dir;Port=$port;Username=caprural;Database=postgres"
    ;;
  stop)
    bin=$(bin_dir)
    if [ -n "$bin" ] && [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast stop >/dev/null
    fi
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start [--durable] | stop" >&2
    exit 2
    ;;
esac
