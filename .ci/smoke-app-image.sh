#!/usr/bin/env bash
# Smoke test of what users install: build the Linux app image and .deb, unpack the .deb as dpkg
# would install it, start that once under Xvfb with no Java on the PATH and with its ahead-of-time
# cache required (AOTMode=on: the JVM refuses to start if the installed cache cannot be used), wait
# for a window titled Nudge, close it with Ctrl+Q and expect a clean exit.
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${SMOKE_SKIP_BUILD:-}" = 1 ] || mvn -B -Ppackage -DskipTests package
work=$(mktemp -d)
deb=$(ls target/dist/*.deb 2>/dev/null | head -n 1 || true)
if [ -n "$deb" ]; then
  dpkg-deb -x "$deb" "$work/root"
  launcher="$work/root/opt/nudge/bin/Nudge"
  echo "smoke: installed $(basename "$deb") into $work/root"
else
  launcher=target/dist/Nudge/bin/Nudge # no fakeroot, no .deb: the app image itself
fi
[ -x "$launcher" ] || { echo "smoke: no app image at $launcher"; exit 1; }
cache="$(dirname "$launcher")/../lib/app/nudge.aot"
[ -s "$cache" ] || { echo "smoke: the installed app has no ahead-of-time cache ($cache)"; exit 1; }
# From here on every start requires the cache: a cache the JVM cannot use fails the smoke test.
export JAVA_TOOL_OPTIONS=-XX:AOTMode=on

display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
sleep 1

echo "smoke: $("$launcher" --version) (with its cache, $(du -h "$cache" | cut -f1))"
env -i PATH=/usr/bin:/bin HOME="$work" DISPLAY="$display" JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS" "$launcher" --db "$work/nudge" >"$work/app.log" 2>&1 &
app=$!
if ! window=$(DISPLAY="$display" timeout 60 xdotool search --sync --onlyvisible --name '^Nudge'); then
  echo "smoke: no window titled Nudge within 60 s"; cat "$work/app.log"; kill -9 "$app" 2>/dev/null; exit 1
fi
window=$(echo "$window" | head -n 1)
echo "smoke: window $(DISPLAY="$display" xdotool getwindowname "$window") appeared"
sleep 2 # let the first plan arrive before closing
# A first start shows the welcome over the window: skip it with Esc, as a new user may.
if welcome=$(DISPLAY="$display" timeout 10 xdotool search --sync --onlyvisible --name '^Welcome to Nudge'); then
  DISPLAY="$display" xdotool windowfocus --sync "$(echo "$welcome" | head -n 1)" key --clearmodifiers Escape
  echo "smoke: the welcome appeared and was skipped"
  sleep 1
fi
DISPLAY="$display" xdotool windowfocus --sync "$window" key --clearmodifiers ctrl+q
for _ in $(seq 1 30); do kill -0 "$app" 2>/dev/null || break; sleep 1; done
if kill -0 "$app" 2>/dev/null; then
  echo "smoke: the app did not exit after Ctrl+Q"; cat "$work/app.log"; kill -9 "$app"; exit 1
fi
status=0; wait "$app" || status=$?
[ "$status" -eq 0 ] || { echo "smoke: exit code $status"; cat "$work/app.log"; exit 1; }
[ -f "$work/nudge.mv.db" ] || { echo "smoke: the app made no database"; exit 1; }
echo "smoke: clean exit, database created"
# Every start but the first shows the window's picture from the last close, then the live window:
# a run on the packaging's demo data closes itself (NUDGE_STARTUP_PROBE) and keeps the picture, the
# next one must show it (PICTURE_FRAME) and then the live board with its cards (FIRST_FRAME).
demo=target/aot-training/demo.json
if [ -s "$demo" ]; then
  run() { env -i PATH=/usr/bin:/bin HOME="$work" DISPLAY="$display" JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS" \
    NUDGE_STARTUP_PROBE=1 timeout 90 "$launcher" --db "$work/demo/nudge" >"$work/$1.log" 2>&1 \
    || { echo "smoke: the $1 start on demo data failed"; cat "$work/$1.log"; exit 1; }; }
  env -i PATH=/usr/bin:/bin HOME="$work" "$launcher" --db "$work/demo/nudge" import "$demo" >"$work/import.log" 2>&1 \
    || { echo "smoke: the demo data was not imported"; cat "$work/import.log"; exit 1; }
  run first
  # Today's picture and the next days' (the first start of tomorrow shows tomorrow's).
  today=$(date +%F); tomorrow=$(date -d tomorrow +%F)
  [ -s "$work/demo/window-picture-$today.bin" ] && [ -s "$work/demo/window-picture-$tomorrow.bin" ] \
    || { echo "smoke: the first close kept no pictures for today and tomorrow"; ls "$work/demo"; cat "$work/first.log"; exit 1; }
  run second
  grep -q '^PICTURE_FRAME' "$work/second.log" && grep -q '^FIRST_FRAME' "$work/second.log" \
    || { echo "smoke: the second start did not show the picture, then the cards"; cat "$work/second.log"; exit 1; }
  echo "smoke: the second start showed the window's picture, then the live board"
fi

# A damaged cache (here: cut short) never stops a start: the JVM says so on standard error only and
# runs without it, so a command's output stays clean.
if [ -n "$deb" ]; then
  head -c 65536 "$cache" >"$work/cut.aot" && mv "$work/cut.aot" "$cache"
  out=$(env -i PATH=/usr/bin:/bin HOME="$work" "$launcher" --version 2>"$work/damaged.err") \
    || { echo "smoke: a damaged cache stopped the start"; cat "$work/damaged.err"; exit 1; }
  case "$out" in Nudge\ *) echo "smoke: with a damaged cache it still starts, output clean: $out" ;;
    *) echo "smoke: unexpected output with a damaged cache: $out"; exit 1 ;; esac
fi
