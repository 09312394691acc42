#!/usr/bin/env bash
# The README's run command: builds the bundle when sources changed (or it is missing) and starts HumanLink on
# http://localhost:8080 with the embedded database and demo data, unless HUMANLINK_DB_URL points at PostgreSQL.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
if [ -z "${JAVA_HOME:-}" ] && [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
bundle="$here/target/humanlink-microbundle.jar"
if [ ! -f "$bundle" ] || [ -n "$(find "$repo"/{pom.xml,ejb-module,batch-module,web-module,config,payara/pom.xml} -newer "$bundle" -type f -print -quit)" ]; then
  (cd "$repo" && ./mvnw -B -q -pl payara -am package -DskipTests)
fi
export HUMANLINK_PROFILE="${HUMANLINK_PROFILE:-dev}"
export HUMANLINK_DEMO_ENABLED="${HUMANLINK_DEMO_ENABLED:-true}"
exec "$here/start.sh"
