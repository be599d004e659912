#!/usr/bin/env bash
# Starts a local PostgreSQL for the store tests and exports SUMMARIZER_TEST_PG.
# Use: `source .ci/postgres.sh` (exports into the caller) or `bash .ci/postgres.sh` (prints the export line).
# Idempotent: installs Debian's postgresql only when missing, reuses a running cluster, user and database.
# Runs as root, or as a user with sudo (apt-get, pg_createcluster and the postgres user need it).

# Root runs tools itself; anyone else goes through sudo, and is told so when sudo is missing.
summarizer_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else echo "postgres.sh: needs root or sudo to run: $*" >&2; return 1
    fi
}
summarizer_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo -u postgres -- "$@"
    else echo "postgres.sh: needs root or sudo to run as postgres: $*" >&2; return 1
    fi
}

summarizer_pg_user="${SUMMARIZER_PG_USER:-summarizer}"
summarizer_pg_password="${SUMMARIZER_PG_PASSWORD:-summarizer-test}"
summarizer_pg_db="${SUMMARIZER_PG_DB:-summarizer_test}"

summarizer_pg_setup() (
    set -euo pipefail
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        echo "postgres.sh: installing Debian's postgresql" >&2
        summarizer_as_root apt-get update -qq
        summarizer_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    local version
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
        summarizer_as_root pg_createcluster --port 5432 "$version" main >/dev/null
    fi
    local status
    status="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 " " $4 }')"
    if [ "${status%% *}" != "5432" ]; then
        echo "postgres.sh: cluster $version/main is configured for port ${status%% *}, expected 5432" >&2
        exit 1
    fi
    if [ "${status#* }" != "online" ]; then
        summarizer_as_root pg_ctlcluster "$version" main start
    fi
    # Wait for the server to accept connections (bounded).
    local i
    for i in $(seq 1 60); do
        if summarizer_as_postgres pg_isready -q -h 127.0.0.1 -p 5432; then break; fi
        [ "$i" = 60 ] && { echo "postgres.sh: server on 127.0.0.1:5432 did not come up" >&2; exit 1; }
        sleep 0.5
    done
    summarizer_as_postgres psql -q -v ON_ERROR_STOP=1 -p 5432 -d postgres \
        -v user="$summarizer_pg_user" -v pass="$summarizer_pg_password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'user', :'pass')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'user', :'pass') \gexec
SQL
    if ! summarizer_as_postgres psql -tA -p 5432 -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$summarizer_pg_db'" | grep -q 1; then
        summarizer_as_postgres createdb -p 5432 -O "$summarizer_pg_user" "$summarizer_pg_db"
    fi
)

if summarizer_pg_setup; then
    export SUMMARIZER_TEST_PG="Host=127.0.0.1;Port=5432;Username=${summarizer_pg_user};Password=${summarizer_pg_password};Database=${summarizer_pg_db}"
    echo "export SUMMARIZER_TEST_PG=\"$SUMMARIZER_TEST_PG\""
else
    echo "postgres.sh: PostgreSQL setup failed; the PostgreSQL store tests will fail without SUMMARIZER_TEST_PG" >&2
    # shellcheck disable=SC2317
    return 1 2>/dev/null || exit 1
fi
