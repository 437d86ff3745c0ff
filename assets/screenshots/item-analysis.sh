#!/usr/bin/env bash
# Regenerates item-analysis.png: five scripted sittings of the same-draw
# foundation exam (depth errors on the forehead and cheeks), then the
# instructor's item analysis screen on their signed results. Throwaway user
# folders, so your own key and history are neither used nor changed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
bin="${MNTRAINER:-$root/build/mntrainer}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
echo "proctor" > "$scratch/pass"
"$bin" keys init --kdf-cost interactive --passphrase-file "$scratch/pass" > /dev/null
c1_wrong='case 1\ndecide treat\n'
c1_right='case 1\nflag pregnancy\nflag rosacea_flare\ndecide defer\nrebook 40\nadvice protect_from_sun\n'
c3='case 3\nflag keloid_history\nflag eczema_psoriasis_flare\ndecide refer\nrefer-to dermatologist\n'
lines() { printf 'case 2\ndecide treat\n'; for z in forehead temple_left temple_right periorbital_left periorbital_right; do printf 'treat %s\ndepth %s %s\n' "$z" "$z" "$1"; done; }
acne() { printf 'case 4\nflag active_acne\ndecide treat_modified\n'; printf 'treat %s\ndepth %s %s\n' cheek_left cheek_left "$1" cheek_right cheek_right "$2" jawline_left jawline_left "$3" jawline_right jawline_right "$4"; printf 'avoid chin\n'; }
{ printf "$c1_wrong"; lines 0.25; printf "$c3"; acne 1.75 1.75 1.25 1.25; echo submit-exam; } > "$scratch/s1.txt"
{ printf "$c1_wrong"; lines 1.0; printf "$c3"; acne 1.0 1.0 2.0 1.25; echo submit-exam; } > "$scratch/s2.txt"
{ printf "$c1_right"; lines 0.5; acne 2.5 2.5 1.25 1.25; echo submit-exam; } > "$scratch/s3.txt"
{ printf "$c1_right"; lines 0.25; printf "$c3"; acne 0.75 0.75 0.5 0.5; echo submit-exam; } > "$scratch/s4.txt"
{ printf "$c1_right"; lines 1.5; acne 1.0 2.5 2.5 1.0; echo submit-exam; } > "$scratch/s5.txt"
for i in 1 2 3 4 5; do
  "$bin" exam run --exam "$root/tests/data/exams/foundation-same-draw.json" --name "Student S-$i" --id "S-$i" \
    --script "$scratch/s$i.txt" --export-dir "$scratch/results" --passphrase-file "$scratch/pass" > /dev/null
done
printf 'item-analysis %s\nscreenshot item-analysis\n' "$scratch/results" > "$scratch/shot.txt"
SDL_VIDEODRIVER=offscreen "$bin" --width 1280 --height 800 --script "$scratch/shot.txt" --screenshot-dir "$scratch/shots"
cp "$scratch/shots/item-analysis.png" "$here/"
echo "wrote $here/item-analysis.png"
