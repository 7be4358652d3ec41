package clean

import (
	"os"
	"path/filepath"
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
	var lines []string
	seen := map[string]bool{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.Join(strings.Fields(l), " "); l != "" && !seen[l] {
				seen[l] = true
				lines = append(lines, l)
			}
		}
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
