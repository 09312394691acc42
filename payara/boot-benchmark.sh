#!/usr/bin/env bash
# Boot-time benchmark: HumanLink's bundle vs bare Payara Micro, measured in the same run on the same machine.
# Prints the median wall time from process start to "serving" for each, and their ratio. Not a test: run it by hand
#   payara/boot-benchmark.sh [runs] [postgres|h2]
# after `./mvnw -pl payara -am package -DskipTests`. "Serving" is /health/ready = UP for HumanLink (Flyway done, app
# deployed, database reachable) and the first HTTP answer for bare Payara Micro (nothing deployed).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
runs="${1:-3}"
db="${2:-postgres}"
java_home="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
bare_jar="$HOME/.m2/repository/fish/payara/extras/payara-micro/7.2025.1/payara-micro-7.2025.1.jar"
[ -f "$bare_jar" ] || (cd "$here/.." && ./mvnw -q dependency:get -Dartifact=fish.payara.extras:payara-micro:7.2025.1)
port=18089
work="$(mktemp -d)"
trap 'pkill -f "payara.*--port $port" || true; rm -rf "$work"' EXIT

millis() { date +%s%3N; }

wait_until() {  # $1 = url, $2 = "up" (health UP) or "any" (any HTTP answer); prints elapsed ms since $3
  local url="$1" mode="$2" start="$3"
  for _ in $(seq 1 1800); do
    if [ "$mode" = up ]; then
      curl -sf "$url" 2>/dev/null | grep -q '"status":"UP"' && { echo $(( $(millis) - start )); return; }
    else
      [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" != 000 ] && { echo $(( $(millis) - start )); return; }
    fi
    sleep 0.1
  done
  echo "timed out waiting for $url" >&2; return 1
}

stop() { kill "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

bare=(); app=()
for i in $(seq 1 "$runs"); do
  start=$(millis)
  "$java_home/bin/java" -jar "$bare_jar" --port "$port" --nocluster > "$work/bare-$i.log" 2>&1 &
  pid=$!
  bare+=("$(wait_until "http://127.0.0.1:$port/" any "$start")")
  stop "$pid"

  dbname="humanlink_boot_$$_$i"
  envs=(HUMANLINK_HTTP_PORT="$port" HUMANLINK_DATA_DIR="$work/app-$i" HUMANLINK_PROFILE=test HUMANLINK_DEMO_ENABLED=false)
  if [ "$db" = postgres ]; then
    psql -h 127.0.0.1 -U postgres -qc "create database $dbname" >/dev/null
    envs+=(HUMANLINK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$dbname" HUMANLINK_DB_USER=postgres)
  fi
  start=$(millis)
  env "${envs[@]}" JAVA_HOME="$java_home" "$here/start.sh" > "$work/app-$i.log" 2>&1 &
  pid=$!
  app+=("$(wait_until "http://127.0.0.1:$port/health/ready" up "$start")")
  stop "$pid"
  [ "$db" = postgres ] && psql -h 127.0.0.1 -U postgres -qc "drop database $dbname" >/dev/null
  echo "run $i: bare Payara Micro ${bare[-1]} ms, HumanLink ${app[-1]} ms"
done

bare_median=$(printf '%s\n' "${bare[@]}" | median)
app_median=$(printf '%s\n' "${app[@]}" | median)
echo "bare Payara Micro 7.2025.1: median ${bare_median} ms to first HTTP answer ($runs runs)"
echo "HumanLink ($db, fresh schema): median ${app_median} ms to /health/ready UP ($runs runs)"
awk -v a="$app_median" -v b="$bare_median" 'BEGIN { printf "boot ratio HumanLink / bare = %.2f\n", a / b }'
