#!/usr/bin/env bash
# Adds a migration named $1 to BOTH migration sets: SQLite (SellerDb, App/Data/Migrations) and PostgreSQL
# (PostgresSellerDb, App/Data/Migrations/Postgres). Run from anywhere; needs the SDK only.
#
# Why a script: dotnet-ef writes the PostgreSQL model snapshot by namespace (SellerConsole/Data/Migrations/
# Postgres/) rather than into --output-dir, and a snapshot left there makes the next migration a delta
# against the wrong model. This puts every file where the build expects it and stops if a set is missing.
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh MigrationName}"
cd "$(dirname "$0")/.."

dotnet tool restore >/dev/null
dotnet build SellerConsole.csproj -nologo -v q
dotnet ef migrations add "$name" --context SellerDb --output-dir App/Data/Migrations \
  --namespace SellerConsole.Data.Migrations --no-build
dotnet ef migrations add "$name" --context PostgresSellerDb --output-dir App/Data/Migrations/Postgres \
  --namespace SellerConsole.Data.Migrations.Postgres --no-build

# Files dotnet-ef put under a folder named after the namespace go where the build and the next run look.
if [ -d SellerConsole ]; then
  find SellerConsole -name '*.cs' -path '*Migrations/Postgres/*' -exec mv -f {} App/Data/Migrations/Postgres/ \;
  find SellerConsole -name '*.cs' -path '*Migrations/*' ! -path '*Postgres*' -exec mv -f {} App/Data/Migrations/ \;
  rm -rf SellerConsole
fi

for dir in App/Data/Migrations App/Data/Migrations/Postgres; do
  if ! ls "$dir"/*_"$name".cs >/dev/null 2>&1; then
    echo "No $name migration in $dir: check the output above." >&2
    exit 1
  fi
done
dotnet build SellerConsole.csproj -nologo -v q
echo "Added $name to both sets. Review the two Up() methods: they should make the same change."
