#!/usr/bin/env bash
# cli-benchmark.sh: times the dscore command on big generated inputs against a parse-only floor (issue 18).
#
# Usage: dscore-benchmarks/cli-benchmark.sh [ROWS ...]        (default: 100000 1000000)
#
# Builds the command's jar and this module's classes (Maven), writes ROWS-row CSV and JSON files made of
# docs/examples/coins.csv repeated with a unique name and symbol per row into a temporary directory, and times,
# RUNS times each (default 3), with /usr/bin/time:
#   - the bundled examples: ./dscore score
#   - for each file: the parse-only pass (io.dscore.benchmarks.ParseOnly: the command's own reader, every row
#     read and turned into a coin, no scoring, no output), then ./dscore score -f csv, -f json and -f table
#     (standard output to /dev/null).
# Prints a Markdown table: wall time of each run, the median wall and CPU (user + sys) times, the largest max
# RSS, and the medians' ratios to the parse-only pass on the same file, with the 1-minute load average before
# each set of runs.
#
# Every run uses the launcher's JVM options (dscore-cli/src/main/dist/jvm.options), or DSCORE_JAVA_OPTS when it
# is set, the same for the parse-only pass. Environment: RUNS (default 3), MAVEN_OPTS (passed to Maven),
# TMPDIR (where the inputs go: about 420 MB for 1,000,000 rows).
set -euo pipefail

root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd -P)"
runs="${RUNS:-3}"
as_of=2026-06-19
if [[ $# -gt 0 ]]; then rows_list=("$@"); else rows_list=(100000 1000000); fi
for rows in "${rows_list[@]}"; do
    [[ "$rows" =~ ^[1-9][0-9]*$ ]] || { echo "cli-benchmark: not a row count: $rows" >&2; exit 2; }
done
[[ -x /usr/bin/time ]] || { echo "cli-benchmark: needs /usr/bin/time (GNU time)" >&2; exit 2; }

echo "cli-benchmark: building (mvn -B -q package -DskipTests -Dmaven.javadoc.skip=true -pl dscore-cli,dscore-benchmarks -am)..." >&2
(cd "$root" && mvn -B -q package -DskipTests -Dmaven.javadoc.skip=true -pl dscore-cli,dscore-benchmarks -am) >&2
jar="$(ls -t "$root"/dscore-cli/target/dscore-cli-*-all.jar | head -n 1)"
touch "$jar"  # as ./dscore does after a build: a reproducible build may leave the jar with its old time
classpath="$jar:$root/dscore-benchmarks/target/classes"

if [[ -n "${DSCORE_JAVA_OPTS+set}" ]]; then
    java_opts="$DSCORE_JAVA_OPTS"
else
    java_opts="$(sed -e 's/#.*//' "$root/dscore-cli/src/main/dist/jvm.options" | tr -s ' \t\n' ' ')"
fi
# shellcheck disable=SC2116,SC2086
java_opts="$(echo $java_opts)"  # trimmed, one blank between options

tmp="$(mktemp -d "${TMPDIR:-/tmp}/dscore-cli-benchmark.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

# Writes $2 rows of coins.csv to the CSV file $3 and the JSON file $4: row i is template row (i-1) mod 26 with
# " i" appended to its name and i to its symbol. JSON: one object per row, an empty cell left out (not known),
# the numeric columns as JSON numbers.
generate() {
    awk -v rows="$2" -v csv="$3" -v json="$4" '
    function csvsplit(line, out,    n, i, c, f, q) {
        n = 0; f = ""; q = 0
        for (i = 1; i <= length(line); i++) {
            c = substr(line, i, 1)
            if (q) {
                if (c == "\"") {
                    if (substr(line, i + 1, 1) == "\"") { f = f c; i++ } else q = 0
                } else f = f c
            } else if (c == "\"") q = 1
            else if (c == ",") { out[++n] = f; f = "" }
            else f = f c
        }
        out[++n] = f
        return n
    }
    function jstr(s) { gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); return "\"" s "\"" }
    BEGIN { split("block_producers nakamoto_coefficient launch_year insider_allocation_pct dev_fund_pct incidents", n)
            for (i in n) numeric[n[i]] }
    { sub(/\r$/, "") }
    NR == 1 {
        cols = csvsplit($0, head)
        if (head[1] != "name" || head[2] != "symbol") { print "name and symbol must be the first columns" > "/dev/stderr"; exit 2 }
        print $0 > csv; next
    }
    NF > 0 {
        if (csvsplit($0, cell) != cols || substr($0, 1, 1) == "\"") { print "unexpected template row " NR > "/dev/stderr"; exit 2 }
        t++; name[t] = cell[1]; sym[t] = cell[2]
        rest[t] = substr($0, length(cell[1]) + length(cell[2]) + 3)
        j = ""
        for (i = 3; i <= cols; i++) {
            if (cell[i] != "") j = j ",\"" head[i] "\":" (head[i] in numeric ? cell[i] : jstr(cell[i]))
        }
        jtail[t] = j
    }
    END {
        print "[" > json
        for (i = 1; i <= rows; i++) {
            k = (i - 1) % t + 1
            print name[k] " " i "," sym[k] i "," rest[k] > csv
            print "{\"name\":" jstr(name[k] " " i) ",\"symbol\":" jstr(sym[k] i) jtail[k] "}" (i < rows ? "," : "") > json
        }
        print "]" > json
    }' "$1"
}

mb() { stat -c %s "$1" | awk '{ printf "%.1f", $1 / 1e6 }'; }
load() { cut -d ' ' -f 1 /proc/loadavg; }

# measure EXPECTED_ROWS LABEL PASS COMMAND...: runs COMMAND $runs times, checks it read EXPECTED_ROWS rows (the
# last line of standard error), prints one table row and leaves the median wall and CPU times in $median and
# $median_cpu.
measure() {
    local expected="$1" label="$2" pass="$3"
    shift 3
    local walls=() cpus=() rss=0 before i wall user sys kb last
    before="$(load)"
    for ((i = 1; i <= runs; i++)); do
        if ! /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/err"; then
            echo "cli-benchmark: failed: $*" >&2
            cat "$tmp/err" >&2
            exit 1
        fi
        last="$(tail -n 1 "$tmp/err")"
        if [[ "$last" != "scored $expected, rejected 0" && "$last" != "read $expected rows, 0 bad" ]]; then
            echo "cli-benchmark: expected $expected rows read, got: $last ($*)" >&2
            exit 1
        fi
        read -r wall user sys kb <"$tmp/time"
        walls+=("$wall")
        cpus+=("$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')")
        if ((kb > rss)); then rss="$kb"; fi
    done
    median="$(printf '%s\n' "${walls[@]}" | sort -n | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }')"
    median_cpu="$(printf '%s\n' "${cpus[@]}" | sort -n | awk '{ w[NR] = $1 } END { print w[int((NR + 1) / 2)] }')"
    local ratio=""
    if [[ "$pass" != parse-only && -n "${floor:-}" ]]; then
        ratio="$(awk -v m="$median" -v f="$floor" -v c="$median_cpu" -v fc="$floor_cpu" \
            'BEGIN { printf "%.2f / %.2f", m / f, c / fc }')"
    fi
    printf '| %s | %s | %s | %s | %s | %s | %d | %s |\n' "$label" "$pass" "$before" "$(echo "${walls[*]}" | sed 's/ /, /g')" \
        "$median" "$median_cpu" $(((rss + 512) / 1024)) "$ratio"
}

# /usr/bin/time runs programs, not shell functions: the two commands as words
dscore=(env DSCORE_JAVA_OPTS="$java_opts" "$root/dscore")
# shellcheck disable=SC2206 # the options are words
parse_only=(java $java_opts -cp "$classpath" io.dscore.benchmarks.ParseOnly)

echo "cli-benchmark: generating ${rows_list[*]} rows in $tmp..." >&2
for rows in "${rows_list[@]}"; do
    generate "$root/docs/examples/coins.csv" "$rows" "$tmp/coins-$rows.csv" "$tmp/coins-$rows.json"
done
"${dscore[@]}" score >/dev/null 2>&1  # once untimed: the examples' page cache

commit="$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
[[ -n "$(git -C "$root" status --porcelain --untracked-files=no 2>/dev/null)" ]] && commit="$commit (with uncommitted changes)"
echo "dscore-benchmarks/cli-benchmark.sh ${rows_list[*]}"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $commit; $(nproc) cores; $(java -version 2>&1 | sed -n 2p)"
echo "- JVM options: \`${java_opts:-(none: the JVM defaults)}\`${DSCORE_JAVA_OPTS+ (from DSCORE_JAVA_OPTS)}; $runs runs each; --as-of $as_of"
inputs="$(for rows in "${rows_list[@]}"; do printf '%s rows: CSV %s MB, JSON %s MB; ' "$rows" \
    "$(mb "$tmp/coins-$rows.csv")" "$(mb "$tmp/coins-$rows.json")"; done)"
echo "- inputs: ${inputs%; }"
echo "- load before: $(uptime | sed 's/.*load average/load average/')"
echo
echo "| input | pass | load | wall, s (each run) | median wall, s | median CPU, s | max RSS, MB | x parse-only (wall / CPU) |"
echo "|---|---|---:|---|---:|---:|---:|---:|"
floor=""
measure 26 "examples (26 rows)" "\`dscore score\`" "${dscore[@]}" score --as-of "$as_of"
for rows in "${rows_list[@]}"; do
    for kind in csv json; do
        file="$tmp/coins-$rows.$kind"
        label="$rows rows, $kind"
        floor=""
        measure "$rows" "$label" parse-only "${parse_only[@]}" "$file"
        floor="$median"
        floor_cpu="$median_cpu"
        for format in csv json table; do
            measure "$rows" "$label" "\`-f $format\`" "${dscore[@]}" score --as-of "$as_of" -f "$format" "$file"
        done
    done
done
echo
echo "- load after: $(uptime | sed 's/.*load average/load average/')"
