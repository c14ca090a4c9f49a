#!/usr/bin/env bash
# Install and start what the test suite needs beyond Python: a PostgreSQL server, headless
# Chromium for browser tests and a Java runtime for Spark. Idempotent; writes .ci/services.env.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive

need=()
command -v pg_ctlcluster >/dev/null || need+=(postgresql)
command -v chromium >/dev/null || need+=(chromium)
command -v java >/dev/null || need+=(default-jre-headless)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi

# PostgreSQL: start the packaged cluster and make a superuser role for the tests.
version=$(ls /etc/postgresql | sort -V | tail -n 1)
pg_ctlcluster "$version" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_roles WHERE rolname='armsledger'\" | grep -q 1 || psql -q -c \"CREATE ROLE armsledger LOGIN SUPERUSER PASSWORD 'armsledger'\""
su postgres -c "psql -q -tc \"SELECT 1 FROM pg_database WHERE datname='armsledger_test'\" | grep -q 1 || createdb -O armsledger armsledger_test"

# Java for Spark (pyspark 4 needs Java 17 or later): fail early with a clear line otherwise.
java_major=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1)
if [ "${java_major:-0}" -lt 17 ]; then
  echo "Java ${java_major:-missing} found; the Spark tests need Java 17+ (default-jre-headless on Debian 12)" >&2
  exit 1
fi

cat > .ci/services.env <<ENV
export JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
export ARMSLEDGER_TEST_PG=postgresql://armsledger:armsledger@127.0.0.1:5432/armsledger_test
export ARMSLEDGER_CHROMIUM=$(command -v chromium)
ENV
echo "services ready: PostgreSQL $version, $(chromium --version 2>/dev/null | head -n 1), $(java -version 2>&1 | head -n 1)"
