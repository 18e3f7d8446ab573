#!/usr/bin/env bash
# Regenerates the EF Core compiled models of every database context, on both providers, and the SQL
# scripts of the SQLite migrations.
#
#   build/ef/optimize.sh
#
# A compiled model is the model EF would otherwise build from OnModelCreating at each start, written
# out as code: the host loads it instead of running the conventions for ten contexts. EF finds it by
# itself (the generated DbContextModelAttribute names its context), so nothing else refers to it.
# Run this after any change to a context's OnModelCreating, an entity's mapped properties or
# ModuleDbContext's conventions, in the same commit as the migrations: the architecture test
# `Every_compiled_model_matches_its_context` fails while a compiled model is stale. After adding or
# removing a migration, too: `Every_SQLite_migration_ships_the_script_EF_generates_for_it` fails
# while a SQLite migration has no script or a different one.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$repo"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet tool restore >/dev/null

# project folder | namespace of its contexts | SQLite context | output folder (relative to the project)
contexts=(
  "src/Modules/Registration/CapRural.Registration|CapRural.Registration.Infrastructure|RegistrationDbContext|Infrastructure/CompiledModels"
  "src/Modules/Selection/CapRural.Selection|CapRural.Selection.Infrastructure|SelectionDbContext|Infrastructure/CompiledModels"
  "src/Modules/Knowledge/CapRural.Knowledge|CapRural.Knowledge.Infrastructure|KnowledgeDbContext|Infrastructure/CompiledModels"
  "src/Modules/Meetings/CapRural.Meetings|CapRural.Meetings.Infrastructure|MeetingsDbContext|Infrastructure/CompiledModels"
  "src/CapRural.Host|CapRural.Host.Access|AccessDbContext|Access/CompiledModels"
)

# The host references every module: one build gives every project its assembly for --no-build.
echo "== Building the host and the modules"
dotnet build src/CapRural.Host/CapRural.Host.csproj --nologo -v quiet
for entry in "${contexts[@]}"; do
  IFS='|' read -r project namespace context output <<<"$entry"
  echo "== $context and its PostgreSQL variant ($project)"
  # The generator writes every file anew; removing the folder first drops files of entities that went away.
  rm -rf "${project:?}/$output"
  dotnet ef dbcontext optimize --project "$project" --no-build \
    --context "$context" --output-dir "$output" --namespace "$namespace.CompiledModels"
  postgres="${context%DbContext}PostgreSqlDbContext"
  dotnet ef dbcontext optimize --project "$project" --no-build \
    --context "$postgres" --output-dir "$output/PostgreSql" --namespace "$namespace.CompiledModels.PostgreSql"
done

# The SQL of each SQLite migration, as `dotnet ef migrations script` writes it, beside the migrations
# (Migrations/Sql/{migration}.sql): the host applies these at start instead of running EF's migrator.
echo "== SQLite migration scripts"
UPDATE_MIGRATION_SCRIPTS=1 dotnet test tests/CapRural.Architecture.Tests --nologo -v quiet \
  --filter "FullyQualifiedName~MigrationScriptTests.Every_SQLite_migration_ships_the_script_EF_generates_for_it"
