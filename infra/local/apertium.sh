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

say() { printf '[apertium] %s\n' "$*"; }
fail() { # message [log file]
  say "ERROR: $1" >&2
  if [ -n "${2:-}" ] && [ -s "$2" ]; then say "last lines of $2:" >&2; tail -n 25 "$2" | sed 's/^/    /' >&2; fi
  exit 1
}
for number in "$port" "$timeout_s"; do
  [[ "$number" =~ ^[0-9]+$ ]] || fail "not a number: '$number' (check APERTIUM_PORT, APERTIUM_START_TIMEOUT)"
done

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
running() {
  local pid
  [ -f "$pid_file" ] && pid="$(cat "$pid_file" 2>/dev/null)" && [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- 'apertium-apy'
}
ready() { curl -fsS -o /dev/null --max-time 2 "$url/listPairs" 2>/dev/null; }

install() {
  local missing=() package
  for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null || fail "missing ${missing[*]} and there is no apt-get: install Apertium APY and these pairs"
  local as_root=()
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  say "installing Debian's ${missing[*]}"
  # Only refresh the package lists when they do not know the packages yet.
  if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=900 update -qq; fi
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends \
    "${missing[@]}" > "$dir/apt.log" 2>&1 || fail "apt-get install ${missing[*]} failed; see $dir/apt.log" "$dir/apt.log"
}

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
    rm -f "$pid_file"
    port_open "$port" && fail "port $port is already in use by something this script did not start; set APERTIUM_PORT"
    prepare_modes
    # APY 0.11 has no bind-address option: it listens on every interface; newsflow only calls it on 127.0.0.1.
    nohup apertium-apy -p "$port" "$dir" > "$log" 2>&1 < /dev/null &
    echo $! > "$pid_file"
  fi
  local deadline=$((SECONDS + timeout_s))
  until ready; do
    running || fail "APY exited during start-up; see $log" "$log"
    [ "$SECONDS" -lt "$deadline" ] || fail "APY did not answer $url/listPairs within ${timeout_s}s; see $log" "$log"
    sleep 0.5
  done
  say "ready on $url (pid $(cat "$pid_file"); log $log)"
}

stop() {
  if ! running; then rm -f "$pid_file"; say "not running on port $port"; return 0; fi
  local pid; pid="$(cat "$pid_file")"
  kill "$pid"
  for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pid_file"
  say "stopped (pid $pid)"
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
  stop) stop ;;
  status) if running && ready; then say "running on $url (pid $(cat "$pid_file"))"; else say "not running on port $port"; exit 1; fi ;;
  url) echo "$url" ;;
  *) echo "usage: $0 install|start|stop|status|url|serve" >&2; exit 2 ;;
esac
