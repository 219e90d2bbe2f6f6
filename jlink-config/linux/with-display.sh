#!/bin/sh
# Runs a command with an X display: the caller's when there is one; else a private Xvfb started for it
# and stopped after. The dist build's CDS training start (pom.xml, cds-training-run) goes through this,
# so `mvn -Pdist package` works on a headless build server as it is (with the xvfb package installed).
set -eu

if [ -n "${DISPLAY:-}" ]; then
    exec "$@"
fi
if ! command -v Xvfb >/dev/null 2>&1; then
    echo "with-display.sh: no DISPLAY and no Xvfb; install xvfb (apt install xvfb) or build with -Ddist.skipCds=true" >&2
    exit 1
fi

number=$(mktemp)
# -displayfd: Xvfb picks a free display number itself and writes it here once it accepts connections
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x800x24 3>"$number" 2>/dev/null &
xvfb=$!
trap 'kill "$xvfb" 2>/dev/null || true; rm -f "$number"' EXIT
tries=0
while [ ! -s "$number" ]; do
    tries=$((tries + 1))
    if [ "$tries" -gt 100 ] || ! kill -0 "$xvfb" 2>/dev/null; then
        echo "with-display.sh: Xvfb did not start" >&2
        exit 1
    fi
    sleep 0.1
done
status=0
DISPLAY=":$(cat "$number")" "$@" || status=$?
exit "$status"
