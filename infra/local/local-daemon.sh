# Shared by the scripts that run a Debian-packaged engine on 127.0.0.1 (Prometheus, Apertium APY)
# and by chromium.sh: messages, Debian package installs, and the pid-file life cycle of a daemon.
# The sourcing script sets `daemon_name`, and for the life cycle `pid_file`, `log`, `url`, `port`,
# `timeout_s`, `process_pattern` and a `ready` function.

say() { printf '[%s] %s\n' "$daemon_name" "$*"; }
fail() { # message [log file]
  say "ERROR: $1" >&2
  if [ -n "${2:-}" ] && [ -s "$2" ]; then say "last lines of $2:" >&2; tail -n 25 "$2" | sed 's/^/    /' >&2; fi
  exit 1
}
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# apt_install <apt log> <package>...: installs the packages that are not installed yet.
apt_install() {
  local apt_log=$1 missing=() package as_root=()
  shift
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ "${#missing[@]}" -eq 0 ] && return 0
  command -v apt-get >/dev/null || fail "missing ${missing[*]} and there is no apt-get to install them"
  [ "$(id -u)" = 0 ] || as_root=(sudo)
  say "installing Debian's ${missing[*]}"
  mkdir -p "$(dirname "$apt_log")"
  # A fresh machine may have no package lists; fetching them is slow, so only when they lack a package.
  if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
    "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=900 update -qq > "$apt_log" 2>&1 || fail "apt-get update failed" "$apt_log"
  fi
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get -o DPkg::Lock::Timeout=900 install -y -qq \
    --no-install-recommends "${missing[@]}" >> "$apt_log" 2>&1 || fail "apt-get install ${missing[*]} failed" "$apt_log"
}

running() {
  local pid
  [ -f "$pid_file" ] && pid="$(cat "$pid_file" 2>/dev/null)" && [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null &&
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q -- "$process_pattern"
}

# launch <command>...: starts the daemon in the background with its output in the log.
launch() {
  rm -f "$pid_file"
  port_open "$port" && fail "port $port is already in use by something this script did not start"
  nohup "$@" > "$log" 2>&1 < /dev/null &
  echo $! > "$pid_file"
}

wait_ready() {
  local deadline=$((SECONDS + timeout_s))
  until ready; do
    running || fail "$daemon_name exited during start-up; see $log" "$log"
    [ "$SECONDS" -lt "$deadline" ] || fail "$daemon_name did not answer $url within ${timeout_s}s; see $log" "$log"
    sleep 0.5
  done
}

stop_daemon() {
  if ! running; then rm -f "$pid_file"; say "not running on port $port"; return 0; fi
  local pid
  pid="$(cat "$pid_file")"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
  rm -f "$pid_file"
  say "stopped (pid $pid)"
}

daemon_status() {
  if running && ready; then say "running on $url (pid $(cat "$pid_file"))"; else say "not running on port $port"; exit 1; fi
}
