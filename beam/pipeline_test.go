package parebeam

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/pare-dev/pare/crawl"
)

func TestMain(m *testing.M) {
	ptest.Main(m) // runs pipelines on prism, in process
}

var day = time.Date(2025, 9, 1, 7, 0, 0, 0, time.UTC)

// article is a made-up page of a site, long enough to be an article.
func article(site, title string, n int) string { return articleWith(site, title, n, "") }

// articleWith is article with extra, a paragraph of the site's template,
// at the end of the article's text.
func articleWith(site, title string, n int, extra string) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body>", title, site)
	fmt.Fprintf(&sb, "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article><h1>%s</h1>", title)
	for i := range n {
		fmt.Fprintf(&sb, "<p>%s, part %d: the council met on Tuesday to hear the harbour master's report on the winter storms, "+
			"the state of the old breakwater and the cost of dredging the channel before the summer season.</p>", title, i+1)
	}
	if extra != "" {
		sb.WriteString("<p>" + extra + "</p>")
	}
	sb.WriteString("</article></main><footer>© " + site + "</footer></body></html>")
	return sb.String()
}

// writeWARC writes a WARC file of the given pages, with a request record,
// a 404 and an image among them.
func writeWARC(t *testing.T, path string, gz bool, site string, titles ...string) {
	t.Helper()
	var buf bytes.Buffer
	w := crawl.NewWriter(&buf, gz)
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	w.Write(crawl.Record{Type: "request", Date: day, TargetURI: "https://" + site + "/",
		ContentType: "application/http; msgtype=request", Block: []byte("GET / HTTP/1.1\r\n\r\n")})
	for i, title := range titles {
		if _, err := w.Response(fmt.Sprintf("https://%s/news/%d", site, i+1), day, 200, html, []byte(article(site, title, 3+i%3))); err != nil {
			t.Fatal(err)
		}
	}
	w.Response("https://"+site+"/gone", day, 404, html, []byte(article(site, "Gone", 3)))
	w.Response("https://"+site+"/logo.png", day, 200, http.Header{"Content-Type": {"image/png"}}, []byte("\x89PNG\r\n\x1a\n"))
	// The last record (the picture) loses its end.
	if err := os.WriteFile(path, buf.Bytes()[:buf.Len()-20], 0o644); err != nil {
		t.Fatal(err)
	}
}

// canonical parses JSON lines and writes each again with its keys sorted,
// the lines sorted: the records as a set.
func canonical(t *testing.T, data []byte) []string {
	t.Helper()
	var out []string
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("not a JSON record: %v: %s", err, line)
		}
		b, _ := json.Marshal(m) // maps are written with sorted keys
		out = append(out, string(b))
	}
	slices.Sort(out)
	return out
}

// buildPare builds the pare command of the enclosing module.
func buildPare(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "pare")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/pare")
	cmd.Dir = ".."
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/pare: %v\n%s", err, out)
	}
	return bin
}

// TestPipelineMatchesPare runs the pipeline on prism over three WARC files
// and a JSONL file, and checks its records against pare --jsonl's on the
// same files, with site learning and without.
func TestPipelineMatchesPare(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	os.Mkdir(in, 0o755)
	writeWARC(t, filepath.Join(in, "a.warc.gz"), true, "harbour.example", "Breakwater repairs begin", "Dredging plan approved", "Ferry timetable changes")
	writeWARC(t, filepath.Join(in, "b.warc"), false, "quay.example", "Fish market reopens", "New lighthouse keeper")
	var lines strings.Builder
	for i, title := range []string{"Canal locks restored", "Towpath closed for works"} {
		rec, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("c%d", i+1), "url": fmt.Sprintf("https://canal.example/n/%d", i+1), "html": article("canal.example", title, 4)})
		lines.Write(rec)
		lines.WriteString("\n")
	}
	lines.WriteString(`{"id":"c3","text":""}` + "\n")
	lines.WriteString("this line is no record\n")
	// Four pages of one site, each ending in the same note: learned as the
	// site's template, it goes.
	const note = "Letters to the editor are published on Fridays; we may shorten them and we do not print anonymous ones."
	for i, title := range []string{"Ferry fares rise", "Night crossing added", "Car deck repainted", "Pier lights replaced"} {
		rec, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("f%d", i+1), "url": fmt.Sprintf("https://www.ferry.example/n/%d", i+1),
			"html": articleWith("ferry.example", title, 3+i%2, note)})
		lines.Write(rec)
		lines.WriteString("\n")
	}
	os.WriteFile(filepath.Join(in, "c.jsonl"), []byte(lines.String()), 0o644)
	pare := buildPare(t)

	// pareJSONL runs pare --jsonl with args on the inputs.
	pareJSONL := func(t *testing.T, args ...string) []string {
		t.Helper()
		args = append(append([]string{"--jsonl", "-q"}, args...),
			filepath.Join(in, "a.warc.gz"), filepath.Join(in, "b.warc"), filepath.Join(in, "c.jsonl"))
		cmd := exec.Command(pare, args...)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		// Status 1 and a message: each WARC file ends in a cut record.
		if cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != 1 || strings.Count(stderr.String(), "record at offset") != 2 {
			t.Fatalf("pare %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
		}
		recs := canonical(t, out)
		if len(recs) != 13 { // 5 WARC pages, 8 JSONL lines
			t.Fatalf("pare --jsonl wrote %d records, want 13:\n%s", len(recs), out)
		}
		return recs
	}
	unlearned := pareJSONL(t, "--no-learn")
	learned := pareJSONL(t)
	if slices.Equal(learned, unlearned) || strings.Count(strings.Join(unlearned, "\n"), "Letters to the editor") != 4 ||
		strings.Contains(strings.Join(learned, "\n"), "Letters to the editor") {
		t.Fatalf("pare's learning does not drop the note on ferry.example's pages alone:\n%s", strings.Join(learned, "\n"))
	}

	tests := []struct {
		name  string
		learn bool
		want  []string
	}{
		{"without learning", false, unlearned},
		{"with learning", true, learned},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "pages")
			p, s := beam.NewPipelineWithRoot()
			Build(s, []string{filepath.Join(in, "*.warc*"), filepath.Join(in, "*.jsonl")}, out, Options{Shards: 3, Learn: tt.learn})
			if err := ptest.Run(p); err != nil {
				t.Fatalf("pipeline: %v", err)
			}
			shards, _ := filepath.Glob(out + "-*")
			var got []byte
			for _, f := range shards {
				if !strings.HasSuffix(f, "-of-00003.jsonl") {
					t.Errorf("shard %s is misnamed", f)
				}
				b, _ := os.ReadFile(f)
				got = append(got, b...)
			}
			if g := canonical(t, got); !slices.Equal(g, tt.want) {
				t.Errorf("pipeline records differ from pare --jsonl's:\npipeline:\n%s\npare:\n%s", strings.Join(g, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
