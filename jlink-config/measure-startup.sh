#!/usr/bin/env bash
# Start-up benchmark: runs the app with --startup-probe from the jar (the system JDK), from the
# app-image and, when installed, from the .deb, several times each in turn, and prints the medians
# of "first frame after N ms" and the ratio against the jar. Build first: mvn -Pdist package.
# Usage: jlink-config/measure-startup.sh [runs]   (default 7; needs xvfb, or a DISPLAY of your own)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
scratch=$(mktemp -d)
export JAVA_TOOL_OPTIONS="-Duser.home=$scratch -Dwaitlistdesk.dataDir=$scratch/data"
if [[ -z "${DISPLAY:-}" ]]; then
    Xvfb :77 -screen 0 1280x800x24 -nolisten tcp &
    xvfb_pid=$!
    export DISPLAY=:77
    sleep 1
fi
trap '[[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid"; rm -rf "$scratch"' EXIT

jar=(java --module-path "target/waitlist-desk-0.1.0.jar:target/dist/mods"
     --add-exports=javafx.base/com.sun.javafx.event=org.controlsfx.controls
     -m dev.waitlistdesk/dev.waitlistdesk.app.Main)
app_image=(target/dist/app-image/WaitlistDesk/bin/WaitlistDesk)
installed=(/opt/waitlist-desk/bin/WaitlistDesk)
variants=(jar app_image)
[[ -x "${installed[0]}" ]] && variants+=(installed)

probe() { # prints the milliseconds of one run
    local -n command=$1
    timeout 60 "${command[@]}" --startup-probe 2>/dev/null | sed -n 's/^first frame after \([0-9]*\) ms.*/\1/p'
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }

for variant in "${variants[@]}"; do probe "$variant" >/dev/null; done   # warm the file cache
declare -A times
for ((i = 1; i <= runs; i++)); do
    for variant in "${variants[@]}"; do times[$variant]+="$(probe "$variant") "; done
done
jar_median=$(tr ' ' '\n' <<<"${times[jar]}" | grep . | median)
for variant in "${variants[@]}"; do
    m=$(tr ' ' '\n' <<<"${times[$variant]}" | grep . | median)
    low=$(tr ' ' '\n' <<<"${times[$variant]}" | grep . | sort -n | head -1)
    printf '%-10s median %5d ms  x%.2f of jar  (fastest %d ms)  runs: %s\n' "$variant" "$m" \
        "$(awk -v a="$m" -v b="$jar_median" 'BEGIN {print a / b}')" "$low" "${times[$variant]}"
done
