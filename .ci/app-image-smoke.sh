#!/usr/bin/env bash
# Builds the app-image and the .deb with the dist profile, headless as a build server would (the pom's
# CDS training start brings its own Xvfb), and starts the app headless under Xvfb with the real GTK
# glass: fails unless the window shows its first frame and the practice list, with the CDS archives
# mapped (-Xshare:on makes the JVM fail when they cannot be). Then, as root: installs the .deb with apt,
# starts it, and upgrades it to a second build with a bumped version, checking that a receptionist's
# settings, drafts and window state survive the upgrade and the purge, and that the menu entry and icon
# stay. Also checks that the runtime image can do TLS with ECDHE suites. Called by .ci/run after
# `mvn verify`, as root on a fresh machine.
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

# No display on purpose: the build's CDS training start (pom.xml, cds-training-run) finds its own.
env -u DISPLAY mvn -B -ntp -Pdist -DskipTests package

javac -d target/tls-check jlink-config/TlsCheck.java
target/dist/runtime/bin/java -cp target/tls-check TlsCheck

# A throwaway home and data folder: CI never writes into the real ones (were its native libraries
# missing from the image, JavaFX would unpack them under user.home; the app keeps its data in dataDir).
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

probe() { # starts a launcher with --startup-probe; fails unless the first frame and the list show
    local launcher=$1 options=${2:-"-Xshare:on -Duser.home=$scratch -Dwaitlistdesk.dataDir=$scratch/data"}
    local status=0 output
    output=$(JAVA_TOOL_OPTIONS="$options" with_display timeout 120 "$launcher" --startup-probe 2>&1) || status=$?
    echo "$output"
    if ! grep -q "^first frame after [0-9]* ms" <<<"$output"; then
        echo "FAIL: $launcher did not show its first frame (exit status $status; with -Xshare:on, a CDS archive that cannot be mapped fails too)" >&2
        exit 1
    fi
    if ! grep -q "^list visible after [0-9]* ms" <<<"$output"; then
        echo "FAIL: $launcher did not show the waitlist (exit status $status)" >&2
        exit 1
    fi
    if ((status != 0)); then
        echo "FAIL: $launcher showed its window but exited with status $status" >&2
        exit 1
    fi
}

fail() { echo "FAIL: $*" >&2; exit 1; }

probe target/dist/app-image/WaitlistDesk/bin/WaitlistDesk
echo "app-image smoke test passed"

if (($(id -u) != 0)); then
    echo "not root: the .deb was built but not installed"
    exit 0
fi
apt_install() {
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" \
        || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1"; }
}
deb=$(ls target/dist/installer/waitlist-desk_*.deb)
version=$(dpkg-deb -f "$deb" Version)
apt_install "./$deb"
probe /opt/waitlist-desk/bin/WaitlistDesk
echo ".deb $version install and start passed"

# The upgrade: the same sources built again with the last number of the version bumped.
current=${version%-*}
next=${current%.*}.$((${current##*.} + 1))
env -u DISPLAY mvn -B -ntp -q -Pdist -DskipTests -Dapp.version="$next" -Ddist.dir="$PWD/target/dist-next" package
next_deb=$(ls target/dist-next/installer/waitlist-desk_"$next"-*.deb)

# A receptionist's home: their connection (a practice portal run by the installed launcher, as a
# stand-in for Bitrix24), a draft and the window's state, in the user's folders the app uses.
home=$scratch/home
config=$home/.config/waitlist-desk
data=$home/.local/share/waitlist-desk
mkdir -p "$config" "$data"
portal_log=$scratch/portal.log
start_portal() {
    /opt/waitlist-desk/bin/WaitlistDesk --sandbox --port 18090 --data "$scratch/portal.json" >"$portal_log" 2>&1 &
    portal=$!
    for _ in $(seq 100); do grep -q "webhook URL:" "$portal_log" && return 0; sleep 0.2; done
    fail "the practice portal did not start: $(cat "$portal_log")"
}
stop_portal() { kill "$portal"; wait "$portal" 2>/dev/null || true; }
start_portal
webhook=$(sed -n 's/^  webhook URL: *//p' "$portal_log")
printf '{"mode":"WEBHOOK","webhookUrl":"%s"}' "$webhook" >"$config/connection.json"
printf '{"theme":"dark","language":"de","width":1100.0,"height":720.0,"divider":0.4}' >"$config/window.json"
printf '{"4":{"note":"call after 3 pm","picks":[]}}' >"$data/drafts-practice.json"
chmod 600 "$config"/*.json "$data"/*.json
in_home="-Xshare:on -Duser.home=$home"
probe /opt/waitlist-desk/bin/WaitlistDesk "$in_home"    # the desk on "their" portal, from their settings
grep -q "Waitlist Desk $current" <(/opt/waitlist-desk/bin/WaitlistDesk --version) || fail "the installed app is not $current"
stop_portal
user_files=("$config/connection.json" "$config/window.json" "$data/drafts-practice.json")
before=$(sha256sum "${user_files[@]}")
menu_entry=/usr/share/applications/waitlist-desk-WaitlistDesk.desktop
had_menu_entry=$([[ -e $menu_entry ]] && echo yes || echo no)

apt_install "./$next_deb"
[[ $(dpkg-query -W -f '${Version}' waitlist-desk) == "$next"-* ]] || fail "the package was not upgraded to $next"
grep -q "Waitlist Desk $next" <(/opt/waitlist-desk/bin/WaitlistDesk --version) || fail "the upgraded app is not $next"
[[ $(sha256sum "${user_files[@]}") == "$before" ]] || fail "the upgrade changed the receptionist's files"
desktop=/opt/waitlist-desk/lib/waitlist-desk-WaitlistDesk.desktop
grep -q '^Exec=/opt/waitlist-desk/bin/WaitlistDesk' "$desktop" || fail "the menu entry does not start the app: $(cat "$desktop")"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[[ -s $icon ]] || fail "the menu entry's icon $icon is missing"
if [[ $had_menu_entry == yes && ! -e $menu_entry ]]; then fail "the upgrade lost the menu entry $menu_entry"; fi
[[ -s /opt/waitlist-desk/lib/runtime/legal/dev.waitlistdesk/THIRD-PARTY-NOTICES.txt ]] || fail "the licences are not installed"
start_portal
probe /opt/waitlist-desk/bin/WaitlistDesk "$in_home"    # the upgraded desk finds the same settings
stop_portal
echo ".deb upgrade $version -> $next kept the settings, the draft and the window state (menu entry: $had_menu_entry)"

DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq waitlist-desk
[[ ! -e /opt/waitlist-desk ]] || fail "/opt/waitlist-desk is still there after purging the package"
for file in "${user_files[@]}"; do [[ -s $file ]] || fail "purging the package removed $file"; done
echo ".deb install, upgrade and purge passed; the user's data stayed"
