package textdump

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pare-dev/pare/internal/cputime"
)

// BenchmarkChooseTitle measures the headline choice alone on the dumps of
// the corpora beside the repository (skipped without them): the lines are
// read and the region found before the clock runs. cpu-ns/page is the
// process's CPU time a page (run with -cpu 1).
func BenchmarkChooseTitle(b *testing.B) {
	type page struct {
		lines      []textLine
		start, end int
	}
	var pages []page
	for _, dir := range []string{"corpus/text", "corpus/innertext", "corpus-body/text"} {
		files, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", dir, "*.txt"))
		for _, f := range files {
			d, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			lines := readLines(string(d))
			if start, end := findRegion(lines); start >= 0 {
				pages = append(pages, page{lines, start, end})
			}
		}
	}
	if len(pages) == 0 {
		b.Skip("no corpus beside the repository")
	}
	b.ReportAllocs()
	cpu, n := cputime.Process(), 0
	for b.Loop() {
		for _, p := range pages {
			chooseTitle(p.lines, p.start, p.end)
		}
		n++
	}
	if cpu > 0 {
		b.ReportMetric(float64((cputime.Process()-cpu).Nanoseconds())/float64(n*len(pages)), "cpu-ns/page")
	}
}
