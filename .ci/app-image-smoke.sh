#!/usr/bin/env bash
# Builds the app-image and the .deb with the dist profile and starts the app headless under Xvfb with
# the real GTK glass: fails unless the window shows its first frame and the practice list, with the
# CDS archives mapped (-Xshare:on makes the JVM fail when they cannot be). Then installs the .deb with
# apt, starts the installed app the same way, and purges it. Also checks that the runtime image can do
# TLS with ECDHE suites. Called by .ci/run after `mvn verify`, as root on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
command -v fakeroot >/dev/null || missing+=(fakeroot)   # jpackage builds the .deb with it
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

with_display() { # CI has no display: a fresh Xvfb per command; a DISPLAY of your own is used as it is
    if [[ -n "${DISPLAY:-}" ]]; then "$@"; else xvfb-run -a "$@"; fi
}

# With a display: the build's CDS training run starts the app-image once (pom.xml, cds-training-run).
with_display mvn -B -ntp -Pdist -DskipTests package

javac -d target/tls-check jlink-config/TlsCheck.java
target/dist/runtime/bin/java -cp target/tls-check TlsCheck

# A throwaway home and data folder: CI never writes into the real ones (were its native libraries
# missing from the image, JavaFX would unpack them under user.home; the app keeps its data in dataDir).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

probe() { # starts a launcher with --startup-probe; fails unless the first frame and the list show
    local launcher=$1 status=0 output
    output=$(JAVA_TOOL_OPTIONS="-Xshare:on -Duser.home=$scratch -Dwaitlistdesk.dataDir=$scratch/data" \
        with_display timeout 120 "$launcher" --startup-probe 2>&1) || status=$?
    echo "$output"
    if ! grep -q "^first frame after [0-9]* ms" <<<"$output"; then
        echo "FAIL: $launcher did not show its first frame (exit status $status; with -Xshare:on, a CDS archive that cannot be mapped fails too)" >&2
        exit 1
    fi
    if ! grep -q "^list visible after [0-9]* ms" <<<"$output"; then
        echo "FAIL: $launcher did not show the practice portal's waitlist (exit status $status)" >&2
        exit 1
    fi
    if ((status != 0)); then
        echo "FAIL: $launcher showed its window but exited with status $status" >&2
        exit 1
    fi
}

probe target/dist/app-image/WaitlistDesk/bin/WaitlistDesk
echo "app-image smoke test passed"

if (($(id -u) != 0)); then
    echo "not root: the .deb was built but not installed"
    exit 0
fi
deb=$(ls target/dist/installer/waitlist-desk_*.deb)
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb"; }
probe /opt/waitlist-desk/bin/WaitlistDesk
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq waitlist-desk
if [[ -e /opt/waitlist-desk ]]; then
    echo "FAIL: /opt/waitlist-desk is still there after purging the package" >&2
    exit 1
fi
echo ".deb install, start and purge passed"
