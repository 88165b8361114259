#!/usr/bin/env bash
# Prepares a local PostgreSQL 15 + PostGIS server for `DATABASE_URL=... npm test` (Debian 12, root or
# passwordless sudo). Idempotent: installs the packages only when missing, starts the cluster only
# when it is down, and creates what is missing.
#
#   bash scripts/pg-setup.sh            # progress on stderr; last line on stdout: DATABASE_URL=...
#   export "$(bash scripts/pg-setup.sh | tail -n 1)"
#
# The URL uses the postgres superuser (the tests CREATE DATABASE and CREATE EXTENSION postgis). If
# that user cannot connect over TCP without a password, a loopback-only `trust` rule for it is added
# to the top of pg_hba.conf (marked "wangge pg-setup") and the server configuration is reloaded.
#
# Environment: PG_VERSION (15), PG_CLUSTER (main), PGPORT (5432), WANGGE_CI_DB (wangge_ci).
set -euo pipefail

PG_VERSION=${PG_VERSION:-15}
PG_PORT=${PGPORT:-5432}
PG_HOST=127.0.0.1
DB_NAME=${WANGGE_CI_DB:-wangge_ci}
CLUSTER=${PG_CLUSTER:-main}
DATABASE_URL_OUT="postgres://postgres@${PG_HOST}:${PG_PORT}/${DB_NAME}"
HBA_MARK='# wangge pg-setup'

log() { printf 'pg-setup: %s\n' "$*" >&2; }
die() {
  printf 'pg-setup: ERROR: %s\n' "$*" >&2
  exit 1
}
trap 'die "failed at line $LINENO: $BASH_COMMAND"' ERR

[[ $DB_NAME =~ ^[a-z_][a-z0-9_]*$ ]] || die "WANGGE_CI_DB must be a plain lower-case identifier, got '$DB_NAME'"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    die "needs root (or passwordless sudo) to run: $*"
  fi
}

# psql as the postgres OS user over the Unix socket (peer or trust auth), from a readable directory.
psql_su() {
  (cd / && as_root runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$PG_PORT" "$@")
}

# psql over TCP as the postgres role, never prompting for a password.
psql_tcp() {
  env -u PGPASSWORD PGCONNECT_TIMEOUT=10 psql -X -q -w -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U postgres "$@"
}

ready() { pg_isready -q -h "$PG_HOST" -p "$PG_PORT" >/dev/null 2>&1; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

postgis_control=/usr/share/postgresql/${PG_VERSION}/extension/postgis.control

# apt-get update only when the package lists are missing or older than an hour.
apt_update_if_stale() {
  if [ -z "$(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mmin -60 -print -quit 2>/dev/null)" ]; then
    log "apt-get update"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  fi
}

started=$SECONDS

# 1. Packages.
if ! ready || [ ! -e "$postgis_control" ]; then
  if installed "postgresql-${PG_VERSION}" && installed "postgresql-${PG_VERSION}-postgis-3" && [ -e "$postgis_control" ]; then
    log "postgresql-${PG_VERSION} and PostGIS are installed"
  else
    log "installing postgresql-${PG_VERSION} and postgresql-${PG_VERSION}-postgis-3"
    apt_update_if_stale
    # A UTF-8 locale, so that a cluster created by the package is UTF8 and not SQL_ASCII.
    as_root env DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 LC_ALL=C.UTF-8 \
      apt-get install -y -q --no-install-recommends "postgresql-${PG_VERSION}" "postgresql-${PG_VERSION}-postgis-3" >&2 ||
      die "apt-get install of postgresql-${PG_VERSION} postgresql-${PG_VERSION}-postgis-3 failed"
  fi
fi
command -v pg_ctlcluster >/dev/null 2>&1 || die "pg_ctlcluster not found (package postgresql-common missing?)"
[ -e "$postgis_control" ] || die "PostGIS is still missing: $postgis_control does not exist"

# 2. Cluster.
if ! ready; then
  if [ ! -d "/etc/postgresql/${PG_VERSION}/${CLUSTER}" ]; then
    log "creating cluster ${PG_VERSION}/${CLUSTER} on port ${PG_PORT}"
    as_root env LANG=C.UTF-8 LC_ALL=C.UTF-8 pg_createcluster --locale=C.UTF-8 -p "$PG_PORT" "$PG_VERSION" "$CLUSTER" >&2
  fi
  log "starting cluster ${PG_VERSION}/${CLUSTER}"
  # An "already running" answer is fine (e.g. the cluster listens only on the socket); readiness decides.
  as_root pg_ctlcluster --skip-systemctl-redirect "$PG_VERSION" "$CLUSTER" start >&2 ||
    log "pg_ctlcluster start returned non-zero; waiting for the server anyway"
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" -t 60 ||
    die "PostgreSQL is not accepting connections on ${PG_HOST}:${PG_PORT} (see /var/log/postgresql/postgresql-${PG_VERSION}-${CLUSTER}.log)"
fi
log "server ready on ${PG_HOST}:${PG_PORT}"

# 3. Password-less TCP access for the postgres superuser (loopback only).
if ! psql_tcp -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  hba_file=$(psql_su -d postgres -Atc 'show hba_file') || die "cannot connect as the postgres OS user to read hba_file"
  if ! as_root grep -qF "$HBA_MARK" "$hba_file"; then
    log "adding a loopback-only trust rule for the postgres role to $hba_file"
    tmp=$(mktemp)
    {
      printf '%s: local test access for the postgres superuser over TCP (loopback only)\n' "$HBA_MARK"
      printf 'host    all             postgres        127.0.0.1/32            trust\n'
      printf 'host    all             postgres        ::1/128                 trust\n'
      as_root cat "$hba_file"
    } >"$tmp"
    as_root cp "$tmp" "$hba_file"
    rm -f "$tmp"
  fi
  psql_su -d postgres -Atc 'select pg_reload_conf()' >/dev/null
  sleep 1
  if ! err=$(psql_tcp -d postgres -Atc 'select 1' 2>&1 >/dev/null); then
    die "postgres still cannot connect over TCP without a password: $err"
  fi
fi

# 4. Database and PostGIS.
encoding=$(psql_tcp -d postgres -Atc "select pg_encoding_to_char(encoding) from pg_database where datname = 'template1'")
if [ "$encoding" != UTF8 ]; then
  log "WARNING: template1 has encoding $encoding, not UTF8: test databases will not store Chinese text properly."
  log "         Recreate the cluster with a UTF-8 locale: pg_dropcluster --stop ${PG_VERSION} ${CLUSTER} && pg_createcluster --locale=C.UTF-8 ${PG_VERSION} ${CLUSTER}"
fi
if [ -z "$(psql_tcp -d postgres -Atc "select 1 from pg_database where datname = '${DB_NAME}'")" ]; then
  log "creating database ${DB_NAME}"
  # Tolerate a concurrent creation; the check below decides.
  psql_tcp -d postgres -c "CREATE DATABASE ${DB_NAME}" >&2 || true
  [ -n "$(psql_tcp -d postgres -Atc "select 1 from pg_database where datname = '${DB_NAME}'")" ] ||
    die "could not create database ${DB_NAME}"
fi
psql_tcp -d "$DB_NAME" -c 'SET client_min_messages = warning' -c 'CREATE EXTENSION IF NOT EXISTS postgis' >&2 ||
  die "CREATE EXTENSION postgis failed in ${DB_NAME}"

versions=$(psql_tcp -d "$DB_NAME" -Atc "select current_setting('server_version') || ', PostGIS ' || postgis_lib_version()") ||
  die "PostGIS does not answer in ${DB_NAME}"
log "ready in $((SECONDS - started)) s: PostgreSQL ${versions}, database ${DB_NAME}"
printf 'DATABASE_URL=%s\n' "$DATABASE_URL_OUT"
