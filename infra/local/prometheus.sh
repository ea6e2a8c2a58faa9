#!/usr/bin/env bash
# Runs a real Prometheus (Debian's `prometheus` package, installed with apt-get when missing) on
# 127.0.0.1, scraping the pipeline's apps with infra/observability's rules. Data, pid file and log
# live in <repo>/.engines/prometheus-<port> (NEWSFLOW_ENGINES_DIR overrides the parent).
#
#   prometheus.sh install   install the package if prometheus or promtool is missing
#   prometheus.sh start     render the config, start or reuse Prometheus, wait for /-/ready (idempotent)
#   prometheus.sh stop      stop what this script started
#   prometheus.sh status    exit 0 only if it answers
#   prometheus.sh url       print its URL
#
# Environment: PROMETHEUS_PORT (9090), NEWSFLOW_APPS_BASE_PORT (3000: ingest, then normalizer,
# classifier, indexer, search-api, translator on the next ports), PROMETHEUS_SCRAPE_INTERVAL (5s),
# PROMETHEUS_START_TIMEOUT (60 s).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
observability="$repo/infra/observability"
port="${PROMETHEUS_PORT:-9090}"
base_port="${NEWSFLOW_APPS_BASE_PORT:-3000}"
interval="${PROMETHEUS_SCRAPE_INTERVAL:-5s}"
timeout_s="${PROMETHEUS_START_TIMEOUT:-60}"
dir="${NEWSFLOW_ENGINES_DIR:-$repo/.engines}/prometheus-$port"
pid_file="$dir/prometheus.pid"
log="$dir/prometheus.log"
config="$dir/prometheus.yml"
url="http://127.0.0.1:$port"

daemon_name=prometheus
process_pattern=prometheus
# shellcheck source=local-daemon.sh
. "$here/local-daemon.sh"
for number in "$port" "$base_port" "$timeout_s"; do
  [[ "$number" =~ ^[0-9]+$ ]] || fail "not a number: '$number' (check PROMETHEUS_PORT, NEWSFLOW_APPS_BASE_PORT, PROMETHEUS_START_TIMEOUT)"
done
[[ "$interval" =~ ^[0-9]+(ms|s|m)$ ]] || fail "PROMETHEUS_SCRAPE_INTERVAL must be a duration such as 5s, not '$interval'"

ready() { curl -fsS -o /dev/null --max-time 2 "$url/-/ready" 2>/dev/null; }

install() {
  command -v prometheus >/dev/null && command -v promtool >/dev/null && return 0
  apt_install "$dir/apt.log" prometheus
}

# The committed prometheus.yml names the pipeline command's ports (3000-3005); other ports (the
# test slots) get the same file with their ports, and every copy loads the same rules.
render_config() {
  mkdir -p "$dir"
  local app offset=0 sed_args=(-e "s|scrape_interval: .*|scrape_interval: $interval|" -e "s|- alerts.yml|- $observability/alerts.yml|")
  for app in ingest normalizer classifier indexer search-api translator; do
    sed_args+=(-e "s|127.0.0.1:$((3000 + offset))'|127.0.0.1:$((base_port + offset))'|")
    offset=$((offset + 1))
  done
  sed "${sed_args[@]}" "$observability/prometheus.yml" > "$config"
  promtool check config "$config" > "$dir/check.log" 2>&1 || fail "the rendered config $config is invalid" "$dir/check.log"
}

start() {
  install
  render_config
  if running; then
    # A changed config (other app ports) is picked up without a restart.
    curl -fsS -o /dev/null -X POST "$url/-/reload" || true
  else
    launch prometheus --config.file="$config" --storage.tsdb.path="$dir/data" --storage.tsdb.retention.time=2d \
      --web.listen-address="127.0.0.1:$port" --web.enable-lifecycle
  fi
  wait_ready
  say "ready on $url (pid $(cat "$pid_file"), scraping apps from port $base_port every $interval; log $log)"
}

case "${1:-}" in
  install) install ;;
  start) start ;;
  stop) stop_daemon ;;
  status) daemon_status ;;
  url) echo "$url" ;;
  *) echo "usage: $0 install|start|stop|status|url" >&2; exit 2 ;;
esac
