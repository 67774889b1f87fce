#!/usr/bin/env bash
# The NGO's report page renders in a real browser: generate it from the database the report
# test seeds through the engine (tests/report.rs), take a headless Chromium screenshot, and
# check the picture is not blank. Installs Debian's chromium if it is missing.
# Usage: bash .ci/report-screenshot.sh [OUT_DIR]   (default: a temporary folder)
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-$(mktemp -d)}"
mkdir -p "$out"
page="$out/report.html"
png="$out/report.png"

browser=""
for name in chromium chromium-browser; do
    if command -v "$name" >/dev/null 2>&1; then browser="$name"; break; fi
done
if [ -z "$browser" ]; then
    echo "installing chromium"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    browser=chromium
fi

SAFAR_REPORT_HTML="$page" cargo test --quiet --locked --test report
test -s "$page"

profile="$(mktemp -d)"
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --screenshot="$png" --window-size=720,2600 \
    "file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")" 2>/dev/null || true
rm -rf "$profile"
test -s "$png" || { echo "no screenshot taken" >&2; exit 1; }

# Not blank: enough pixels that are neither white nor one flat colour, and several colours
# (the charts' bars). A PNG decoder in a few lines of Python (zlib only).
python3 - "$png" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        width, height, depth, ctype = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and ctype in (2, 6), f"unexpected PNG format {depth}/{ctype}"
        bpp = 3 if ctype == 2 else 4
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
raw = zlib.decompress(idat)
stride = width * bpp
prev = bytearray(stride)
colours, inked = set(), 0
for y in range(height):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c; pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, bpp * 4):
        px = tuple(line[x:x + 3])
        colours.add(px)
        if px != (255, 255, 255):
            inked += 1
    prev = line
print(f"screenshot {width}x{height}: {len(colours)} colours, {inked} sampled pixels not white")
assert inked > 2000, "the page looks blank"
assert len(colours) > 8, "the page has no charts"
PY
echo "report page rendered: $png"
