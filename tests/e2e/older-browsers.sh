#!/usr/bin/env bash
# Run the end-to-end suite against the OLDEST Chromium and Firefox ESR that Debian's archive still
# serves (e.g. bookworm's 150 and 140 beside bookworm-security's 156 and 153), unpacked into
# .e2e-tmp/browsers without installing them. CI tests whichever version a machine has; this checks
# the other end of the range from a machine that has the newer one.
#   bash tests/e2e/older-browsers.sh            (after `npm run zip`; root, `apt-get update` done)
set -euo pipefail
cd "$(dirname "$0")/../.."
dir="$PWD/.e2e-tmp/browsers"
mkdir -p "$dir"
oldest() { apt-cache madison "$1" | awk '{print $3}' | sort -V | head -1; }
chromium_v=$(oldest chromium)
firefox_v=$(oldest firefox-esr)
echo "older browsers: chromium $chromium_v, firefox-esr $firefox_v"
(cd "$dir" && apt-get download -q "chromium=$chromium_v" "chromium-common=$chromium_v" "firefox-esr=$firefox_v")
for deb in "$dir"/*.deb; do dpkg -x "$deb" "$dir/root"; done
export CHROMIUM_PATH="$dir/root/usr/lib/chromium/chromium"
export FIREFOX_PATH="$dir/root/usr/lib/firefox-esr/firefox-esr"
"$CHROMIUM_PATH" --version
"$FIREFOX_PATH" --version
npx vitest run --config vitest.e2e.config.ts "$@"
