#!/usr/bin/env bash
# Starts the packaged HumanLink bundle on Payara Micro.
# The README's run command and every integration test start the app through this one launcher, so what we test is
# what we run. All settings come from the environment (see config/example.env); nothing secret is baked into the jar.
#
#   HUMANLINK_HTTP_PORT    HTTP port (8080)
#   HUMANLINK_DATA_DIR     where dev keys, the embedded database and the generated post-boot file live (./.humanlink)
#   HUMANLINK_DB_URL       jdbc:postgresql://host:port/db — when unset, an embedded H2 file database is used
#   HUMANLINK_DB_USER / HUMANLINK_DB_PASSWORD
#   HUMANLINK_PROFILE      dev | test | prod: selects config/profiles/microprofile-config-<profile>.properties (prod:
#                          a forgotten variable must not give a server demo accounts and tokens in its log; run.sh,
#                          the integration tests and boot-benchmark.sh name their profile)
#   HUMANLINK_JWT_PRIVATE_KEY_LOCATION + MP_JWT_VERIFY_PUBLICKEY_LOCATION  file: URLs; when unset, dev keys are
#                          generated once into $HUMANLINK_DATA_DIR/keys (refused for the prod profile)
#   HUMANLINK_JAVA_OPTS    extra JVM options; JAVA_HOME picks the JDK (21+; Temurin 25 is preferred when present)
#   HUMANLINK_CLUSTER      off (default: --nocluster) | on: join a Payara Micro (Hazelcast) cluster; chat messages are
#                          then relayed to the sockets on the other nodes and presence is shared (ARCHITECTURE §7)
#   HUMANLINK_CLUSTER_NAME      cluster name (humanlink); nodes join only a cluster of the same name
#   HUMANLINK_CLUSTER_INTERFACE the address the cluster binds and talks on (127.0.0.1: one machine)
#   HUMANLINK_CLUSTER_PORT      this node's cluster port (5900; the next free one is taken if it is in use)
#   HUMANLINK_CLUSTER_MEMBERS   host:port,... to discover the others by TCP/IP, no multicast
#                               (127.0.0.1:5900,127.0.0.1:5901,127.0.0.1:5902)
# Any other MicroProfile Config key can be given as an environment variable (humanlink.mail.smtp-host ->
# HUMANLINK_MAIL_SMTP_HOST) and wins over the profile file.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
bundle="${HUMANLINK_BUNDLE:-$here/target/humanlink-microbundle.jar}"
port="${HUMANLINK_HTTP_PORT:-8080}"
profile="${HUMANLINK_PROFILE:-prod}"
data="${HUMANLINK_DATA_DIR:-$repo/.humanlink}"

if [ ! -f "$bundle" ]; then
  echo "start.sh: $bundle is missing; build it with: ./mvnw -pl payara -am package -DskipTests" >&2
  exit 1
fi

if [ -n "${JAVA_HOME:-}" ]; then java_cmd="$JAVA_HOME/bin/java"
elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then java_cmd=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
else java_cmd=java; fi

mkdir -p "$data"
data="$(cd "$data" && pwd)"

if [ -z "${HUMANLINK_JWT_PRIVATE_KEY_LOCATION:-}" ]; then
  if [ "$profile" = prod ]; then
    echo "start.sh: the prod profile needs HUMANLINK_JWT_PRIVATE_KEY_LOCATION and MP_JWT_VERIFY_PUBLICKEY_LOCATION" >&2
    exit 1
  fi
  "$repo/config/dev-keys.sh" "$data/keys"
  export HUMANLINK_JWT_PRIVATE_KEY_LOCATION="file:$data/keys/private.pem"
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$data/keys/public.pem"
fi

# asadmin --property values separate entries with ':' and keys from values with '=': escape both.
escape() { local v="${1//\\/\\\\}"; v="${v//:/\\:}"; v="${v//=/\\=}"; printf '%s' "$v"; }

if [ -n "${HUMANLINK_DB_URL:-}" ]; then
  ds_class=org.postgresql.ds.PGSimpleDataSource
  # reWriteBatchedInserts: the driver sends JDBC batches as multi-row inserts (the nightly job writes in batches).
  props="url=$(escape "$HUMANLINK_DB_URL"):user=$(escape "${HUMANLINK_DB_USER:-postgres}"):reWriteBatchedInserts=true"
  # Payara's pool refuses a connection without a password property; a server with trust/peer auth never asks for it.
  props="$props:password=$(escape "${HUMANLINK_DB_PASSWORD:-unused}")"
else
  mkdir -p "$data/db"
  ds_class=org.h2.jdbcx.JdbcDataSource
  props="url=$(escape "jdbc:h2:file:$data/db/humanlink;DB_CLOSE_ON_EXIT=FALSE"):user=sa:password=sa"
fi

# --sqltracelisteners=null: Payara otherwise wraps every connection and statement of the pool in a tracing proxy (its
# default SilentSqlTraceListener, for request tracing, which we do not use); under chat load that proxy cost more CPU
# than the driver calls it wrapped.
postboot="$data/post-boot-commands.asadmin"
umask 077
cat > "$postboot" <<CMDS
create-jdbc-connection-pool --datasourceclassname=$ds_class --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=${HUMANLINK_DB_POOL_MAX:-32} --isconnectvalidatereq=true --validationmethod=auto-commit --sqltracelisteners=null --property $props humanlinkPool
create-jdbc-resource --connectionpoolid=humanlinkPool jdbc/humanlink
set-batch-runtime-configuration --dataSourceLookupName=jdbc/humanlink
CMDS

cluster_opts=(--nocluster)
jvm_cluster_opts=()
case "${HUMANLINK_CLUSTER:-off}" in
  off|false|no) export HUMANLINK_CLUSTER=off ;;
  on|true|yes)
    export HUMANLINK_CLUSTER=on
    cluster_interface="${HUMANLINK_CLUSTER_INTERFACE:-127.0.0.1}"
    cluster_port="${HUMANLINK_CLUSTER_PORT:-5900}"
    cluster_members="${HUMANLINK_CLUSTER_MEMBERS:-127.0.0.1:5900,127.0.0.1:5901,127.0.0.1:5902}"
    # --nohostaware: host-aware partitioning keeps backups off members with the same address, which on one machine
    # means no backups at all, so a crashed node would take the shared presence it owned with it.
    cluster_opts=(--clustername "${HUMANLINK_CLUSTER_NAME:-humanlink}" --clustermode "tcpip:$cluster_members"
      --interfaces "$cluster_interface" --startport "$cluster_port" --nohostaware)
    # A node that stops answering (kill -9, a partition) is dropped within seconds, not Hazelcast's default minute.
    jvm_cluster_opts=(-Dhazelcast.heartbeat.interval.seconds=1 -Dhazelcast.max.no.heartbeat.seconds=8)
    ;;
  *) echo "start.sh: HUMANLINK_CLUSTER must be on or off, not '$HUMANLINK_CLUSTER'" >&2; exit 1 ;;
esac

# exec: the JVM takes this shell's PID, so a test harness (or systemd) that stops this process stops Payara.
# shellcheck disable=SC2086
exec "$java_cmd" ${HUMANLINK_JAVA_OPTS:-} "${jvm_cluster_opts[@]}" -Dmp.config.profile="$profile" -jar "$bundle" \
  --port "$port" "${cluster_opts[@]}" --postbootcommandfile "$postboot"
