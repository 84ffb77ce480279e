#!/usr/bin/env bash
# Gives the app image an ahead-of-time cache (JDK 25: JEP 483, 514, 515): the classes the window
# loads and links at start, and the profiles of its hot methods, recorded by a training run of the
# real window on a few hundred demo applications. The launcher then maps it at every start.
#
#   train.sh IMAGE DEMO_JSON
#
# Called by `mvn -Ppackage package` after jpackage has made the image and before the installer is
# made from it. The training starts the image's own launcher, so the cache holds exactly the
# runtime, class path and JVM options users start with. It needs a display (Linux: $DISPLAY, else
# Xvfb when installed; Windows and macOS: the desktop's). Without a display, or with a runtime older
# than JDK 25, the image is left without a cache (said below): the app starts without one, only
# slower. A cache that cannot be used (missing, damaged, from another build) never stops a start:
# the JVM says so on standard error and runs without it.
set -euo pipefail

image=$1
demo=$2
case "$(uname -s)" in
  Darwin) launcher="$image/Contents/MacOS/Nudge"; app="$image/Contents/app"; release="$image/Contents/runtime/Contents/Home/release" ;;
  MINGW*|MSYS*|CYGWIN*) launcher="$image/Nudge.exe"; app="$image/app"; release="$image/runtime/release" ;;
  *) launcher="$image/bin/Nudge"; app="$image/lib/app"; release="$image/lib/runtime/release" ;;
esac
cfg="$app/Nudge.cfg"
cache="$app/nudge.aot"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "aot: no app image at $image"; exit 1; }

feature=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release")
if [ "${feature:-0}" -lt 25 ]; then
  echo "aot: the runtime is JDK ${feature:-?}; an ahead-of-time cache needs JDK 25: the image has none"
  exit 0
fi

work=$(mktemp -d)
xvfb=
cleanup() { [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ]; then
  if ! command -v Xvfb >/dev/null 2>&1; then
    echo "aot: no display and no Xvfb (apt-get install xvfb): the image has no ahead-of-time cache"
    exit 0
  fi
  export DISPLAY=:$(( 70 + RANDOM % 19 ))
  Xvfb "$DISPLAY" -screen 0 1280x800x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
  xvfb=$!
  sleep 1
fi

# The training data: the demo applications, imported by the image itself into a folder of its own,
# so that the run touches nothing of the builder's own Nudge data.
export HOME="$work" XDG_DATA_HOME="$work/data" APPDATA="$work/data" LOCALAPPDATA="$work/data"
"$launcher" --db "$work/nudge" import "$demo" >"$work/import.log" 2>&1 || { cat "$work/import.log"; exit 1; }

# A first run closes as a user's would and leaves the window's picture beside the data, so that the
# training run below starts as every start but the first does: the picture first, then the live window.
NUDGE_STARTUP_PROBE=1 "$launcher" --db "$work/nudge" >"$work/prime.log" 2>&1 \
  || { echo "aot: the first run failed"; cat "$work/prime.log"; exit 1; }

# The run: the real window until its first frame with cards, then 3 s more (side pane, composer,
# calendar file), then it quits itself (NUDGE_STARTUP_PROBE). The JVM writes the cache as it ends.
rm -f "$cache"
NUDGE_STARTUP_PROBE=1 JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$cache" "$launcher" --db "$work/nudge" >"$work/train.log" 2>&1 \
  || { echo "aot: the training run failed"; cat "$work/train.log"; exit 1; }
grep -q FIRST_FRAME "$work/train.log" || { echo "aot: the training run showed no cards"; cat "$work/train.log"; exit 1; }
grep -q PICTURE_FRAME "$work/train.log" || echo "aot: the training run showed no picture of the window first (trained without it)"
[ -s "$cache" ] || { echo "aot: no cache was written"; cat "$work/train.log"; exit 1; }

# From now on the launcher maps it ($APPDIR is the folder of the cfg file, wherever it is installed).
# Only added after the training, which may not name a cache to read while it writes one.
grep -q 'AOTCache=' "$cfg" || printf '%s\n' 'java-options=-XX:AOTCache=$APPDIR/nudge.aot' >>"$cfg"
# JDK 24+ warns at every start that JavaFX 21 uses sun.misc.Unsafe, naming the jar where it was at
# training (the build folder, not the user's install): the runtime here is 25+, which knows the option.
grep -q 'sun-misc-unsafe-memory-access' "$cfg" || printf '%s\n' 'java-options=--sun-misc-unsafe-memory-access=allow' >>"$cfg"
# AOTMode=on refuses to start without the cache: proves it is the image's own and usable.
JAVA_TOOL_OPTIONS="-XX:AOTMode=on" "$launcher" --version >/dev/null 2>"$work/check.log" \
  || { echo "aot: the image does not start with its cache"; cat "$work/check.log"; exit 1; }
echo "aot: $(du -h "$cache" | cut -f1) ahead-of-time cache in $cache (trained: $(grep -c . "$work/train.log") log lines)"
