#!/usr/bin/env bash
# Starts a local PostgreSQL for the store tests and exports SUMMARIZER_TEST_PG.
# Use: `source .ci/postgres.sh` (exports into the caller) or `bash .ci/postgres.sh` (prints the export line).
# Idempotent: installs Debian's postgresql only when missing, reuses a running cluster, user and database.

summarizer_pg_user="${SUMMARIZER_PG_USER:-summarizer}"
summarizer_pg_password="${SUMMARIZER_PG_PASSWORD:-summarizer-test}"
summarizer_pg_db="${SUMMARIZER_PG_DB:-summarizer_test}"

summarizer_pg_setup() (
    set -euo pipefail
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        echo "postgres.sh: installing Debian's postgresql" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    local version
    version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
    if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
        pg_createcluster --port 5432 "$version" main >/dev/null
    fi
    local status
    status="$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 " " $4 }')"
    if [ "${status%% *}" != "5432" ]; then
        echo "postgres.sh: cluster $version/main is configured for port ${status%% *}, expected 5432" >&2
        exit 1
    fi
    if [ "${status#* }" != "online" ]; then
        pg_ctlcluster "$version" main start
    fi
    # Wait for the server to accept connections (bounded).
    local i
    for i in $(seq 1 60); do
        if runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p 5432; then break; fi
        [ "$i" = 60 ] && { echo "postgres.sh: server on 127.0.0.1:5432 did not come up" >&2; exit 1; }
        sleep 0.5
    done
    runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -p 5432 -d postgres \
        -v user="$summarizer_pg_user" -v pass="$summarizer_pg_password" <<'SQL'
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'user', :'pass')
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'user') \gexec
SELECT format('ALTER ROLE %I LOGIN PASSWORD %L', :'user', :'pass') \gexec
SQL
    if ! runuser -u postgres -- psql -tA -p 5432 -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$summarizer_pg_db'" | grep -q 1; then
        runuser -u postgres -- createdb -p 5432 -O "$summarizer_pg_user" "$summarizer_pg_db"
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
