#!/usr/bin/env bash
# Plots the median cold build time against the number of posts, one line per tool, from the raw
# figures (.tsv) that bench/run.sh writes beside its results.
#
#   bench/scripts/plot.sh OUT.png RESULTS.tsv [RESULTS.tsv ...]
#
# Needs gnuplot (Debian: gnuplot-nox). Failed or timed-out builds are left out.
set -euo pipefail

[ $# -ge 2 ] || { sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 64; }
command -v gnuplot >/dev/null || { echo "gnuplot is missing: apt-get install gnuplot-nox" >&2; exit 69; }
png=$1
shift
data=$(mktemp)
trap 'rm -f "$data"' EXIT

# tool, n, median wall seconds of the cold builds: sorted so that each (tool, n) group is in order of time.
awk -F'\t' 'FNR > 1 && $3 == "cold" && $13 == 0 { print $2 "\t" $1 "\t" $5 }' "$@" | sort -t$'\t' -k1,1 -k2,2n -k3,3g |
    awk -F'\t' '
        function flush() { if (k > 0) { m = (k % 2) ? v[(k + 1) / 2] : (v[k / 2] + v[k / 2 + 1]) / 2; print tool "\t" n "\t" m } k = 0 }
        $1 != tool || $2 != n { flush(); tool = $1; n = $2 }
        { v[++k] = $3 }
        END { flush() }' > "$data"

tools=$(cut -f1 "$data" | uniq)
plots=""
i=0
for tool in $tools; do
    i=$((i + 1))
    case "$tool" in masthead) color="#c0392b" ;; hugo) color="#2471a3" ;; jekyll) color="#7d3c98" ;; *) color="#555555" ;; esac
    # Hugo's labels go below its points, the others' above, so that close figures stay readable
    case "$tool" in hugo) offset="1.2,-0.8" ;; *) offset="1.2,0.6" ;; esac
    label=$(printf '%s' "$tool" | sed 's/^./\U&/')
    plots="$plots${plots:+, }'$data' using (strcol(1) eq '$tool' ? \$2 : 1/0):3 with linespoints lw 2 pt 7 ps 1.2 lc rgb '$color' title '$label',"
    plots="$plots '$data' using (strcol(1) eq '$tool' ? \$2 : 1/0):3:(sprintf('%.1f s', \$3)) with labels offset char $offset tc rgb '$color' notitle"
done

gnuplot <<EOF
set terminal pngcairo size 900,560 font 'DejaVu Sans,11'
set output '$png'
set datafile separator '\t'
set title 'Cold build time of the same news corpus (median of the runs; 2 cores)'
set xlabel 'posts'
set ylabel 'wall-clock seconds'
set logscale xy
set format x '%.0f'
set grid xtics ytics mxtics mytics lc rgb '#dddddd'
set key top left
set xrange [*:*]
set offsets graph 0.08, graph 0.15, graph 0.1, graph 0.1
plot $plots
EOF
echo "wrote $png" >&2
