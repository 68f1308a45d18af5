#!/usr/bin/env bash
# Fails when prisma/schema.prisma has changes that no migration in prisma/migrations carries.
set -uo pipefail
cd "$(dirname "$0")/.."
CHECKPOINT_DISABLE=1 node node_modules/prisma6/build/index.js migrate diff --config prisma/migrate.config.ts \
  --from-migrations prisma/migrations --to-schema-datamodel prisma/.schema6.prisma --exit-code > /dev/null
rc=$?
case $rc in
  0) echo "Migrations match prisma/schema.prisma." ;;
  2) echo "prisma/schema.prisma has changes without a migration: run npm run db:migration:new -- <name>" >&2; exit 1 ;;
  *) echo "Migration check failed (exit $rc)." >&2; exit $rc ;;
esac
