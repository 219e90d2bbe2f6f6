#!/usr/bin/env bash
# Start-up benchmark: a bare JavaFX window (one Label, dev.waitlistdesk.baseline.BareWindow) as the
# baseline, and the app with --startup-probe from the app-image (and the installed .deb when present,
# the jar with --jar), run in turn (interleaved, so load on the machine hits all alike), N times each.
# Prints the medians of "first frame" and "list visible" (the practice portal's waitlist on screen)
# and their ratios to the bare window on the system JDK and on the app's own runtime image.
# Build first: mvn -Pdist package (or -Ddist.skipInstaller=true).
# Usage: jlink-config/measure-startup.sh [runs] [--jar] [--javafx-run]   (default 11; needs Xvfb, or a DISPLAY
# of your own; --javafx-run also times `mvn javafx:run`, with and without its class-data archive)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-11}
app_image=${APP_IMAGE:-target/dist/app-image/WaitlistDesk}   # APP_IMAGE=... to compare another build
scratch=$(mktemp -d)
export JAVA_TOOL_OPTIONS="-Duser.home=$scratch -Dwaitlistdesk.dataDir=$scratch/data"
trap '[[ -n "${xvfb_pid:-}" ]] && kill "$xvfb_pid"; rm -rf "$scratch"' EXIT
if [[ -z "${DISPLAY:-}" ]]; then
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$scratch/display" 2>/dev/null &
    xvfb_pid=$!
    for _ in $(seq 100); do [[ -s "$scratch/display" ]] && break; sleep 0.1; done
    [[ -s "$scratch/display" ]] || { echo "Xvfb did not start" >&2; exit 1; }
    export DISPLAY=":$(cat "$scratch/display")"
fi

bare_jdk=(java --module-path target/dist/mods --add-modules javafx.controls -cp target/test-classes
          dev.waitlistdesk.baseline.BareWindow)
bare_image=("$app_image/lib/runtime/bin/java" -cp target/test-classes dev.waitlistdesk.baseline.BareWindow)
app=("$app_image/bin/WaitlistDesk" --startup-probe)
jar=(java --module-path "target/waitlist-desk-0.1.0.jar:target/dist/mods"
     --add-exports=javafx.base/com.sun.javafx.event=org.controlsfx.controls
     -m dev.waitlistdesk/dev.waitlistdesk.app.Main --startup-probe)
installed=(/opt/waitlist-desk/bin/WaitlistDesk --startup-probe)
# the README's first command, timed from its app JVM's start (Maven's own seconds before it are not
# counted); with the class-data archive it writes on its first start (target/run/cds), and without one
maven=(mvn -B -o -q "-Dmaven.repo.local=$HOME/.m2/repository" javafx:run -Djavafx.args=--startup-probe)
javafx_run=("${maven[@]}")
javafx_run_nocds=("${maven[@]}" -Drun.java=java)
variants=(bare_jdk bare_image app)
[[ " ${*:2} " == *" --jar "* ]] && variants+=(jar)
[[ " ${*:2} " == *" --javafx-run "* ]] && variants+=(javafx_run javafx_run_nocds)
[[ -x "${installed[0]}" ]] && variants+=(installed)

probe() { # one run: prints "<first frame ms> <list visible ms or ->"
    local -n command=$1
    local out
    out=$(timeout 180 "${command[@]}" 2>/dev/null) || true # mvn javafx:run takes its time on a busy machine
    out=$(sed 's/\x1b\[[0-9;]*m//g' <<<"$out") # Maven's colour codes land at the start of the app's lines
    printf '%s %s\n' "$(sed -n 's/^first frame after \([0-9]*\) ms.*/\1/p' <<<"$out")" \
        "$(sed -n 's/^list visible after \([0-9]*\) ms.*/\1/p' <<<"$out" | grep . || echo -)"
}
median() { grep -v -- - | sort -n | awk '{a[NR]=$1} END {if (NR) print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2); else print 0}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", b ? a / b : 0}'; }

for variant in "${variants[@]}"; do probe "$variant" >/dev/null; done   # file cache, sandbox data
declare -A first list
for ((i = 1; i <= runs; i++)); do
    for variant in "${variants[@]}"; do
        read -r f l < <(probe "$variant")
        first[$variant]+="$f "
        list[$variant]+="$l "
    done
done
echo "$(date -u '+%F %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $runs runs each"
jdk=$(tr ' ' '\n' <<<"${first[bare_jdk]}" | grep . | median)
img=$(tr ' ' '\n' <<<"${first[bare_image]}" | grep . | median)
for variant in "${variants[@]}"; do
    f=$(tr ' ' '\n' <<<"${first[$variant]}" | grep . | median)
    printf '%-10s first frame  median %5d ms  x%s of bare_jdk  x%s of bare_image  runs: %s\n' \
        "$variant" "$f" "$(ratio "$f" "$jdk")" "$(ratio "$f" "$img")" "${first[$variant]}"
    if grep -q '[0-9]' <<<"${list[$variant]}"; then
        l=$(tr ' ' '\n' <<<"${list[$variant]}" | grep . | median)
        printf '%-10s list visible median %5d ms  x%s of bare_jdk  x%s of bare_image  runs: %s\n' \
            "$variant" "$l" "$(ratio "$l" "$jdk")" "$(ratio "$l" "$img")" "${list[$variant]}"
    fi
done
