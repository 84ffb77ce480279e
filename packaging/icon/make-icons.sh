#!/usr/bin/env bash
# Makes every platform's icon files from the one drawing, nudge.svg (needs ImageMagick and
# python3). The results are committed, so a build never needs these tools.
set -euo pipefail
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 32 48 64 128 256 512 1024; do
  convert -background none -density 384 nudge.svg -resize ${size}x${size} "$tmp/$size.png"
done
cp "$tmp/256.png" ../linux/Nudge.png
for size in 48 128 256 512; do cp "$tmp/$size.png" "../linux/nudge-$size.png"; done
convert "$tmp/16.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" ../windows/Nudge.ico
# ICNS: a header, then one PNG per size, each tagged with its type (ic07 128 .. ic10 1024).
python3 - "$tmp" ../macos/Nudge.icns <<'PY'
import struct, sys
folder, out = sys.argv[1], sys.argv[2]
chunks = b""
for tag, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024)):
    data = open(f"{folder}/{size}.png", "rb").read()
    chunks += tag + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(chunks) + 8) + chunks)
PY
echo "icons written"
