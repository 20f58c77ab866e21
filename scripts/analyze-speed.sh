#!/usr/bin/env bash
# Whole-process speed benchmark of `cardiosleep analyze` on the demo's simulated 8-h night
# (single-lead ECG at 256 Hz plus SpO2) and, when given, of `cardiosleep holter` on a 24-h record.
#   scripts/analyze-speed.sh [RUNS] [HOLTER_RECORD]
# Prints, per run, the working thread's CPU time that the command reports (file to all outputs)
# and the process's user+sys time; JVM start is measured with `--version` (same JVM options). Writes
# docs/benchmarks/analyze-speed.json. Run it on an otherwise idle machine: CPU time is less
# sensitive to load than wall time, but not immune (shared caches, frequency).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${1:-5}"
HOLTER="${2:-}"
CS="$ROOT/cardiosleep"
NIGHT="$ROOT/cardiosleep-demo/simulated-night.edf"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
[[ -f "$NIGHT" ]] || "$CS" demo >/dev/null
# one unmeasured run, so the launcher's class-data archive exists before anything is timed; JVM start
# is then measured with the same JVM options as analyze (the launcher treats --version as it does
# analyze)
"$CS" analyze "$NIGHT" -o "$TMP/warm" >/dev/null 2>&1; rm -rf "$TMP/warm"
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
proc_cpu() { # user+sys seconds of a command, its stderr kept in $TMP/err
  /usr/bin/time -f "%U %S" -o "$TMP/time" "$@" >/dev/null 2>"$TMP/err"
  awk '{print $1+$2}' "$TMP/time"
}
: >"$TMP/start"; : >"$TMP/work"; : >"$TMP/proc"; : >"$TMP/diff"
# start and analyze runs alternate, so both see the same state of a shared host
for i in $(seq "$RUNS"); do
  proc_cpu "$CS" --version >>"$TMP/start"
  rm -rf "$TMP/out"
  proc_cpu "$CS" analyze "$NIGHT" -o "$TMP/out" >>"$TMP/proc"
  sed -n 's/.*file to all outputs \([0-9.]*\) s CPU.*/\1/p' "$TMP/err" >>"$TMP/work"
  awk -v p="$(tail -1 "$TMP/proc")" -v s="$(tail -1 "$TMP/start")" 'BEGIN {print p - s}' >>"$TMP/diff"
  echo "analyze run $i: $(tail -1 "$TMP/err" | sed 's/^cardiosleep: //'); process $(tail -1 "$TMP/proc") s CPU"
done
START=$(median <"$TMP/start"); WORK=$(median <"$TMP/work"); PROC=$(median <"$TMP/proc")
HOLTER_JSON=""
if [[ -n "$HOLTER" ]]; then
  : >"$TMP/hwork"; : >"$TMP/hproc"; : >"$TMP/hdiff"
  for i in $(seq "$RUNS"); do
    START_I=$(proc_cpu "$CS" --version)
    /usr/bin/time -f "%U %S" -o "$TMP/time" "$CS" holter "$HOLTER" -o "$TMP/hout2" >"$TMP/hlog" 2>&1
    awk '{print $1+$2}' "$TMP/time" >>"$TMP/hproc"
    awk -v p="$(tail -1 "$TMP/hproc")" -v s="$START_I" 'BEGIN {print p - s}' >>"$TMP/hdiff"
    sed -n 's/.*CPU: detect \([0-9.]*\) s, classify \([0-9.]*\) s, analysis \([0-9.]*\) s.*/\1 \2 \3/p' "$TMP/hlog" \
      | awk '{print $1+$2+$3}' >>"$TMP/hwork"
    rm -rf "$TMP/hout2"
    echo "holter run $i: $(grep -o 'CPU: .* s ->' "$TMP/hlog"); process $(tail -1 "$TMP/hproc") s CPU"
  done
  HOLTER_JSON=$(printf ',\n  "holterRecord": "%s",\n  "holterWorkingThreadCpuSec": %s,\n  "holterProcessCpuSec": %s,\n  "holterProcessMinusJvmStartCpuSec": %.2f' \
    "$(basename "$HOLTER")" "$(median <"$TMP/hwork")" "$(median <"$TMP/hproc")" "$(median <"$TMP/hdiff")")
fi
mkdir -p "$ROOT/docs/benchmarks"
cat >"$ROOT/docs/benchmarks/analyze-speed.json.tmp" <<JSON
{
  "benchmark": "analyze-speed",
  "dataset": "simulated 8-h night from ./cardiosleep demo (single-lead ECG 256 Hz, SpO2 1 Hz; simulated data)",
  "protocol": "median of $RUNS whole-process runs (start and analyze runs alternating; processMinusJvmStartCpuSec is the median of the per-round differences); workingThreadCpuSec = CPU time of the thread that reads the file, analyses it and writes all outputs (printed by analyze); processCpuSec = user+sys of the whole JVM process; jvmStartCpuSec = user+sys of './cardiosleep --version' (the launcher gives it the same JVM options as analyze); one unmeasured analyze run first, so the class-data archive exists",
  "machine": "$(lscpu | sed -n 's/^Model name: *//p' | head -1), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -1 | tr -d '"'), load average $(cut -d' ' -f1-3 /proc/loadavg)",
  "date": "$(date -u +%Y-%m-%dT%H:%MZ)",
  "workingThreadCpuSec": $WORK,
  "processCpuSec": $PROC,
  "jvmStartCpuSec": $START,
  "processMinusJvmStartCpuSec": $(median <"$TMP/diff" | awk '{printf "%.2f", $1}')$HOLTER_JSON
}
JSON
mv "$ROOT/docs/benchmarks/analyze-speed.json.tmp" "$ROOT/docs/benchmarks/analyze-speed.json"
cat "$ROOT/docs/benchmarks/analyze-speed.json"
