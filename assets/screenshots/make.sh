#!/usr/bin/env bash
# Regenerates the README screenshots from the tours here, headless, with
# throwaway user folders so your own progress and keys are neither used nor
# changed. The exam tours need a signing key: a throwaway proctor key is made
# in the scratch folder with a passphrase file there (`keys init
# --passphrase-file`, the script word `unlock FILE`), never your own.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${MNTRAINER:-$root/build/mntrainer}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/shots"

# tour DATA_FOLDER SCRIPT: one app run at 1280x800 in its own user folders.
tour() {
  SDL_VIDEODRIVER=offscreen XDG_DATA_HOME="$scratch/$1/data" XDG_CONFIG_HOME="$scratch/$1/config" \
    "$bin" --width 1280 --height 800 --script "$2" --screenshot-dir "$scratch/shots"
}
# proctor DATA_FOLDER: the throwaway signing key (and proctor key) under the scratch passphrase.
proctor() {
  XDG_DATA_HOME="$scratch/$1/data" XDG_CONFIG_HOME="$scratch/$1/config" \
    "$bin" keys init --kdf-cost interactive --passphrase-file "$scratch/pass" > /dev/null
}
echo "screenshots proctor" > "$scratch/pass"

# Each tour in its own folders: one tour's leftovers (an editor draft, a
# history) never change another's screens.
tour practice "$here/tour.txt"
tour editor "$here/editor-tour.txt"
tour progress "$here/progress-tour.txt"
tour perform "$here/perform-tour.txt"
tour visits "$here/visits-tour.txt"

# Exam mode: the kept tour with the key unlocked first.
proctor exam
{ echo "unlock $scratch/pass"; cat "$here/exam-tour.txt"; } > "$scratch/exam-tour.txt"
tour exam "$scratch/exam-tour.txt"

# Closing the window mid-sitting asks the proctor (own folders: the sitting stays open).
proctor close
{ echo "unlock $scratch/pass"; cat "$here/exam-close-tour.txt"; } > "$scratch/exam-close-tour.txt"
tour close "$scratch/exam-close-tour.txt"

# Starting a sealed pack: the proctor's key, the pack in the folder the window lists.
proctor sealed
XDG_DATA_HOME="$scratch/sealed/data" XDG_CONFIG_HOME="$scratch/sealed/config" \
  "$bin" proctor-key init --kdf interactive --passphrase-file "$scratch/pass" > /dev/null
XDG_DATA_HOME="$scratch/sealed/data" XDG_CONFIG_HOME="$scratch/sealed/config" \
  "$bin" exam pack --kdf interactive --exam "$root/cases/exams/foundation-certificate.json" --passphrase-file "$scratch/pass" > /dev/null
tour sealed "$here/exam-sealed-tour.txt"

cp "$scratch"/shots/*.png "$here/"
echo "wrote $(ls "$scratch"/shots/*.png | wc -l) screenshots to $here"
