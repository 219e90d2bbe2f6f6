#!/usr/bin/env bash
# Renders the app icon from waitlist-desk.svg into every file the window and the installers use.
# Needs rsvg-convert (apt: librsvg2-bin), ImageMagick's convert (for .ico) and python3 (for .icns).
# The outputs are committed, so building the app never needs these tools; rerun after editing the SVG.
set -euo pipefail
cd "$(dirname "$0")"
svg=waitlist-desk.svg
resources=../src/main/resources/dev/waitlistdesk/icons

mkdir -p png "$resources"
for size in 16 24 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" "$svg" -o "png/waitlist-desk-$size.png"
done
# The window's icons: the window manager picks the nearest size (title bar, task switcher, dock).
for size in 16 32 48 64 128 256; do
    cp "png/waitlist-desk-$size.png" "$resources/"
done

# Windows: one .ico with the sizes Explorer, the Start menu and the task bar ask for.
convert png/waitlist-desk-{16,24,32,48,64,128,256}.png waitlist-desk.ico

# macOS: an .icns is a list of (type, length, PNG) entries; macOS 10.7+ reads PNG payloads.
# (On a Mac, `iconutil -c icns` over an .iconset folder of the same PNGs gives an equivalent file.)
rsvg-convert -w 1024 -h 1024 "$svg" -o /tmp/waitlist-desk-1024.png
python3 - <<'PY'
import struct
entries = [(b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
           (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)]
body = b""
for kind, size in entries:
    path = "/tmp/waitlist-desk-1024.png" if size == 1024 else f"png/waitlist-desk-{size}.png"
    data = open(path, "rb").read()
    body += kind + struct.pack(">I", 8 + len(data)) + data
open("waitlist-desk.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
rm -f /tmp/waitlist-desk-1024.png
echo "rendered: $(ls png | wc -l) PNGs, waitlist-desk.ico, waitlist-desk.icns"
