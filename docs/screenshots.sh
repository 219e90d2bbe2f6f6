#!/usr/bin/env bash
# Regenerates docs/main-window-<language>.png: the main window in each of the six languages, as a
# receptionist sees it at 1024×768 under a real window manager (Xvfb + openbox), on the practice
# portal, with record #28 opened from the quick filter by keyboard (xdotool).
# Usage: docs/screenshots.sh [launcher]   (default: the app-image from `mvn -Pdist package`)
# Needs: xvfb openbox xdotool x11-utils imagemagick.
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/dist/app-image/WaitlistDesk/bin/WaitlistDesk}
source .ci/openbox-desktop.sh

for language in en ru de es pt-BR pl; do
    data=$scratch/$language
    mkdir -p "$data/config" "$scratch/home"
    printf '{"language":"%s"}' "$language" >"$data/config/window.json"
    JAVA_TOOL_OPTIONS="-Duser.home=$scratch/home -Dwaitlistdesk.dataDir=$data" "$launcher" >"$scratch/app.log" 2>&1 &
    app=$!
    pids+=("$app")
    window=
    for _ in $(seq 120); do # the app's own window (its title is the same while the loading scene shows)
        window=$(xdotool search --onlyvisible --pid "$app" 2>/dev/null | head -1) && [[ -n $window ]] && break
        sleep 0.5
    done
    [[ -n $window ]] || { echo "no window for $language" >&2; cat "$scratch/app.log" >&2; exit 1; }
    for _ in $(seq 240); do # the list's rows: their ids down the left edge (the loading scene is blank there)
        dark=$(import -window "$window" png:- 2>/dev/null | convert - -crop 50x400+16+280 -colorspace gray \
            -threshold 50% -negate -format '%[fx:round(mean*w*h)]' info: 2>/dev/null || echo 0)
        ((dark > 200)) && break
        sleep 0.5
    done
    ((dark > 200)) || { echo "no rows in the list for $language" >&2; cat "$scratch/app.log" >&2; exit 1; }
    sleep 1 # the rest of the first frame with rows
    xdotool windowactivate --sync "$window"
    xdotool type --delay 30 "28"
    xdotool key Return
    sleep 5
    name=main-window-${language%%-*}
    [[ $language == pt-BR ]] && name=main-window-pt-BR
    import -window root "docs/$name.png"
    echo "docs/$name.png"
    xdotool windowactivate --sync "$window" key alt+F4
    for _ in $(seq 60); do kill -0 "$app" 2>/dev/null || break; sleep 0.5; done
done
