package extract

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	readability "codeberg.org/readeck/go-readability/v2"
	htmltomarkdown "github.com/JohannesKaufmann/html-to-markdown/v2"
	"golang.org/x/net/html"

	"github.com/pare-dev/pare/internal/cputime"
)

// The shared evaluation corpora, beside the repository. Each holds pages
// in html/ and the same pages' w3m dumps in text/ under the same names.
const (
	corpusDir = "../../shared/corpus"
	bodyDir   = "../../shared/corpus-body"
)

// benchPagesPerSet is how many pages of a corpus one benchmark operation
// runs on: an even spread over the sorted names, the same on every run.
const benchPagesPerSet = 100

// benchSet is one set of pages: HTML pages and, where there are, the text
// dumps of the same pages.
type benchSet struct {
	name      string
	html      [][]byte
	text      [][]byte // w3m dumps
	innerText [][]byte // browser innerText dumps
}

// spread returns up to n of paths, sorted, evenly spaced.
func spread(paths []string, n int) []string {
	sort.Strings(paths)
	if len(paths) <= n {
		return paths
	}
	out := make([]string, n)
	for i := range out {
		out[i] = paths[i*len(paths)/n]
	}
	return out
}

// readAll reads the files of paths that can be read.
func readAll(paths []string) [][]byte {
	var out [][]byte
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			out = append(out, data)
		}
	}
	return out
}

// corpusSet reads a spread of n pages of the corpus in dir, with the dumps
// of those same pages; it is empty when dir is not there.
func corpusSet(name, dir string, n int) benchSet {
	pages, _ := filepath.Glob(filepath.Join(dir, "html", "*.html"))
	pages = spread(pages, n)
	set := benchSet{name: name, html: readAll(pages)}
	for _, sub := range []string{"text", "innertext"} {
		var dumps []string
		for _, p := range pages {
			base := strings.TrimSuffix(filepath.Base(p), ".html")
			dumps = append(dumps, filepath.Join(dir, sub, base+".txt"))
		}
		if sub == "text" {
			set.text = readAll(dumps)
		} else {
			set.innerText = readAll(dumps)
		}
	}
	return set
}

// benchSets returns the sets to measure: the shared corpora when they are
// there, else the fixtures in testdata.
func benchSets() []benchSet {
	var sets []benchSet
	for _, c := range []struct{ name, dir string }{{"corpus", corpusDir}, {"body", bodyDir}} {
		if s := corpusSet(c.name, c.dir, benchPagesPerSet); len(s.html) > 0 {
			sets = append(sets, s)
		}
	}
	if len(sets) == 0 {
		htmlPaths, _ := filepath.Glob("../testdata/html/*.html")
		textPaths, _ := filepath.Glob("../testdata/text/*.txt")
		sort.Strings(htmlPaths)
		sort.Strings(textPaths)
		sets = append(sets, benchSet{name: "fixtures", html: readAll(htmlPaths), text: readAll(textPaths)})
	}
	return sets
}

// runPages runs f on every page once per operation: ns/op is the time for
// the whole set, MB/s its throughput, ns/page the time per page and
// cpu-ns/page the process's CPU time per page, which moves less than the
// others when other programs share the cores (run with -cpu 1).
func runPages(b *testing.B, pages [][]byte, f func([]byte)) {
	if len(pages) == 0 {
		b.Skip("no pages to run on")
	}
	total := 0
	for _, p := range pages {
		total += len(p)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Process()
	for i := 0; i < b.N; i++ {
		for _, p := range pages {
			f(p)
		}
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/n, "ns/page")
	if cpu > 0 {
		b.ReportMetric(float64((cputime.Process()-cpu).Nanoseconds())/n, "cpu-ns/page")
	}
}

// parseOnly is the floor any extractor pays: parsing the page once.
func parseOnly(p []byte) {
	_, _ = html.Parse(bytes.NewReader(p))
}

// readabilityMarkdown is a bare go-readability v2 pass followed by
// html-to-markdown, the pipeline pare is measured against.
func readabilityMarkdown(p []byte) {
	art, err := readability.FromReader(bytes.NewReader(p), nil)
	if err == nil && art.Node != nil {
		_, _ = htmltomarkdown.ConvertNode(art.Node)
	}
}

// pare returns pare's whole path for one kind of input, page to Markdown.
func pare(in Input) func([]byte) {
	return func(p []byte) {
		doc, err := ExtractBytes(p, Options{Input: in})
		if err == nil {
			_ = doc.WriteMarkdown(io.Discard, MarkdownOptions{})
		}
	}
}

// BenchmarkPipeline runs, on the same pages in one process, the floor
// (html.Parse), the bare go-readability v2 + html-to-markdown pass, pare on
// the HTML pages and pare on the text dumps of those pages, so that their
// ratios read off one run. One operation is the whole set of pages; MB/s
// is per byte of input of each path. Compare the paths with
//
//	go test ./extract -run '^$' -bench Pipeline -cpu 1 -count 6 > bench.txt
//	benchstat -col /path bench.txt
func BenchmarkPipeline(b *testing.B) {
	for _, set := range benchSets() {
		paths := []struct {
			name  string
			pages [][]byte
			f     func([]byte)
		}{
			{"parse", set.html, parseOnly},
			{"readability", set.html, readabilityMarkdown},
			{"html", set.html, pare(HTML)},
			{"text", set.text, pare(Text)},
			{"innertext", set.innerText, pare(Text)},
		}
		for _, p := range paths {
			if len(p.pages) == 0 {
				continue
			}
			b.Run("set="+set.name+"/path="+p.name, func(b *testing.B) {
				runPages(b, p.pages, p.f)
			})
		}
	}
}

// bigDumpSize is the size of the dump BenchmarkBigDump reads.
const bigDumpSize = 20 << 20

// BenchmarkBigDump reads one 20 MB w3m dump, the corpus's dumps one after
// the other, with the limits off: the time of one operation is the time of
// such a dump. Run it on its own, a few operations:
//
//	go test ./extract -run '^$' -bench BigDump -benchtime 3x -cpu 1
func BenchmarkBigDump(b *testing.B) {
	var dumps [][]byte
	for _, set := range benchSets() {
		dumps = append(dumps, set.text...)
	}
	if len(dumps) == 0 {
		b.Skip("no dumps to run on")
	}
	var buf bytes.Buffer
	for i := 0; buf.Len() < bigDumpSize; i++ {
		buf.Write(dumps[i%len(dumps)])
		buf.WriteString("\n\n")
	}
	page := buf.Bytes()[:bigDumpSize]
	opts := Options{Input: Text, Limits: Limits{MaxBytes: -1, MaxLines: -1, Timeout: -1}}
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := ExtractBytes(page, opts)
		if err != nil {
			b.Fatal(err)
		}
		_ = doc.WriteMarkdown(io.Discard, MarkdownOptions{})
	}
}

// BenchmarkExtractHTMLParallel runs the HTML path on every CPU at once, as a
// batch does. Run with -cpu 1,2 to see how it scales: time per page at 2
// should be about half of that at 1.
func BenchmarkExtractHTMLParallel(b *testing.B) {
	pages := corpusSet("corpus", corpusDir, benchPagesPerSet).html
	if len(pages) == 0 {
		pages = benchSets()[0].html
	}
	var next atomic.Int64
	b.ReportAllocs()
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			p := pages[int(next.Add(1))%len(pages)]
			doc, err := ExtractBytes(p, Options{Input: HTML})
			if err == nil {
				_ = doc.WriteMarkdown(io.Discard, MarkdownOptions{})
			}
		}
	})
}

// BenchmarkSlowestPage runs every page and dump of the shared corpora once
// per operation and reports the time of the slowest (max-ns/page; a page's
// time is its best over the operations) and the mean; -v logs which page it
// was. Run it a few times over:
//
//	go test ./extract -run '^$' -bench SlowestPage -benchtime 3x -cpu 1 -v
func BenchmarkSlowestPage(b *testing.B) {
	kinds := []struct {
		glob string
		in   Input
	}{
		{"html/*.html", HTML}, {"text/*.txt", Text}, {"innertext/*.txt", Text},
	}
	type page struct {
		name string
		data []byte
		in   Input
	}
	var pages []page
	for _, dir := range []string{corpusDir, bodyDir} {
		for _, k := range kinds {
			paths, _ := filepath.Glob(filepath.Join(dir, k.glob))
			sort.Strings(paths)
			for _, p := range paths {
				if data, err := os.ReadFile(p); err == nil {
					pages = append(pages, page{p, data, k.in})
				}
			}
		}
	}
	if len(pages) == 0 {
		b.Skip("corpus not found")
	}
	// Each page's time is its best over the operations, the least
	// disturbed by the other programs on the machine.
	best := make([]time.Duration, len(pages))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for k, p := range pages {
			start := time.Now()
			pare(p.in)(p.data)
			if d := time.Since(start); i == 0 || d < best[k] {
				best[k] = d
			}
		}
	}
	var slowest time.Duration
	name := ""
	for k, d := range best {
		if d > slowest {
			slowest, name = d, pages[k].name
		}
	}
	b.ReportMetric(float64(slowest.Nanoseconds()), "max-ns/page")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(pages)), "ns/page")
	b.Logf("slowest of %d: %s, %v", len(pages), name, slowest)
}

// BenchmarkCheckMarkup runs the HTML check before parsing (measureMarkup)
// over each set's pages, one operation the whole set.
func BenchmarkCheckMarkup(b *testing.B) {
	for _, set := range benchSets() {
		b.Run("set="+set.name, func(b *testing.B) {
			runPages(b, set.html, func(page []byte) {
				if _, _, err := measureMarkup(context.Background(), page, Limits{MaxElements: -1, MaxDepth: -1}); err != nil {
					b.Fatal(err)
				}
			})
		})
	}
}
