#!/usr/bin/env bash
# Batch benchmark: generates N made-up pages (cmd/pagegen, 50 sites) and cleans
# the folder at -j 1 and -j 2, then a folder of SMALL pages at -j 2, and
# reports files/s and peak memory (max RSS from /usr/bin/time). Peak memory
# should not grow with the number of files, and -j 2 should be at least 1.7×
# -j 1 on two idle cores: run it when nothing else is busy.
#
#   .ci/batch-bench.sh                 # 10,000 and 2,000 pages, site learning on
#   N=20000 ARGS=--no-learn .ci/batch-bench.sh
#   REPEAT=3 .ci/batch-bench.sh        # best time of 3 runs each, on a busy machine
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-10000}
SMALL=${SMALL:-2000}
ARGS=${ARGS:-}
REPEAT=${REPEAT:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

go build -o "$work/pare" ./cmd/pare
go run ./cmd/pagegen -n "$N" -o "$work/pages"
go run ./cmd/pagegen -n "$SMALL" -o "$work/small"
echo "pages: $N in $(du -sh "$work/pages" | cut -f1), $SMALL in $(du -sh "$work/small" | cut -f1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-4s %9s %9s %9s %12s\n' pages jobs seconds files/s "CPU s" "max RSS MB"

# measure PAGES DIR JOBS: clean DIR afresh REPEAT times and print one row
# (the best time, the largest RSS); sets $secs and $out, the last run's
# output folder.
#
# Each run writes a new folder, and none is removed before the end: on ext4
# without a journal, as here, creating files soon after deleting many makes
# the kernel skip every inode deleted in the last minutes, which made 10,000
# files cost 2 s instead of 0.3 s and slowed down whichever run came after
# an `rm -rf` of the previous output (the -j 2 one).
runs=0
measure() {
	: > "$work/times"
	for _ in $(seq "$REPEAT"); do
		runs=$((runs + 1))
		out="$work/out-$runs"
		# Write back what the last run (or pagegen) left dirty now, not
		# during this run, where the kernel's writeback would take CPU time
		# from -j 2 but not from -j 1, which leaves a core idle.
		sync
		/usr/bin/time -f '%e %M %U %S' -a -o "$work/times" "$work/pare" -q -j "$3" $ARGS -o "$out" "$2"
	done
	secs=$(sort -n "$work/times" | head -1 | cut -d' ' -f1)
	awk -v n="$1" -v j="$3" '
		NR == 1 || $1 < s { s = $1; c = $3 + $4 }
		$2 > r { r = $2 }
		END { printf "%-8d %-4d %9.2f %9.0f %9.2f %12.1f\n", n, j, s, n / s, c, r / 1024 }' "$work/times"
}

measure "$N" "$work/pages" 1
t1=$secs
measure "$N" "$work/pages" 2
t2=$secs
measure "$SMALL" "$work/small" 2
awk -v a="$t1" -v b="$t2" 'BEGIN { printf "speed-up -j 2 / -j 1: %.2f×\n", a / b }'
boxes=$(grep -rl "letter every Friday" "$out" | wc -l || true)
echo "newsletter boxes left in the $SMALL pages (learned boilerplate; --no-learn keeps all): $boxes"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
