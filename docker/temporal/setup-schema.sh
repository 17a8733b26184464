#!/bin/sh
# Creates Temporal's two PostgreSQL databases and migrates their schemas to the version this
# admin-tools image ships, which must match the server image's version. Safe on every start:
# creating an existing database is a no-op and update-schema applies only newer versions.
set -eu
: "${POSTGRES_SEEDS:?}" "${POSTGRES_USER:?}" "${SQL_PASSWORD:?}" "${DB_PORT:?}"

schemas=/etc/temporal/schema/postgresql/v12

sql() {
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$DB_PORT" -u "$POSTGRES_USER" "$@"
}

for pair in temporal:temporal temporal_visibility:visibility; do
  db=${pair%%:*}
  dir=${pair#*:}
  sql --db "$db" create
  sql --db "$db" setup-schema -v 0.0
  sql --db "$db" update-schema -d "$schemas/$dir/versioned"
done
echo "temporal schemas ready"
