package clean

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/internal/cputime"
	"github.com/pare-dev/pare/internal/lang"
)

// dumpLines returns the distinct lines of the dumps that pattern names,
// trimmed and with their white space folded as the text path's line reader
// gives them to the rules, or none when the corpus is not there.
func dumpLines(tb testing.TB, pattern string) []string {
	tb.Helper()
	paths, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	var all []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" {
				all = append(all, l)
			}
		}
	}
	// Each text's first line, in the dumps' order: found by sorting,
	// not with a map, so that the work before the benchmark is the same
	// from run to run (cachegrind's counts of it).
	order := make([]int, len(all))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return strings.Compare(all[a], all[b]) })
	first := order[:0]
	for k, i := range order {
		if k == 0 || all[i] != all[order[k-1]] {
			first = append(first, i)
		}
	}
	slices.Sort(first)
	lines := make([]string, len(first))
	for k, i := range first {
		lines[k] = all[i]
	}
	return lines
}

// BenchmarkLineRules runs the text path's line rules (DefaultTextRules,
// then EndRules on the same Line) over every distinct line of a dump set,
// each line lower-cased and counted first as the line reader does
// (path=base does only that). cpu-ns/line is the process's CPU time a
// line, which the load of a shared machine moves less than ns/op.
func BenchmarkLineRules(b *testing.B) {
	rules, ends := DefaultTextRules(), EndRules()
	for _, set := range []struct{ name, pattern string }{
		{"innertext", "../../shared/corpus/innertext/*.txt"},
		{"text", "../../shared/corpus/text/*.txt"},
	} {
		lines := dumpLines(b, set.pattern)
		for _, path := range []string{"base", "rules"} {
			b.Run("set="+set.name+"/path="+path, func(b *testing.B) {
				if len(lines) == 0 {
					b.Skip("corpus not found")
				}
				var lw lang.Lowerer
				var l Line
				cpu := cputime.Process()
				for i := 0; i < b.N; i++ {
					for _, s := range lines {
						n := len(s)
						if !lang.IsASCII(s) {
							n = runeLen(s)
						}
						l = NewLineLower(s, lw.ToLower(s), n)
						if path == "rules" {
							FirstMatchLine(&l, rules)
							FirstMatchLine(&l, ends)
						}
					}
				}
				b.ReportMetric(float64((cputime.Process()-cpu).Nanoseconds())/float64(b.N*len(lines)), "cpu-ns/line")
			})
		}
	}
}
