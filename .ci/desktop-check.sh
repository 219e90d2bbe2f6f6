#!/usr/bin/env bash
# The app-image as a receptionist meets it: Xvfb at 1024×768 with the openbox window manager, driven
# by xdotool at 30 ms per key. Fails unless
#   1. the window opens at least at its minimum size (and tells the window manager that minimum),
#   2. Ctrl+N followed at once by typing lands every character in the new record's note,
#   3. after one booking, Enter books nothing else,
#   4. under a Russian keyboard layout (no Latin group), Ctrl and the key where N is, followed at once by
#      Cyrillic typing, make the record too,
#   5. under a Spanish layout, dead keys right after Ctrl+N compose (´ then e is é),
#   6. a resize survives a restart,
#   7. a second start opens no second desk and brings the open one forward.
# Called by .ci/run after the app-image smoke test (which builds the app-image), as root on a fresh
# machine with no display and no standard input. Usage: desktop-check.sh [launcher]
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=${1:-target/dist/app-image/WaitlistDesk/bin/WaitlistDesk}
key_delay=30

missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v openbox >/dev/null || missing+=(openbox)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v xwininfo >/dev/null || missing+=(x11-utils)
command -v setxkbmap >/dev/null || missing+=(x11-xkb-utils)
command -v python3 >/dev/null || missing+=(python3)
if ((${#missing[@]})); then
    echo "installing ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

source .ci/openbox-desktop.sh
data=$scratch/data
mkdir -p "$data/config" "$scratch/home"
# English, so the day is typed as m/d/yyyy; the rest of window.json is the app's to write
printf '{"language":"en"}' >"$data/config/window.json"

fail() {
    echo "FAIL: $*" >&2
    echo "--- app log" >&2
    cat "$scratch/app.log" >&2 || true
    exit 1
}

app=
window=
start_app() { # starts the app and waits until the desk (not the loading scene) names the window
    JAVA_TOOL_OPTIONS="-Duser.home=$scratch/home -Dwaitlistdesk.dataDir=$data" "$launcher" >>"$scratch/app.log" 2>&1 &
    app=$!
    pids+=("$app")
    window=
    for _ in $(seq 120); do
        window=$(xdotool search --name "practice portal" 2>/dev/null | head -1) && [[ -n $window ]] && break
        sleep 0.5
    done
    [[ -n $window ]] || fail "the window did not show the practice portal within 60 s"
    sleep 3 # the first rows; keys typed earlier would wait in the queue anyway
    xdotool windowactivate --sync "$window"
}

stop_app() { # closes the window as a user does (Alt+F4 through openbox) and waits for the exit
    xdotool windowactivate --sync "$window" key alt+F4
    for _ in $(seq 60); do kill -0 "$app" 2>/dev/null || return 0; sleep 0.5; done
    fail "the app did not exit within 30 s of closing its window"
}

size() { xwininfo -id "$window" | awk '/Width:/ {w=$2} /Height:/ {h=$2} END {print w, h}'; }
next_booking() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["next"]["booking"])' "$data/sandbox-portal.json"; }
has_note() { python3 -c 'import json,sys; sys.exit(0 if any(w["note"] == sys.argv[2] for w in json.load(open(sys.argv[1], encoding="utf-8"))["waitlist"]) else 1)' "$data/sandbox-portal.json" "$1"; }

# 1. the first start: at least the minimum size, which the window manager is told
start_app
read -r width height < <(size)
read -r min_width min_height < <(xprop -id "$window" WM_NORMAL_HINTS | awk '/minimum size/ {print $5, $7}')
echo "window ${width}x${height}, minimum ${min_width:-none}x${min_height:-none}"
[[ ${min_width:-} =~ ^[0-9]+$ ]] && ((min_width >= 900 && min_height >= 560)) \
    || fail "the window manager was given no real minimum size (${min_width:-none}x${min_height:-none})"
((width >= min_width && height >= min_height)) || fail "the window opened at ${width}x${height}, below its minimum"

# 2. Ctrl+N, then typing at once: every character in the note
note="Walk-in, wants Friday $RANDOM"
xdotool key --delay "$key_delay" ctrl+n
xdotool type --delay "$key_delay" "$note"
sleep 1
xdotool key Return
for _ in $(seq 20); do has_note "$note" && break; sleep 0.5; done
has_note "$note" || fail "no record with the note \"$note\" (typed at $key_delay ms per key right after Ctrl+N)"
echo "type-ahead: \"$note\" arrived whole at $key_delay ms per key"

# 3. one booking, then Enter books nothing else: the new record is open; Ctrl+B, a weekday a week
# or more ahead (typed into the day field), Room 1, the second free time, Enter
day=$(date -d "next monday + 7 days" +%-m/%-d/%Y)
sleep 2
before=$(next_booking)
xdotool key ctrl+b
sleep 2
xdotool key alt+g shift+Tab ctrl+a
xdotool type --delay "$key_delay" "$day"
xdotool key Return
sleep 2
xdotool key shift+Tab
sleep 0.5
xdotool key --delay 300 Right Down Return
for _ in $(seq 20); do (($(next_booking) > before)) && break; sleep 0.5; done
(($(next_booking) == before + 1)) || fail "the booking did not go through (next booking id $(next_booking), was $before)"
xdotool key --delay 300 Return Return Return
sleep 3
(($(next_booking) == before + 1)) || fail "Enter after a booking booked again ($(($(next_booking) - before)) bookings)"
echo "booking: one booking, and three more Enters booked nothing"
xdotool key Escape

# 4. a Russian layout alone: JavaFX gives Ctrl+т no key code on Linux, the app takes it for Ctrl+N
setxkbmap -layout ru
note="Без записи, хочет пятницу $RANDOM"
xdotool key --delay "$key_delay" ctrl+Cyrillic_te
LC_ALL=C.UTF-8 xdotool type --delay "$key_delay" "$note"
sleep 1
xdotool key Return
for _ in $(seq 20); do has_note "$note" && break; sleep 0.5; done
setxkbmap -layout us
has_note "$note" || fail "no record with the note \"$note\" (Ctrl+N under a Russian layout, then typed at once)"
echo "Russian layout: Ctrl+N, then \"$note\" arrived whole"

# 5. a Spanish layout: ´ then e is é, typed at once after Ctrl+N (the input method composes only in a
# field that gained the focus in a focused window: a dialog's first field composed nothing)
setxkbmap -layout es
number=$RANDOM
xdotool key --delay "$key_delay" ctrl+n
xdotool type --delay "$key_delay" "Jos"
xdotool key --delay "$key_delay" dead_acute e
xdotool type --delay "$key_delay" " Mar"
xdotool key --delay "$key_delay" dead_acute i
xdotool type --delay "$key_delay" "a $number"
sleep 1
xdotool key Return
note="José María $number"
for _ in $(seq 20); do has_note "$note" && break; sleep 0.5; done
setxkbmap -layout us
has_note "$note" || fail "no record with the note \"$note\" (dead keys under a Spanish layout, right after Ctrl+N)"
echo "Spanish layout: Ctrl+N, then \"$note\" arrived whole, dead keys composed"

# 6. a resize survives a restart
xdotool windowsize "$window" 1000 700
sleep 1
read -r width height < <(size)
stop_app
start_app
read -r again_width again_height < <(size)
echo "resized to ${width}x${height}; after a restart ${again_width}x${again_height}"
((again_width == width && again_height == height)) || fail "the size was not remembered"

# 7. a second start (one double click too many) opens no second desk: the open one comes forward
xdotool windowminimize --sync "$window"
JAVA_TOOL_OPTIONS="-Duser.home=$scratch/home -Dwaitlistdesk.dataDir=$data" timeout 60 "$launcher" >>"$scratch/app.log" 2>&1 \
    || fail "a second start did not end by itself"
for _ in $(seq 10); do [[ $(xwininfo -id "$window" | awk '/Map State/ {print $3}') == IsViewable ]] && break; sleep 0.5; done
[[ $(xwininfo -id "$window" | awk '/Map State/ {print $3}') == IsViewable ]] || fail "the open desk did not come forward"
windows=$(xdotool search --onlyvisible --name "practice portal" | wc -l)
((windows == 1)) || fail "a second start opened another window ($windows windows)"
echo "a second start: no second window, the open desk came forward"
stop_app
echo "desktop check passed (Xvfb 1024x768, openbox, xdotool at $key_delay ms per key)"
