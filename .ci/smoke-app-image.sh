#!/usr/bin/env bash
# Smoke test of what users install: build the Linux app image, start it once under Xvfb with no
# Java on the PATH, wait for a window titled Nudge, close it with Ctrl+Q and expect a clean exit.
set -euo pipefail
cd "$(dirname "$0")/.."

[ "${SMOKE_SKIP_BUILD:-}" = 1 ] || mvn -B -Ppackage -DskipTests package
launcher=target/dist/Nudge/bin/Nudge
[ -x "$launcher" ] || { echo "smoke: no app image at $launcher"; exit 1; }

work=$(mktemp -d)
display=:$(( 90 + RANDOM % 9 ))
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb=$!
cleanup() { kill "$xvfb" 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
sleep 1

echo "smoke: $("$launcher" --version)"
env -i PATH=/usr/bin:/bin HOME="$work" DISPLAY="$display" "$launcher" --db "$work/nudge" >"$work/app.log" 2>&1 &
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
