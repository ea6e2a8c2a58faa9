#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests when it is missing: browser downloads at npm
# install time fail here, so playwright-core drives this system browser through its executablePath.
set -euo pipefail
browser=/usr/bin/chromium
[ -x "$browser" ] && exit 0
sudo_cmd=()
[ "$(id -u)" -ne 0 ] && sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
# A fresh machine may have no package lists yet; fetching them is slow, so only when needed.
if ! apt-cache show chromium >/dev/null 2>&1; then "${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=900 update; fi
"${sudo_cmd[@]}" apt-get -o DPkg::Lock::Timeout=900 install -y --no-install-recommends chromium
[ -x "$browser" ] || { echo "chromium was installed but $browser is missing" >&2; exit 1; }
