#!/usr/bin/env bash
# Runs Apertium APY (Debian's apertium-apy and language pairs, installed with apt-get when missing)
# on 127.0.0.1 for the translation stage. Modes, pid file and log live in
# <repo>/.engines/apertium-<port> (NEWSFLOW_ENGINES_DIR overrides the parent).
#
#   apertium.sh install   install the packages that are missing
#   apertium.sh start     prepare the modes, start or reuse APY, wait for /listPairs (idempotent)
#   apertium.sh stop      stop what this script started
#   apertium.sh status    exit 0 only if it answers
#   apertium.sh url       print its URL
#   apertium.sh serve     prepare the modes and run APY in the foreground (the container's command)
#
# Environment: APERTIUM_PORT (2737), APERTIUM_START_TIMEOUT (60 s).
#
# Debian 12's ukr-rus and rus-ukr pipelines segfault inside apertium-tagger on most ordinary text
# (checked 2026-12-01: `lt-proc | cg-proc | apertium-tagger -g ukr-rus.prob` exits 139). When the
# stock mode gives no output for a probe sentence, the served copy of that mode lets the constraint
# grammar pick the first remaining reading (`cg-proc -1`) instead of the statistical tagger:
# slightly worse choices between readings, but a working pair.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
port="${APERTIUM_PORT:-2737}"
timeout_s="${APERTIUM_START_TIMEOUT:-60}"
dir="${NEWSFLOW_ENGINES_DIR:-$repo/.engines}/apertium-$port"
pid_file="$dir/apy.pid"
log="$dir/apy.log"
share=/usr/share/apertium
url="http://127.0.0.1:$port"
# Pairs newsflow translates with: Ukrainian↔Russian, Serbo-Croatian and Macedonian to English, Belarusian↔Russian.
packages=(apertium-apy apertium-rus-ukr apertium-hbs-eng apertium-mkd-eng apertium-bel-rus)

daemon_name=apertium
process_pattern=apertium-apy
# shellcheck source=local-daemon.sh
. "$here/local-daemon.sh"
for number in "$port" "$timeout_s"; do
  [[ "$number" =~ ^[0-9]+$ ]] || fail "not a number: '$number' (check APERTIUM_PORT, APERTIUM_START_TIMEOUT)"
done

ready() { curl -fsS -o /dev/null --max-time 2 "$url/listPairs" 2>/dev/null; }

install() { apt_install "$dir/apt.log" "${packages[@]}"; }

# A sentence per pair that Debian 12's statistical tagger step crashes on (checked 2026-12-01).
declare -A probes=(
  [ukr-rus]='Київ оголосив про нові санкції.'
  [rus-ukr]='Правительство в понедельник утвердило новый бюджет на следующий год.'
)

# The served modes: Debian's, with a tagger-free copy of any pair whose stock pipeline fails its probe.
prepare_modes() {
  rm -rf "$dir/modes" && mkdir -p "$dir/modes"
  cp "$share"/modes/*.mode "$dir/modes/"
  local mode
  for mode in "${!probes[@]}"; do
    [ -f "$share/modes/$mode.mode" ] || continue
    [ -n "$(printf '%s\n' "${probes[$mode]}" | timeout 30 apertium -d "$share" "$mode" 2>/dev/null)" ] && continue
    say "$mode: Debian's pipeline crashes in apertium-tagger; serving it with cg-proc -1 instead of the tagger"
    # APY splits a mode on '|' and whitespace, so the sed program has neither; -u -z keep its NUL-flushed stream moving.
    sed -E "s#cg-proc -w ('[^']*') \| apertium-tagger -g \\\$2 '[^']*'#cg-proc -1 -w \1 | sed -u -z -E 's:\\\\^[^/\$]*/:^:g'#" \
      "$share/modes/$mode.mode" > "$dir/modes/$mode.mode"
    grep -q 'apertium-tagger' "$dir/modes/$mode.mode" && fail "could not rewrite $share/modes/$mode.mode"
  done
  return 0
}

start() {
  mkdir -p "$dir"
  install
  if running; then
    ready && { say "already running on $url (pid $(cat "$pid_file"); log $log)"; return 0; }
  else
    prepare_modes
    # APY 0.11 has no bind-address option: it listens on every interface; newsflow only calls it on 127.0.0.1.
    # Translation is off the searchability path, so on a shared machine its CPU-heavy pipelines yield to the stages.
    launch nice -n "${APERTIUM_NICE:-10}" apertium-apy -p "$port" "$dir"
  fi
  wait_ready
  say "ready on $url (pid $(cat "$pid_file"); log $log)"
}

serve() {
  mkdir -p "$dir"
  install
  prepare_modes
  exec apertium-apy -p "$port" "$dir"
}

case "${1:-}" in
  install) mkdir -p "$dir"; install ;;
  serve) serve ;;
  start) start ;;
  stop) stop_daemon ;;
  status) daemon_status ;;
  url) echo "$url" ;;
  *) echo "usage: $0 install|start|stop|status|url|serve" >&2; exit 2 ;;
esac
