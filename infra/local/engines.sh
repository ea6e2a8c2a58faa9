#!/usr/bin/env bash
# Runs real Apache Kafka (KRaft, one combined broker+controller) and real Elasticsearch on
# 127.0.0.1, fetched from Maven Central by infra/local/pom.xml: no Docker. Jars, data, pid files
# and logs live in <repo>/.engines (git-ignored; NEWSFLOW_ENGINES_DIR overrides).
#
#   engines.sh start    fetch if needed, start or reuse both, wait until they answer (idempotent)
#   engines.sh stop [kafka|elasticsearch]  stop what this script started (SIGTERM, then SIGKILL after 30 s)
#   engines.sh status   say what runs; exit 0 only if both answer
#   engines.sh env      print  export KAFKA_BROKERS=…  and  export ELASTICSEARCH_URL=…
#
# Environment: KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093), ELASTICSEARCH_PORT (9200),
# ELASTICSEARCH_TRANSPORT_PORT (ELASTICSEARCH_PORT+100), ENGINES_START_TIMEOUT (180 s),
# KAFKA_HEAP (512m), ELASTICSEARCH_HEAP (512m), KAFKA_JAVA_HOME (default: java on PATH, 17+),
# ES_JAVA_HOME (default: newest JDK 21+ under /usr/lib/jvm), NEWSFLOW_ENGINES_DIR.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
engines="${NEWSFLOW_ENGINES_DIR:-$repo/.engines}"
kafka_port="${KAFKA_PORT:-9092}"
controller_port="${KAFKA_CONTROLLER_PORT:-9093}"
es_port="${ELASTICSEARCH_PORT:-9200}"
es_transport_port="${ELASTICSEARCH_TRANSPORT_PORT:-$((es_port + 100))}"
timeout_s="${ENGINES_START_TIMEOUT:-180}"
kafka_heap="${KAFKA_HEAP:-512m}"
es_heap="${ELASTICSEARCH_HEAP:-512m}"
es_user=newsflow-es

say() { printf '[engines] %s\n' "$*"; }
fail() { # message [log file...]
  local message=$1 file; shift
  say "ERROR: $message" >&2
  for file in "$@"; do
    if [ -s "$file" ]; then say "last lines of $file:" >&2; tail -n 25 "$file" | sed 's/^/    /' >&2; fi
  done
  exit 1
}
for port in "$kafka_port" "$controller_port" "$es_port" "$es_transport_port" "$timeout_s"; do
  [[ "$port" =~ ^[0-9]+$ ]] || fail "not a number: '$port' (check KAFKA_PORT, KAFKA_CONTROLLER_PORT, ELASTICSEARCH_PORT, ENGINES_START_TIMEOUT)"
done

pom_version() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$here/pom.xml" | head -n 1; }
kafka_version="$(pom_version kafka.version)"
es_version="$(pom_version elasticsearch.version)"
kafka_dir="$engines/kafka"
kafka_lib="$kafka_dir/lib-$kafka_version"
kafka_pid_file="$kafka_dir/kafka.pid"
kafka_out="$kafka_dir/logs/kafka.out"
kafka_log="$kafka_dir/logs/server.log"
es_dir="$engines/elasticsearch"
es_home="$es_dir/elasticsearch-$es_version"
es_pid_file="$es_dir/elasticsearch.pid"
es_log="$es_dir/logs/newsflow-local.log"
es_launch_log="$es_dir/logs/launch.out"

now() { echo "${EPOCHREALTIME:-$(date +%s.%N)}"; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
port_owner() { # best effort: "java (pid 123)" for a listening port
  command -v ss >/dev/null || return 0
  ss -Htlnp "sport = :$1" 2>/dev/null | sed -n 's/.*users:(("\([^"]*\)",pid=\([0-9]*\).*/\1 (pid \2)/p' | head -n 1
}
busy() { local owner; owner="$(port_owner "$1")"; echo "port $1 is already in use${owner:+ by $owner}"; }
# A pid file counts only if its process is alive and is the engine it should be.
running() { # pid_file cmdline_pattern
  local pid
  [ -f "$1" ] && pid="$(cat "$1" 2>/dev/null)" && [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$2"
}
kafka_running() { running "$kafka_pid_file" 'kafka\.Kafka'; }
es_running() { running "$es_pid_file" 'org\.elasticsearch\.'; }

java_major() { # java binary -> feature version, e.g. 17
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n 1
}
kafka_java() {
  local java="${KAFKA_JAVA_HOME:+$KAFKA_JAVA_HOME/bin/java}"
  java="${java:-$(command -v java || true)}"
  [ -n "$java" ] && [ -x "$java" ] || fail "Kafka needs Java 17+: no java on PATH (set KAFKA_JAVA_HOME)"
  [ "$(java_major "$java")" -ge 17 ] 2>/dev/null || fail "Kafka $kafka_version needs Java 17+, $java is $(java_major "$java") (set KAFKA_JAVA_HOME)"
  echo "$java"
}
es_java_home() {
  if [ -n "${ES_JAVA_HOME:-}" ]; then echo "$ES_JAVA_HOME"; return; fi
  local jdk best="" best_major=0 major
  for jdk in /usr/lib/jvm/*/; do
    jdk="${jdk%/}"
    [ -x "$jdk/bin/java" ] && [ ! -L "$jdk" ] || continue
    major="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$jdk/release" 2>/dev/null)"
    [ -n "$major" ] && [ "$major" -gt "$best_major" ] && best="$jdk" best_major="$major"
  done
  [ "$best_major" -ge 21 ] || fail "Elasticsearch $es_version needs Java 21+ and none was found under /usr/lib/jvm; set ES_JAVA_HOME"
  echo "$best"
}

fetch() {
  local skip_kafka=true skip_es=true
  [ -f "$kafka_lib/.complete" ] || skip_kafka=false
  [ -f "$es_home/.complete" ] || skip_es=false
  if $skip_kafka && $skip_es; then return; fi
  command -v mvn >/dev/null || fail "mvn is not installed (apt-get install maven)"
  local started; started="$(now)"
  $skip_kafka || { say "fetching Kafka $kafka_version from Maven Central"; rm -rf "$kafka_lib"; }
  $skip_es || {
    say "fetching Elasticsearch $es_version from Maven Central"
    rm -rf "$es_home" "$engines/.maven/dependency-maven-plugin-markers" "$engines/maven-markers"
  }
  mkdir -p "$engines"
  mvn -q -B -Dstyle.color=never -f "$here/pom.xml" -Dengines.dir="$engines" -Dskip.kafka="$skip_kafka" -Dskip.elasticsearch="$skip_es" \
    validate > "$engines/fetch.log" 2>&1 || fail "could not fetch the engines with Maven" "$engines/fetch.log"
  if ! $skip_kafka; then
    [ -f "$kafka_lib/kafka_2.13-$kafka_version.jar" ] || fail "Maven did not put kafka_2.13-$kafka_version.jar in $kafka_lib" "$engines/fetch.log"
    touch "$kafka_lib/.complete"
  fi
  if ! $skip_es; then
    [ -x "$es_home/bin/elasticsearch" ] || fail "Maven did not unpack Elasticsearch into $es_home" "$engines/fetch.log"
    # Elasticsearch writes its keystore into config/, so its own user owns the distribution.
    if [ "$(id -u)" = 0 ]; then ensure_es_user; chown -R "$es_user:" "$es_home"; fi
    touch "$es_home/.complete"
  fi
  say "fetched in $(since "$started")s"
  # Other versions fetched earlier (and the jar folder of older layouts) go, unless an engine runs.
  if ! kafka_running; then
    find "$kafka_dir" -mindepth 1 -maxdepth 1 -type d \( -name 'lib-*' -o -name libs \) ! -path "$kafka_lib" -exec rm -rf {} +
  fi
  if ! es_running; then
    find "$es_dir" -mindepth 1 -maxdepth 1 -type d -name 'elasticsearch-*' ! -path "$es_home" -exec rm -rf {} +
  fi
}

ensure_es_user() {
  id "$es_user" >/dev/null 2>&1 && return
  useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$es_user" ||
    fail "could not create the system user $es_user (Elasticsearch refuses to run as root)"
}

# ---------------------------------------------------------------- Kafka
kafka_tool() { # class args... : runs a Kafka tool with a short timeout; its warnings go to tools.log
  timeout --kill-after=5 30 "$java" -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$kafka_dir/logs" \
    -Dkafka.log.file=tools.log -Dkafka.log.level=warn \
    -cp "$kafka_lib/*" "$@"
}
# Readiness: Kafka's own TopicCommand lists the topics, so the broker answers metadata requests.
kafka_ready() {
  port_open "$kafka_port" || return 1
  kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "127.0.0.1:$kafka_port" \
    --command-config "$kafka_dir/config/tools.properties" --list > /dev/null 2>&1
}

# Checks come first for both engines, so that a busy port fails the start before anything is launched.
kafka_state=""  # reused | starting | launch
check_kafka() {
  mkdir -p "$kafka_dir/data" "$kafka_dir/logs" "$kafka_dir/config"
  printf 'request.timeout.ms=3000\ndefault.api.timeout.ms=5000\n' > "$kafka_dir/config/tools.properties"
  if kafka_running; then
    local running_port; running_port="$(cat "$kafka_dir/kafka.port" 2>/dev/null || echo '?')"
    [ "$running_port" = "$kafka_port" ] ||
      fail "Kafka (pid $(cat "$kafka_pid_file")) already runs on port $running_port; run '$0 stop' before changing KAFKA_PORT"
    if kafka_ready; then
      say "Kafka $kafka_version already running on 127.0.0.1:$kafka_port (pid $(cat "$kafka_pid_file")): reused"
      kafka_state=reused; return
    fi
    say "Kafka (pid $(cat "$kafka_pid_file")) runs but does not answer yet; waiting for it"
    kafka_state=starting; return
  fi
  rm -f "$kafka_pid_file"
  if port_open "$kafka_port"; then
    if kafka_ready; then
      say "a Kafka not started by this script answers on 127.0.0.1:$kafka_port: reused ('stop' leaves it alone)"
      kafka_state=reused; return
    fi
    fail "$(busy "$kafka_port"), and it is not a Kafka broker; stop it or set KAFKA_PORT"
  fi
  port_open "$controller_port" && fail "$(busy "$controller_port") (Kafka's controller port); stop it or set KAFKA_CONTROLLER_PORT"
  kafka_state=launch
}

launch_kafka() {
  [ "$kafka_state" = launch ] || return 0
  kafka_launched=true

  local props="$kafka_dir/config/server.properties"
  cat > "$props" <<PROPS
# Written by infra/local/engines.sh on each start; edit the script, not this file.
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
default.replication.factor=1
auto.create.topics.enable=false
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
message.max.bytes=16777216
PROPS
  if [ ! -f "$kafka_dir/data/meta.properties" ]; then
    local cluster_id
    cluster_id="$(kafka_tool kafka.tools.StorageTool random-uuid 2>> "$kafka_dir/logs/format.out" | tail -n 1)"
    [[ "$cluster_id" =~ ^[A-Za-z0-9_-]{22}$ ]] || fail "kafka.tools.StorageTool random-uuid printed no cluster id" "$kafka_dir/logs/format.out"
    kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$props" --ignore-formatted \
      >> "$kafka_dir/logs/format.out" 2>&1 || fail "formatting Kafka's storage failed" "$kafka_dir/logs/format.out"
    say "Kafka storage formatted (cluster id $cluster_id)"
  fi
  # setsid: the broker must not share the caller's process group (Ctrl-C, CI job control);
  # 9>&-: nor inherit (and so hold forever) this script's lock.
  setsid nohup "$java" -Xms256m "-Xmx$kafka_heap" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
    -Dlog4j2.configurationFile="$here/log4j2.properties" -Dkafka.logs.dir="$kafka_dir/logs" \
    -cp "$kafka_lib/*" kafka.Kafka "$props" > "$kafka_out" 2>&1 < /dev/null 9>&- &
  echo $! > "$kafka_pid_file"
  echo "$kafka_port" > "$kafka_dir/kafka.port"
  say "Kafka $kafka_version starting (pid $!), log $kafka_log"
  kafka_state=starting
}

wait_kafka() {
  [ "$kafka_state" = starting ] || return 0
  local deadline=$((SECONDS + timeout_s))
  until kafka_ready; do
    kafka_running || { rm -f "$kafka_pid_file"; fail "Kafka exited during start-up; see $kafka_log" "$kafka_out" "$kafka_log"; }
    if [ $SECONDS -ge $deadline ]; then
      stop_engine Kafka "$kafka_pid_file" 'kafka\.Kafka' > /dev/null
      fail "Kafka did not answer on 127.0.0.1:$kafka_port within ${timeout_s}s and was stopped; see $kafka_log" "$kafka_log"
    fi
    sleep 1
  done
  say "Kafka ready on 127.0.0.1:$kafka_port after $(since "$t0")s"
}

# ---------------------------------------------------------------- Elasticsearch
es_get() { # path -> body; fails unless Elasticsearch itself answered 2xx
  local headers; headers="$(mktemp)"
  if curl -fsS --max-time 10 -D "$headers" "http://127.0.0.1:$es_port$1" 2>/dev/null &&
    grep -qi '^x-elastic-product: *Elasticsearch' "$headers"; then rm -f "$headers"; return 0; fi
  rm -f "$headers"; return 1
}
es_ready() { es_get "/_cluster/health?wait_for_status=yellow&timeout=2s" > /dev/null; }
es_running_version() { es_get "/_nodes/_local?filter_path=nodes.*.version" | sed -n 's/.*"version":"\([^"]*\)".*/\1/p'; }

es_state=""  # reused | starting | foreign | launch
check_elasticsearch() {
  if es_running; then
    local running_port; running_port="$(cat "$es_dir/elasticsearch.port" 2>/dev/null || echo '?')"
    [ "$running_port" = "$es_port" ] ||
      fail "Elasticsearch (pid $(cat "$es_pid_file")) already runs on port $running_port; run '$0 stop' before changing ELASTICSEARCH_PORT"
    if es_ready; then
      say "Elasticsearch $es_version already running on 127.0.0.1:$es_port (pid $(cat "$es_pid_file")): reused"
      es_state=reused; return
    fi
    say "Elasticsearch (pid $(cat "$es_pid_file")) runs but is not healthy yet; waiting for it"
    es_state=starting; return
  fi
  if port_open "$es_port"; then
    local version
    version="$(es_running_version || true)"
    [ -n "$version" ] || fail "$(busy "$es_port"), and it is not Elasticsearch; stop it or set ELASTICSEARCH_PORT"
    [ "${version%%.*}" = "${es_version%%.*}" ] ||
      fail "Elasticsearch $version (not started by this script) answers on port $es_port, but the apps' client needs ${es_version%%.*}.x; stop it or set ELASTICSEARCH_PORT"
    say "an Elasticsearch $version not started by this script answers on 127.0.0.1:$es_port: reused ('stop' leaves it alone)"
    es_state=foreign; return  # still waits for yellow
  fi
  port_open "$es_transport_port" && fail "$(busy "$es_transport_port") (Elasticsearch's transport port); stop it or set ELASTICSEARCH_TRANSPORT_PORT"
  es_state=launch
}

launch_elasticsearch() {
  [ "$es_state" = launch ] || return 0
  es_launched=true

  local java_home; java_home="$(es_java_home)"
  mkdir -p "$es_dir/data" "$es_dir/logs"
  cat > "$es_home/config/elasticsearch.yml" <<YML
# Written by infra/local/engines.sh on each start; edit the script, not this file.
cluster.name: newsflow-local
node.name: newsflow-local-1
discovery.type: single-node
network.host: 127.0.0.1
http.port: $es_port
transport.port: $es_transport_port
path.data: $es_dir/data
path.logs: $es_dir/logs
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
action.destructive_requires_name: false
YML
  rm -f "$es_pid_file"
  local run=(env ES_JAVA_HOME="$java_home" ES_JAVA_OPTS="-Xms$es_heap -Xmx$es_heap" "$es_home/bin/elasticsearch" -d -p "$es_pid_file")
  if [ "$(id -u)" = 0 ]; then
    # Elasticsearch refuses to run as root, so it runs as a system user of its own.
    ensure_es_user
    chown "$es_user:" "$es_dir" "$es_dir/data" "$es_dir/logs" "$es_home/config/elasticsearch.yml"
    runuser -u "$es_user" -- test -x "$es_home/bin/elasticsearch" -a -w "$es_dir" ||
      fail "user $es_user cannot reach $es_dir: put the repository where other users can traverse it, or set NEWSFLOW_ENGINES_DIR"
    run=(runuser -u "$es_user" -- "${run[@]}")
  fi
  say "Elasticsearch $es_version starting (Java $(basename "$java_home")), log $es_log"
  # With -d the launcher returns once the node has started; the timeout makes sure it never hangs.
  # 9>&-: the daemon must not inherit (and so hold) this script's lock.
  touch "$es_dir/logs/.launched"
  if ! timeout --kill-after=10 "$timeout_s" "${run[@]}" > "$es_launch_log" 2>&1 < /dev/null 9>&-; then
    es_running && stop_engine Elasticsearch "$es_pid_file" 'org\.elasticsearch\.' > /dev/null
    local logs=("$es_launch_log")
    [ "$es_log" -nt "$es_dir/logs/.launched" ] && logs+=("$es_log")  # only if this launch wrote to it
    fail "Elasticsearch failed to start (or took over ${timeout_s}s); see $es_launch_log and $es_log" "${logs[@]}"
  fi
  echo "$es_port" > "$es_dir/elasticsearch.port"
  es_state=starting
}

wait_elasticsearch() {
  [ "$es_state" = reused ] && return 0
  local deadline=$((SECONDS + timeout_s))
  until es_ready; do
    if [ "$es_state" = starting ] && ! es_running; then
      rm -f "$es_pid_file"; fail "Elasticsearch exited during start-up; see $es_log" "$es_log"
    fi
    if [ $SECONDS -ge $deadline ]; then
      es_running && stop_engine Elasticsearch "$es_pid_file" 'org\.elasticsearch\.' > /dev/null
      fail "Elasticsearch was not yellow on 127.0.0.1:$es_port within ${timeout_s}s; see $es_log" "$es_log"
    fi
    sleep 1
  done
  say "Elasticsearch ready on http://127.0.0.1:$es_port after $(since "$t0")s"
}

# ---------------------------------------------------------------- stop
stop_engine() { # name pid_file cmdline_pattern
  local name=$1 pid_file=$2 pattern=$3 pid waited=0
  if ! running "$pid_file" "$pattern"; then
    [ -f "$pid_file" ] && { rm -f "$pid_file"; say "$name: not running (removed a stale pid file)"; return 0; }
    say "$name: not running"; return 0
  fi
  pid="$(cat "$pid_file")"
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && [ $waited -lt 300 ]; do sleep 0.1; waited=$((waited + 1)); done
  if kill -0 "$pid" 2>/dev/null; then
    say "$name (pid $pid) ignored SIGTERM for 30s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  fi
  rm -f "$pid_file"
  say "$name stopped (pid $pid, $((waited / 10)).$((waited % 10))s)"
}

lock() { # start and stop never run concurrently on one engines folder
  mkdir -p "$engines"
  exec 9> "$engines/.lock"
  flock -n 9 && return
  say "another engines.sh is running on $engines; waiting for it"
  flock -w "$((timeout_s * 2))" 9 || fail "another engines.sh still holds $engines/.lock after $((timeout_s * 2))s"
}

# A start that fails stops what it launched itself, so that nothing half-started is left behind.
kafka_launched=false es_launched=false
undo_failed_start() {
  local rc=$?
  [ $rc -ne 0 ] || return 0
  if $kafka_launched && kafka_running; then stop_engine Kafka "$kafka_pid_file" 'kafka\.Kafka' > /dev/null; say "stopped the Kafka this start had launched" >&2; fi
  if $es_launched && es_running; then stop_engine Elasticsearch "$es_pid_file" 'org\.elasticsearch\.' > /dev/null; say "stopped the Elasticsearch this start had launched" >&2; fi
  return $rc
}

case "${1:-}" in
  start)
    t0="$(now)"
    trap undo_failed_start EXIT
    lock
    fetch
    java="$(kafka_java)"
    check_kafka
    check_elasticsearch
    launch_kafka
    launch_elasticsearch
    wait_kafka
    wait_elasticsearch
    say "engines ready in $(since "$t0")s (Kafka 127.0.0.1:$kafka_port, Elasticsearch http://127.0.0.1:$es_port)"
    ;;
  stop)
    lock
    # Both get SIGTERM at once; each is waited for separately. `stop kafka` or `stop elasticsearch`
    # stops one (the fault suite's outages); `start` brings it back and reuses the other.
    case "${2:-both}" in
      kafka) stop_engine Kafka "$kafka_pid_file" 'kafka\.Kafka' ;;
      elasticsearch) stop_engine Elasticsearch "$es_pid_file" 'org\.elasticsearch\.' ;;
      both)
        stop_engine Kafka "$kafka_pid_file" 'kafka\.Kafka' &
        stop_engine Elasticsearch "$es_pid_file" 'org\.elasticsearch\.' &
        wait
        ;;
      *) fail "unknown engine '$2' (kafka or elasticsearch)" ;;
    esac
    ;;
  status)
    healthy=0
    java="$(kafka_java)"
    if kafka_running; then
      if [ -f "$kafka_lib/.complete" ] && kafka_ready; then state=answering; else state="NOT answering"; healthy=3; fi
      say "Kafka: running (pid $(cat "$kafka_pid_file")) on 127.0.0.1:$(cat "$kafka_dir/kafka.port" 2>/dev/null), $state; log $kafka_log"
    elif port_open "$kafka_port"; then
      if [ -f "$kafka_lib/.complete" ] && kafka_ready; then say "Kafka: a broker not started by this script answers on 127.0.0.1:$kafka_port"
      else say "Kafka: not running; $(busy "$kafka_port")"; healthy=3; fi
    else
      say "Kafka: stopped"; healthy=3
    fi
    if es_running; then
      if es_ready; then state="answering (yellow or green)"; else state="NOT healthy"; healthy=3; fi
      say "Elasticsearch: running (pid $(cat "$es_pid_file")) on http://127.0.0.1:$(cat "$es_dir/elasticsearch.port" 2>/dev/null), $state; log $es_log"
    elif port_open "$es_port"; then
      if es_ready; then say "Elasticsearch: a node not started by this script answers on http://127.0.0.1:$es_port"
      else say "Elasticsearch: not running; $(busy "$es_port")"; healthy=3; fi
    else
      say "Elasticsearch: stopped"; healthy=3
    fi
    exit $healthy
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
