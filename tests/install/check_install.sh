#!/bin/sh
# Installs the build into a temporary prefix and runs a case headless from
# there: the installed binary must find the installed data (not the checkout),
# and the desktop entry and icon must be in their standard places.
# usage: check_install.sh BUILD_DIR
set -eu
build=$1
prefix=$(mktemp -d)
home=$(mktemp -d)
trap 'rm -rf "$prefix" "$home"' EXIT
cmake --install "$build" --prefix "$prefix" > "$home/install.log"
for f in bin/mntrainer-cli share/applications/mntrainer.desktop share/icons/hicolor/scalable/apps/mntrainer.svg \
         share/mntrainer/assets/zones.json share/mntrainer/cases/library/a-acne-scars-cheeks.json share/mntrainer/shaders; do
  [ -e "$prefix/$f" ] || { echo "not installed: $f"; exit 1; }
done
[ ! -e "$prefix/share/mntrainer/assets/screenshots" ] || { echo "README screenshots were installed"; exit 1; }
cd "$home"
paths=$(XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" "$prefix/bin/mntrainer-cli" paths)
echo "$paths" | grep -q "\"data_root\": \"$prefix/share/mntrainer\"" || { echo "installed binary reads data from elsewhere: $paths"; exit 1; }
cases="$prefix/share/mntrainer/cases"
XDG_DATA_HOME="$home/data" "$prefix/bin/mntrainer-cli" grade --case "$cases/library/a-acne-scars-cheeks.json" \
  --attempt "$cases/answers/a-acne-scars-cheeks.answer.json" --json > "$home/report.json"
[ "$(grep -m1 '"score"' "$home/report.json" | tr -d ' ,')" = '"score":100.0' ] || { echo "the model answer did not score 100 from the install"; cat "$home/report.json"; exit 1; }
echo "installed to $prefix: data found there, model answer graded 100"
