# Sourced by .ci/run: installs and starts the real services the tests use (Debian packages).
# - PostgreSQL: a throwaway cluster on a unix socket in /tmp, exported as RASD_TEST_PG_URL.
# - Chromium: for the web page's end-to-end test (Playwright drives /usr/bin/chromium).
set -euo pipefail
need=()
command -v pg_ctlcluster >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_DIR=$(mktemp -d /tmp/rasd-pg.XXXXXX)
chown postgres "$PG_DIR"
su postgres -c "$PG_BIN/initdb -D $PG_DIR/data -A trust -U postgres" >/dev/null
su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -o '-k $PG_DIR -c listen_addresses=' -l $PG_DIR/log -w start" >/dev/null
su postgres -c "$PG_BIN/createdb -h $PG_DIR -U postgres rasd_test"
export RASD_TEST_PG_URL="postgresql+psycopg://postgres@/rasd_test?host=$PG_DIR"
export RASD_CHROMIUM=/usr/bin/chromium
