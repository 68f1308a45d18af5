#!/usr/bin/env bash
# Writes prisma/migrations/<timestamp>_<name>/migration.sql from the difference between the migrations and
# schema.prisma (Prisma 6.19 Wasm schema engine on an in-memory PGlite; see prisma/migrate.config.ts).
set -uo pipefail
name=${1:?usage: npm run db:migration:new -- <name>}
cd "$(dirname "$0")/.."
mkdir -p prisma/migrations
[ -f prisma/migrations/migration_lock.toml ] || printf 'provider = "postgresql"\n' > prisma/migrations/migration_lock.toml
tmp=$(mktemp)
CHECKPOINT_DISABLE=1 node node_modules/prisma6/build/index.js migrate diff --config prisma/migrate.config.ts \
  --from-migrations prisma/migrations --to-schema-datamodel prisma/.schema6.prisma --script --exit-code -o "$tmp"
rc=$?
if [ $rc -eq 0 ]; then echo "No schema changes."; rm -f "$tmp"; exit 0; fi
if [ $rc -ne 2 ]; then rm -f "$tmp"; exit $rc; fi
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir" && mv "$tmp" "$dir/migration.sql" && echo "Created $dir"
