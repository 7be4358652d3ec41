package extract

import (
	"testing"
	"time"

	"github.com/pare-dev/pare/internal/cputime"
)

// BenchmarkTextVsHTML runs, in each operation, pare on a set's HTML pages
// and then on the text dumps of the same pages (w3m's, and the browser's
// innerText where there are), and reports each path's throughput in MB of
// its own input per second of the process's CPU time, and the text paths'
// throughput over the HTML path's (text/html, innertext/html): issue 15
// asks for 1 or more. Both paths run in the same operation, so the ratio
// holds even when other programs slow the machine down, and CPU time moves
// much less than wall time then. Run with -cpu 1:
//
//	go test ./extract -run '^$' -bench TextVsHTML -benchtime 3x -cpu 1 -count 6
func BenchmarkTextVsHTML(b *testing.B) {
	if cputime.Process() == 0 {
		b.Skip("no CPU time on this system")
	}
	for _, set := range benchSets() {
		if len(set.html) == 0 || len(set.text) == 0 {
			continue
		}
		b.Run("set="+set.name, func(b *testing.B) {
			paths := []struct {
				name  string
				pages [][]byte
				f     func([]byte)
				cpu   time.Duration
				size  int
			}{
				{name: "html", pages: set.html, f: pare(HTML)},
				{name: "text", pages: set.text, f: pare(Text)},
				{name: "innertext", pages: set.innerText, f: pare(Text)},
			}
			for k := range paths {
				for _, p := range paths[k].pages {
					paths[k].size += len(p)
				}
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for k := range paths {
					start := cputime.Process()
					for _, p := range paths[k].pages {
						paths[k].f(p)
					}
					paths[k].cpu += cputime.Process() - start
				}
			}
			rate := map[string]float64{}
			for _, p := range paths {
				if p.size == 0 || p.cpu <= 0 {
					continue
				}
				rate[p.name] = float64(p.size) * float64(b.N) / 1e6 / p.cpu.Seconds()
				b.ReportMetric(rate[p.name], p.name+"-MB/cpu-s")
			}
			for _, name := range []string{"text", "innertext"} {
				if rate[name] > 0 && rate["html"] > 0 {
					b.ReportMetric(rate[name]/rate["html"], name+"/html")
				}
			}
		})
	}
}
