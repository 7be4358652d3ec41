package textdump

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/pare-dev/pare/internal/cputime"
	"github.com/pare-dev/pare/internal/lang"
)

// benchDumps returns the dumps of one directory of the corpora beside the
// repository, or skips b when there are none.
func benchDumps(b *testing.B, dir string) []string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", dir, "*.txt"))
	var dumps []string
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		dumps = append(dumps, string(d))
	}
	if len(dumps) == 0 {
		b.Skip("no corpus beside the repository")
	}
	return dumps
}

// BenchmarkReadLines measures the line reader alone (readLines) on the
// dumps of the corpora; cpu-ns/page is the process's CPU time a dump (run
// with -cpu 1).
func BenchmarkReadLines(b *testing.B) {
	for _, set := range []struct{ name, dir string }{
		{"corpus-text", "corpus/text"},
		{"corpus-innertext", "corpus/innertext"},
		{"body-text", "corpus-body/text"},
	} {
		b.Run("set="+set.name, func(b *testing.B) {
			dumps := benchDumps(b, set.dir)
			size := 0
			for _, d := range dumps {
				size += len(d)
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu, n := cputime.Process(), 0
			for b.Loop() {
				for _, d := range dumps {
					readLines(d)
				}
				n++
			}
			if cpu > 0 {
				b.ReportMetric(float64((cputime.Process()-cpu).Nanoseconds())/float64(n*len(dumps)), "cpu-ns/page")
			}
		})
	}
}

// BenchmarkCountWords measures countWords alone on the lower-cased lines
// of the corpora's dumps (those read as they are in readLinesContext).
func BenchmarkCountWords(b *testing.B) {
	type line struct {
		lower string
		ascii bool
	}
	var lines []line
	for _, dir := range []string{"corpus/text", "corpus/innertext"} {
		for _, d := range benchDumps(b, dir) {
			for _, l := range readLines(d) {
				lower := lang.ToLower(l.text)
				lines = append(lines, line{lower, lang.IsASCII(lower)})
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			countWords(l.lower, l.ascii)
		}
	}
}
