#!/usr/bin/env bash
# Builds the same synthetic news corpus with Masthead, Hugo and Jekyll, interleaved, and reports medians.
#
#   bench/run.sh [--install] [--tools masthead,hugo,jekyll] [--seed S] [--results FILE] N [RUNS]
#
# N      posts in the corpus (1000, 10000, 100000 ...)
# RUNS   rounds (default 3); each round builds with every tool in turn (A B C A B C ...), each build once
#        cold (fresh output folder, tool caches removed), then warm (the same build again, nothing changed), then
#        edit (one post, the same in every tool's copy, gains a paragraph; the file is put back afterwards)
#
# Environment:
#   MASTHEAD_BENCH_WORK  where corpora, outputs and results go (default ${TMPDIR:-/tmp}/masthead-bench)
#   MVN_ARGS             extra Maven arguments, e.g. "-o -Dmaven.repo.local=/path/to/m2"
#   MASTHEAD_JAVA_OPTS   JVM options for Masthead's builds, e.g. "-Xmx1g"
#   JEKYLL_RUNS          rounds that include Jekyll (default RUNS; Jekyll takes minutes at 10,000 posts)
#   BENCH_TIMEOUT        seconds one build may take before it is stopped (default 1800)
#
# See bench/README.md for what each figure means.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${MASTHEAD_BENCH_WORK:-${TMPDIR:-/tmp}/masthead-bench}
TIMEOUT=${BENCH_TIMEOUT:-1800}
MVN_ARGS=${MVN_ARGS:-}
MASTHEAD_JAVA_OPTS=${MASTHEAD_JAVA_OPTS:-}
# the JVM options the command line's launcher gives a build, so that Masthead is timed as `masthead build` runs:
# its lines from build_jit="..." to the end of the loop that leaves build_gc out when Java's options choose a collector
BUILD_OPTS=$( (sed -n '/^build_jit="/,/^done$/p' "$ROOT/cli/src/main/scripts/masthead"
    echo 'echo "$build_jit $build_gc"') | MASTHEAD_JAVA_OPTS="$MASTHEAD_JAVA_OPTS" sh)
case "$BUILD_OPTS" in
    *-XX:Tier4*) ;;
    *) echo "no build_jit=\"...\" line in cli/src/main/scripts/masthead" >&2; exit 70 ;;
esac
SEED=42
INSTALL=false
TOOLS=""
RESULTS=""

usage() {
    sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2
    exit 64
}

while [ $# -gt 0 ]; do
    case "$1" in
        --install) INSTALL=true; shift ;;
        --tools) TOOLS=${2//,/ }; shift 2 ;;
        --seed) SEED=$2; shift 2 ;;
        --results) RESULTS=$2; shift 2 ;;
        -h|--help) usage ;;
        -*) echo "unknown option $1" >&2; usage ;;
        *) break ;;
    esac
done
[ $# -ge 1 ] && [ $# -le 2 ] || usage
N=$1
RUNS=${2:-3}
JEKYLL_RUNS=${JEKYLL_RUNS:-$RUNS}
[[ "$N" =~ ^[0-9]+$ && "$RUNS" =~ ^[0-9]+$ && "$JEKYLL_RUNS" =~ ^[0-9]+$ && "$SEED" =~ ^-?[0-9]+$ ]] \
    || { echo "N, RUNS, JEKYLL_RUNS and the seed must be whole numbers" >&2; exit 64; }

log() { printf '[bench] %s\n' "$*" >&2; }
trap 'log "stopped by a failed command at line $LINENO"' ERR

if $INSTALL; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO=sudo
    log "installing hugo, jekyll and its plugins, time and gnuplot with apt-get"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q hugo jekyll ruby-jekyll-paginate ruby-jekyll-feed \
        time gnuplot-nox >/dev/null
fi
[ -x /usr/bin/time ] || { echo "/usr/bin/time is missing: apt-get install time (or run with --install)" >&2; exit 69; }

if [ -z "$TOOLS" ]; then
    TOOLS="masthead"
    command -v hugo >/dev/null && TOOLS="$TOOLS hugo" || log "hugo not found: skipped (--install adds it)"
    command -v jekyll >/dev/null && TOOLS="$TOOLS jekyll" || log "jekyll not found: skipped (--install adds it)"
fi

mkdir -p "$WORK/results" "$WORK/out"

# --- Masthead: build it when its jars are missing or older than the sources, then its runtime classpath.
GEN_JAR=$(ls "$ROOT"/generator/target/masthead-generator-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -1 || true)
if [ -z "$GEN_JAR" ] || [ -n "$(find "$ROOT/generator/src/main" "$ROOT/themes" "$ROOT/pom.xml" "$ROOT/generator/pom.xml" \
        -newer "$GEN_JAR" -type f -not -path '*/target/*' 2>/dev/null | head -1)" ]; then
    log "building Masthead (mvn install -DskipTests)"
    (cd "$ROOT" && mvn -q -B $MVN_ARGS install -DskipTests -pl generator -am) >&2
    GEN_JAR=$(ls "$ROOT"/generator/target/masthead-generator-*.jar | grep -v -e sources -e javadoc | head -1)
fi
CP_FILE="$WORK/classpath.txt"
if [ ! -s "$CP_FILE" ] || [ "$ROOT/generator/pom.xml" -nt "$CP_FILE" ] || [ "$ROOT/pom.xml" -nt "$CP_FILE" ]; then
    (cd "$ROOT" && mvn -q -B $MVN_ARGS dependency:build-classpath -DincludeScope=runtime \
        -Dmdep.outputFile="$CP_FILE" -f generator/pom.xml) >&2
fi
CLASSPATH_M="$GEN_JAR:$(cat "$CP_FILE")"
LAUNCHER="$WORK/launcher"
if [ ! -f "$LAUNCHER/BuildSite.class" ] || [ "$ROOT/bench/corpus/BuildSite.java" -nt "$LAUNCHER/BuildSite.class" ] \
        || [ "$GEN_JAR" -nt "$LAUNCHER/BuildSite.class" ]; then
    mkdir -p "$LAUNCHER"
    javac -d "$LAUNCHER" -cp "$CLASSPATH_M" "$ROOT/bench/corpus/BuildSite.java"
fi

# --- The corpus: generated once per (N, seed, generator version) and kept.
GEN_VERSION=$(sed -n 's/.*static final String VERSION = "\(.*\)";.*/\1/p' "$ROOT/bench/corpus/CorpusGenerator.java")
CORPUS="$WORK/corpus-$N-$SEED-v$GEN_VERSION"
if [ ! -f "$CORPUS/corpus.txt" ]; then
    rm -rf "$CORPUS"
    log "generating $N posts (seed $SEED) into $CORPUS"
    java "$ROOT/bench/corpus/CorpusGenerator.java" "$CORPUS.tmp" "$N" "$SEED" >&2
    mv "$CORPUS.tmp" "$CORPUS"
fi
SITE="$CORPUS/site"
HUGO_SITE="$CORPUS/hugo"

STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULTS=${RESULTS:-$WORK/results/bench-$N-$STAMP.md}
RAW="${RESULTS%.md}.tsv"
PHASES="${RESULTS%.md}.masthead-phases.txt"
LOGS="${RESULTS%.md}.logs"
mkdir -p "$(dirname "$RESULTS")" "$LOGS"
printf 'n\ttool\tmode\trun\twall_s\tcpu_s\tuser_s\tsys_s\trss_mb\tpages\tfeeds\tout_mb\texit\n' > "$RAW"
: > "$PHASES"

out_dir() { echo "$WORK/out/$N/$1"; }

command_for() {
    local tool=$1 out
    out=$(out_dir "$tool")
    case "$tool" in
        masthead) echo "java $BUILD_OPTS $MASTHEAD_JAVA_OPTS -cp $LAUNCHER:\$MASTHEAD_CLASSPATH BuildSite $SITE $out" ;;
        hugo) echo "hugo --quiet -s $HUGO_SITE -d $out --cacheDir $WORK/hugo-cache" ;;
        jekyll) echo "jekyll build --quiet -s $SITE -d $out" ;;
    esac
}

# Sets CMD to the build command of a tool.
set_command() {
    local tool=$1 out
    out=$(out_dir "$tool")
    case "$tool" in
        # shellcheck disable=SC2206 # BUILD_OPTS and MASTHEAD_JAVA_OPTS hold several options
        masthead) CMD=(java $BUILD_OPTS $MASTHEAD_JAVA_OPTS -cp "$LAUNCHER:$CLASSPATH_M" BuildSite "$SITE" "$out") ;;
        hugo) CMD=(hugo --quiet -s "$HUGO_SITE" -d "$out" --cacheDir "$WORK/hugo-cache") ;;
        jekyll) CMD=(jekyll build --quiet -s "$SITE" -d "$out") ;;
        *) echo "unknown tool $tool" >&2; exit 64 ;;
    esac
}

# The post the edit builds change: the middle one by name, the same file in every tool's copy of the corpus.
EDITED=$(find "$SITE/_posts" -type f -printf '%f\n' | LC_ALL=C sort | sed -n "$(( (N + 1) / 2 ))p")
BACKUP="$WORK/edit-backup"

edited_files() { printf '%s\n' "$SITE/_posts/$EDITED" "$HUGO_SITE/content/posts/$EDITED"; }

# Appends a paragraph to the edited post in each copy, keeping the originals outside the sites.
edit_post() {
    mkdir -p "$BACKUP"
    local k=0 f
    while read -r f; do
        k=$((k + 1))
        [ -f "$f" ] || continue
        cp -p "$f" "$BACKUP/$k"
        printf '\n<p>A paragraph added between two builds.</p>\n' >> "$f"
    done < <(edited_files)
}

restore_post() {
    local k=0 f
    while read -r f; do
        k=$((k + 1))
        [ -f "$BACKUP/$k" ] && mv "$BACKUP/$k" "$f"
    done < <(edited_files)
    return 0
}
trap restore_post EXIT

clean_tool() {
    local tool=$1
    rm -rf "$(out_dir "$tool")"
    case "$tool" in
        masthead) rm -rf "$SITE/.masthead-cache" ;;
        hugo) rm -rf "$WORK/hugo-cache" "$HUGO_SITE/resources" "$HUGO_SITE/.hugo_build.lock" ;;
        jekyll) rm -rf "$SITE/.jekyll-cache" "$SITE/.jekyll-metadata" ;;
    esac
}

# seconds from /usr/bin/time's "h:mm:ss" or "m:ss.ss"
to_seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'; }

measure() {
    local tool=$1 mode=$2 run=$3 out tf lg rc=0
    out=$(out_dir "$tool")
    tf="$LOGS/$tool-$mode-$run.time"
    lg="$LOGS/$tool-$mode-$run.log"
    set_command "$tool"
    timeout -k 10 "$TIMEOUT" /usr/bin/time -v -o "$tf" "${CMD[@]}" >"$lg" 2>&1 || rc=$?
    local wall user sys rss pages feeds mb
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tf" | to_seconds)
    user=$(sed -n 's/.*User time (seconds): //p' "$tf")
    sys=$(sed -n 's/.*System time (seconds): //p' "$tf")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tf")
    [ -n "$wall" ] || wall=NaN
    [ -n "$user" ] || user=0
    [ -n "$sys" ] || sys=0
    [ -n "$rss" ] || rss=0
    if [ -d "$out" ]; then
        # Hugo writes tiny redirect pages (aliases) for page/1/: not pages, so not counted.
        pages=$(( $(find "$out" -type f -name '*.html' | wc -l) \
            - $( (find "$out" -type f -name '*.html' -size -2k -exec grep -l 'http-equiv="refresh"' {} + || true) | wc -l) ))
        feeds=$(find "$out" -type f -name '*.xml' | wc -l)
        mb=$(du -sm "$out" | cut -f1)
    else
        pages=0; feeds=0; mb=0
    fi
    [ "$rc" -eq 0 ] || log "$tool $mode build $run exited $rc (see $lg)"
    if [ "$tool" = masthead ]; then
        printf '%s %s %s\n' "$mode" "$run" "$(grep -h '^phases:\|posts read' "$lg" | tr '\n' ' ')" >> "$PHASES"
    fi
    local cpu rss_mb
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
    rss_mb=$(awk -v k="$rss" 'BEGIN { printf "%.0f", k / 1024 }')
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$N" "$tool" "$mode" "$run" "$wall" "$cpu" \
        "$user" "$sys" "$rss_mb" "$pages" "$feeds" "$mb" "$rc" >> "$RAW"
    log "$(printf '%-8s %-4s run %s: %7.2f s wall, %7.2f s CPU, %5d MB peak, %6d pages' "$tool" "$mode" "$run" \
        "$wall" "$cpu" "$rss_mb" "$pages")"
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
log "N=$N runs=$RUNS (jekyll: $JEKYLL_RUNS) tools: $TOOLS; results: $RESULTS"
for run in $(seq 1 "$RUNS"); do
    for tool in $TOOLS; do
        if [ "$tool" = jekyll ] && [ "$run" -gt "$JEKYLL_RUNS" ]; then
            continue
        fi
        clean_tool "$tool"
        measure "$tool" cold "$run"
        measure "$tool" warm "$run"
        edit_post
        measure "$tool" edit "$run"
        restore_post
    done
done

# --- Summary: medians per tool and mode, and Masthead's ratios to each other tool.
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR == 0) print "NaN"; else if (NR % 2) print a[(NR + 1) / 2];
    else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
col() { awk -F'\t' -v t="$1" -v m="$2" -v c="$3" 'NR > 1 && $2 == t && $3 == m && $13 == 0 { print $c }' "$RAW"; }
count() { awk -F'\t' -v t="$1" -v m="$2" 'NR > 1 && $2 == t && $3 == m && $13 == 0' "$RAW" | wc -l; }
failed() { awk -F'\t' -v t="$1" 'NR > 1 && $2 == t && $13 != 0' "$RAW" | wc -l; }

declare -A WALL CPU RSS PAGES
{
    echo "## $N posts"
    echo
    echo "Corpus: \`$(grep -m1 '^body bytes' "$CORPUS/corpus.txt")\`; $(grep -m1 '^markdown' "$CORPUS/corpus.txt") Markdown," \
        "$(grep -m1 '^html' "$CORPUS/corpus.txt") HTML posts; seed $SEED. $(date -u +%Y-%m-%d), $(nproc) cores," \
        "$(free -g | awk '/^Mem:/ { print $2 }') GiB; load average before $LOAD_BEFORE, after $(cut -d' ' -f1-3 /proc/loadavg)."
    echo
    echo "| tool | build | runs | wall s | CPU s | peak RSS MB | pages | feeds | output MB | pages/s |"
    echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    for tool in $TOOLS; do
        for mode in cold warm edit; do
            runs=$(count "$tool" "$mode")
            [ "$runs" -gt 0 ] || continue
            WALL[$tool-$mode]=$(col "$tool" "$mode" 5 | median)
            CPU[$tool-$mode]=$(col "$tool" "$mode" 6 | median)
            RSS[$tool-$mode]=$(col "$tool" "$mode" 9 | median)
            PAGES[$tool-$mode]=$(col "$tool" "$mode" 10 | median)
            feeds=$(col "$tool" "$mode" 11 | median)
            mb=$(col "$tool" "$mode" 12 | median)
            awk -v t="$tool" -v m="$mode" -v r="$runs" -v w="${WALL[$tool-$mode]}" -v c="${CPU[$tool-$mode]}" \
                -v s="${RSS[$tool-$mode]}" -v p="${PAGES[$tool-$mode]}" -v f="$feeds" -v o="$mb" 'BEGIN {
                printf "| %s | %s | %d | %.2f | %.2f | %.0f | %d | %d | %d | %.0f |\n", t, m, r, w, c, s, p, f, o, (w > 0 ? p / w : 0) }'
        done
        if [ "$(failed "$tool")" -gt 0 ]; then
            echo "| $tool | failed or timed out | $(failed "$tool") | | | | | | | |"
        fi
    done
    echo
    others=""
    for tool in $TOOLS; do
        [ "$tool" = masthead ] || others="$others $tool"
    done
    if [ -n "$others" ] && [ -n "${WALL[masthead-cold]:-}" ]; then
        echo "Masthead compared (other tool ÷ Masthead for time: above 1 means Masthead is faster; Masthead ÷ other tool for memory):"
        echo
        echo "| vs | cold wall | warm wall | edit wall | cold CPU | warm CPU | cold peak RSS (Masthead ÷ tool) |"
        echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
        for tool in $others; do
            [ -n "${WALL[$tool-cold]:-}" ] || continue
            awk -v t="$tool" -v mc="${WALL[masthead-cold]}" -v mw="${WALL[masthead-warm]:-NaN}" -v oc="${WALL[$tool-cold]}" \
                -v ow="${WALL[$tool-warm]:-NaN}" -v me="${WALL[masthead-edit]:-NaN}" -v oe="${WALL[$tool-edit]:-NaN}" -v cc="${CPU[masthead-cold]}" -v cw="${CPU[masthead-warm]:-NaN}" \
                -v occ="${CPU[$tool-cold]}" -v ocw="${CPU[$tool-warm]:-NaN}" -v rm="${RSS[masthead-cold]}" \
                -v ro="${RSS[$tool-cold]}" 'function r(a, b) { return (b > 0 ? sprintf("%.2f×", a / b) : "n/a") }
                BEGIN { printf "| %s | %s | %s | %s | %s | %s | %s |\n", t, r(oc, mc), r(ow, mw), r(oe, me), r(occ, cc),
                r(ocw, cw), r(rm, ro) }'
        done
        echo
    fi
    echo "Commands (RUNS=$RUNS, JEKYLL_RUNS=$JEKYLL_RUNS, interleaved; cold = output folder and caches removed first):"
    echo
    for tool in $TOOLS; do
        echo "    $(command_for "$tool")"
    done
    echo
    echo "Masthead's phases (from its build events), per build:"
    echo
    sed 's/^/    /' "$PHASES"
} | tee "$RESULTS"
log "results: $RESULTS (raw figures: $RAW, logs: $LOGS)"
