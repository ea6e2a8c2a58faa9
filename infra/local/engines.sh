#!/usr/bin/env bash
# Runs real Apache Kafka (KRaft, single node) and Elasticsearch on loopback, fetched from Maven
# Central by infra/local/pom.xml: no Docker. Data and logs live in <repo>/.engines (git-ignored).
#   engines.sh start    fetch if needed, start or reuse, wait until healthy
#   engines.sh stop     stop both
#   engines.sh status   say what runs
#   engines.sh env      print KAFKA_BROKERS and ELASTICSEARCH_URL exports
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
engines="${NEWSFLOW_ENGINES_DIR:-$repo/.engines}"
kafka_port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
es_port="${ELASTICSEARCH_PORT:-9200}"
timeout_s="${ENGINES_START_TIMEOUT:-180}"
es_user=newsflow-es
es_java_home="${ES_JAVA_HOME:-$(find /usr/lib/jvm -maxdepth 1 -name 'temurin-*' 2>/dev/null | sort -V | tail -n 1)}"
kafka_dir="$engines/kafka"
es_home_parent="$engines/elasticsearch"

say() { printf '[engines] %s\n' "$*"; }
fail() {
  say "ERROR: $1" >&2
  if [ -n "${2:-}" ] && [ -f "$2" ]; then say "last lines of $2:" >&2; tail -n 30 "$2" >&2; fi
  exit 1
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }
pom_version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$here/pom.xml"; }
es_home() { echo "$es_home_parent/elasticsearch-$(pom_version elasticsearch.version)"; }

fetch() {
  if [ -f "$kafka_dir/libs/kafka_2.13-$(pom_version kafka.version).jar" ] && [ -d "$(es_home)/lib" ]; then return; fi
  say "fetching Kafka $(pom_version kafka.version) and Elasticsearch $(pom_version elasticsearch.version) from Maven Central"
  command -v mvn >/dev/null || fail "mvn is not installed (apt-get install maven)"
  rm -rf "$kafka_dir/libs" "$engines/maven-markers"
  mvn -q -B -f "$here/pom.xml" -Dengines.dir="$engines" validate || fail "could not fetch the engines with Maven"
}

kafka_ready() {
  java -cp "$kafka_dir/libs/*" -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$kafka_dir/logs" \
    org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$kafka_port" --list >/dev/null 2>&1
}

start_kafka() {
  local pid_file="$kafka_dir/kafka.pid" log="$kafka_dir/logs/kafka.out"
  if alive "$pid_file" && kafka_ready; then say "Kafka already running on 127.0.0.1:$kafka_port (reused)"; return; fi
  if alive "$pid_file"; then
    [ "$(cat "$kafka_dir/kafka.port" 2>/dev/null)" = "$kafka_port" ] ||
      fail "Kafka already runs on port $(cat "$kafka_dir/kafka.port" 2>/dev/null) (pid $(cat "$pid_file")); run '$0 stop' before changing ports"
    fail "Kafka (pid $(cat "$pid_file")) runs but does not answer on port $kafka_port" "$log"
  fi
  for port in "$kafka_port" "$controller_port"; do
    port_open "$port" && fail "port $port is in use by another process; set KAFKA_PORT/KAFKA_CONTROLLER_PORT to free ports"
  done
  mkdir -p "$kafka_dir/data" "$kafka_dir/logs" "$kafka_dir/config"
  local props="$kafka_dir/config/server.properties"
  cat > "$props" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$controller_port
listeners=PLAINTEXT://127.0.0.1:$kafka_port,CONTROLLER://127.0.0.1:$controller_port
advertised.listeners=PLAINTEXT://127.0.0.1:$kafka_port
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
inter.broker.listener.name=PLAINTEXT
log.dirs=$kafka_dir/data
num.partitions=3
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
message.max.bytes=16777216
PROPS
  local java_opts=(-Xms256m -Xmx512m -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$kafka_dir/logs")
  if [ ! -f "$kafka_dir/data/meta.properties" ]; then
    local cluster_id
    cluster_id=$(java -cp "$kafka_dir/libs/*" "${java_opts[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    java -cp "$kafka_dir/libs/*" "${java_opts[@]}" kafka.tools.StorageTool format -t "$cluster_id" -c "$props" --ignore-formatted \
      > "$kafka_dir/logs/format.out" 2>&1 || fail "formatting Kafka storage failed" "$kafka_dir/logs/format.out"
  fi
  nohup java "${java_opts[@]}" -cp "$kafka_dir/libs/*" kafka.Kafka "$props" > "$log" 2>&1 &
  echo $! > "$pid_file"
  echo "$kafka_port" > "$kafka_dir/kafka.port"
  say "Kafka starting (pid $!), log $log"
}

es_ready() {
  curl -fsS --max-time 3 -D - -o /dev/null "http://127.0.0.1:$es_port/_cluster/health?wait_for_status=yellow&timeout=2s" 2>/dev/null \
    | grep -qi '^x-elastic-product: Elasticsearch'
}

start_elasticsearch() {
  local home pid_file="$es_home_parent/elasticsearch.pid" log
  home="$(es_home)"
  log="$es_home_parent/logs/newsflow.log"
  if alive "$pid_file" && es_ready; then say "Elasticsearch already running on 127.0.0.1:$es_port (reused)"; return; fi
  if alive "$pid_file"; then
    [ "$(cat "$es_home_parent/elasticsearch.port" 2>/dev/null)" = "$es_port" ] ||
      fail "Elasticsearch already runs on port $(cat "$es_home_parent/elasticsearch.port" 2>/dev/null) (pid $(cat "$pid_file")); run '$0 stop' before changing ports"
    fail "Elasticsearch (pid $(cat "$pid_file")) runs but is not healthy on port $es_port" "$log"
  fi
  port_open "$es_port" && fail "port $es_port is in use by another process; set ELASTICSEARCH_PORT to a free port"
  [ -n "$es_java_home" ] && [ -x "$es_java_home/bin/java" ] || fail "Elasticsearch 9 needs Java 21+; set ES_JAVA_HOME (none found under /usr/lib/jvm)"
  # Elasticsearch refuses to run as root, so it runs as a system user of its own.
  if [ "$(id -u)" = 0 ]; then
    id "$es_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$es_user"
  fi
  mkdir -p "$es_home_parent/data" "$es_home_parent/logs"
  cat > "$home/config/elasticsearch.yml" <<YML
cluster.name: newsflow-local
node.name: newsflow-local-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $es_port
transport.port: $((es_port + 100))
path.data: $es_home_parent/data
path.logs: $es_home_parent/logs
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YML
  rm -f "$pid_file"
  local run=(env ES_JAVA_HOME="$es_java_home" ES_JAVA_OPTS="-Xms768m -Xmx768m" "$home/bin/elasticsearch" -d -p "$pid_file")
  if [ "$(id -u)" = 0 ]; then
    chown -R "$es_user" "$es_home_parent"
    runuser -u "$es_user" -- test -x "$es_home_parent" ||
      fail "user $es_user cannot reach $es_home_parent: put the repository in a folder other users can traverse, or set NEWSFLOW_ENGINES_DIR"
    runuser -u "$es_user" -- "${run[@]}" > "$es_home_parent/logs/launch.out" 2>&1 ||
      fail "Elasticsearch failed to start" "$es_home_parent/logs/launch.out"
  else
    "${run[@]}" > "$es_home_parent/logs/launch.out" 2>&1 || fail "Elasticsearch failed to start" "$es_home_parent/logs/launch.out"
  fi
  echo "$es_port" > "$es_home_parent/elasticsearch.port"
  say "Elasticsearch starting (pid $(cat "$pid_file" 2>/dev/null)), log $es_home_parent/logs/newsflow-local.log"
}

# wait_until NAME READY_CHECK PID_FILE EXIT_LOG TIMEOUT_LOG ENDPOINT
wait_until() {
  local name=$1 ready=$2 pid_file=$3 exit_log=$4 timeout_log=$5 endpoint=$6 deadline=$((SECONDS + timeout_s))
  until "$ready"; do
    alive "$pid_file" || fail "$name exited during start-up" "$exit_log"
    [ $SECONDS -lt $deadline ] || fail "$name was not ready within ${timeout_s}s" "$timeout_log"
    sleep 1
  done
  say "$name ready on $endpoint"
}

stop_pid() {
  local name=$1 pid_file=$2
  alive "$pid_file" || { rm -f "$pid_file"; return 0; }
  local pid; pid=$(cat "$pid_file")
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid" 2>/dev/null || true
  rm -f "$pid_file"
  say "$name stopped"
}

case "${1:-}" in
  start)
    started=$SECONDS
    fetch
    start_kafka
    start_elasticsearch
    wait_until Kafka kafka_ready "$kafka_dir/kafka.pid" "$kafka_dir/logs/kafka.out" "$kafka_dir/logs/server.log" "127.0.0.1:$kafka_port"
    es_log="$es_home_parent/logs/newsflow-local.log"
    wait_until Elasticsearch es_ready "$es_home_parent/elasticsearch.pid" "$es_log" "$es_log" "http://127.0.0.1:$es_port"
    say "engines ready in $((SECONDS - started))s"
    ;;
  stop)
    stop_pid Kafka "$kafka_dir/kafka.pid"
    stop_pid Elasticsearch "$es_home_parent/elasticsearch.pid"
    ;;
  status)
    if alive "$kafka_dir/kafka.pid"; then say "Kafka: running (pid $(cat "$kafka_dir/kafka.pid")) on $kafka_port"; else say "Kafka: stopped"; fi
    if alive "$es_home_parent/elasticsearch.pid"; then say "Elasticsearch: running (pid $(cat "$es_home_parent/elasticsearch.pid")) on $es_port"; else say "Elasticsearch: stopped"; fi
    ;;
  env)
    echo "export KAFKA_BROKERS=127.0.0.1:$kafka_port"
    echo "export ELASTICSEARCH_URL=http://127.0.0.1:$es_port"
    ;;
  *)
    echo "usage: $0 start|stop|status|env" >&2
    exit 2
    ;;
esac
