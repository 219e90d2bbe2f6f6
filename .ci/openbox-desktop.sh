# Sourced by .ci/desktop-check.sh and docs/screenshots.sh: a scratch folder ($scratch), an Xvfb
# screen of 1024×768 on a display of its own ($DISPLAY) with openbox managing it, and everything
# started in $pids stopped (and $scratch removed) when the script exits.
scratch=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$scratch"
}
trap cleanup EXIT

display=${DESK_DISPLAY:-:$((90 + RANDOM % 400))} # DESK_DISPLAY: a display number of your own choosing
Xvfb "$display" -screen 0 1024x768x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
pids+=($!)
export DISPLAY=$display
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
openbox >"$scratch/openbox.log" 2>&1 &
pids+=($!)
sleep 1
