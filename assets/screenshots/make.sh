#!/usr/bin/env bash
# Regenerates the README screenshots from tour.txt, headless, with throwaway
# user folders so your own progress is neither used nor changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
SDL_VIDEODRIVER=offscreen XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  "$root/build/mntrainer" --width 1280 --height 800 --script "$here/tour.txt" --screenshot-dir "$scratch/shots"
SDL_VIDEODRIVER=offscreen XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  "$root/build/mntrainer" --width 1280 --height 800 --script "$here/exam-tour.txt" --screenshot-dir "$scratch/shots"
SDL_VIDEODRIVER=offscreen XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  "$root/build/mntrainer" --width 1280 --height 800 --script "$here/editor-tour.txt" --screenshot-dir "$scratch/shots"
SDL_VIDEODRIVER=offscreen XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  "$root/build/mntrainer" --width 1280 --height 800 --script "$here/progress-tour.txt" --screenshot-dir "$scratch/shots"
SDL_VIDEODRIVER=offscreen XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  "$root/build/mntrainer" --width 1280 --height 800 --script "$here/perform-tour.txt" --screenshot-dir "$scratch/shots"
SDL_VIDEODRIVER=offscreen XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
  "$root/build/mntrainer" --width 1280 --height 800 --script "$here/visits-tour.txt" --screenshot-dir "$scratch/shots"
cp "$scratch"/shots/*.png "$here/"
echo "wrote $(ls "$scratch"/shots/*.png | wc -l) screenshots to $here"
