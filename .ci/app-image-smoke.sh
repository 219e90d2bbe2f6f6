#!/usr/bin/env bash
# Builds the app-image with the dist profile (no installer, to save time) and starts it once,
# headless under Xvfb with the real GTK glass: fails unless the window shows its first frame.
# Also checks that the runtime image can do TLS with ECDHE suites. Called by .ci/run after `mvn verify`.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

mvn -B -ntp -Pdist -DskipTests -Ddist.skipInstaller=true package

javac -d target/tls-check jlink-config/TlsCheck.java
target/dist/runtime/bin/java -cp target/tls-check TlsCheck

# A throwaway home and data folder: CI never writes into the real ones (were its native libraries
# missing from the image, JavaFX would unpack them under user.home; the app keeps its data in dataDir).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
launcher=target/dist/app-image/WaitlistDesk/bin/WaitlistDesk
status=0
output=$(JAVA_TOOL_OPTIONS="-Duser.home=$scratch -Dwaitlistdesk.dataDir=$scratch/data" \
    timeout 120 xvfb-run -a "$launcher" --startup-probe 2>&1) || status=$?
echo "$output"
if ! grep -q "^first frame after [0-9]* ms" <<<"$output"; then
    echo "FAIL: the app-image did not show its first frame (exit status $status)" >&2
    exit 1
fi
if ((status != 0)); then
    echo "FAIL: the app-image showed its first frame but exited with status $status" >&2
    exit 1
fi
echo "app-image smoke test passed"
