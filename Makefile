# The commands a developer and CI share (STYLE.md 10). CI is `.ci/run`: it installs the Debian
# packages the browser tests need, then runs these same targets.

SOLUTION := Sahifa.slnx
WEB := src/Sahifa.Web

.PHONY: run test format check-format tools check-migrations ci

# Sahifa on http://localhost:5080 with SQLite in ./data and the demo articles.
run:
	dotnet run --project $(WEB)

test:
	dotnet test $(SOLUTION)

# Rewrites files to match .editorconfig; check-format only reports.
format:
	dotnet format $(SOLUTION)

check-format:
	dotnet format $(SOLUTION) --verify-no-changes

# dotnet-ef, pinned in dotnet-tools.json.
tools:
	dotnet tool restore

# Fails when the model changed and nobody added a migration.
# Both migration sets must keep up with the model: a change adds a migration to each.
check-migrations: tools
	dotnet ef migrations has-pending-model-changes --project $(WEB) --context SqliteSahifaDb
	dotnet ef migrations has-pending-model-changes --project $(WEB) --context PostgresSahifaDb

ci: check-format check-migrations test
