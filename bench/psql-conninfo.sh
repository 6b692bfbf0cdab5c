#!/usr/bin/env bash
# psql's form of an Npgsql connection string: its host, port, user, password and database (Npgsql's other settings,
# such as pooling, left out). Usage: bench/psql-conninfo.sh "Host=...;Port=...;Username=...;Database=..."
set -euo pipefail
echo "$1" | tr ';' '\n' | grep -iE '^(Host|Port|Username|Password|Database)=' \
  | sed 's/^Host=/host=/I; s/^Port=/port=/I; s/^Username=/user=/I; s/^Password=/password=/I; s/^Database=/dbname=/I' | tr '\n' ' '
