#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when it is missing: browser downloads at npm
# install time fail here, so playwright-core drives this system browser through its executablePath.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
daemon_name=chromium
# shellcheck source=local-daemon.sh
. "$here/local-daemon.sh"
browser=/usr/bin/chromium
[ -x "$browser" ] && exit 0
apt_install "$(cd "$here/../.." && pwd)/.engines/chromium-apt.log" chromium
[ -x "$browser" ] || fail "chromium was installed but $browser is missing"
