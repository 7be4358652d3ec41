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
func article(site, title string, n int) string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s | %s</title></head><body>", title, site)
	fmt.Fprintf(&sb, "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main><article><h1>%s</h1>", title)
	for i := range n {
		fmt.Fprintf(&sb, "<p>%s, part %d: the council met on Tuesday to hear the harbour master's report on the winter storms, "+
			"the state of the old breakwater and the cost of dredging the channel before the summer season.</p>", title, i+1)
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

// TestPipelineMatchesPare runs the pipeline on prism over two WARC files
// and a JSONL file, and checks its records against pare --jsonl's on the
// same files.
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
	os.WriteFile(filepath.Join(in, "c.jsonl"), []byte(lines.String()), 0o644)
	out := filepath.Join(dir, "out", "pages")
	os.Mkdir(filepath.Dir(out), 0o755)

	p, s := beam.NewPipelineWithRoot()
	Build(s, []string{filepath.Join(in, "*.warc*"), filepath.Join(in, "*.jsonl")}, out, Options{Shards: 3})
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

	cmd := exec.Command(buildPare(t), "--jsonl", "--no-learn", "-q",
		filepath.Join(in, "a.warc.gz"), filepath.Join(in, "b.warc"), filepath.Join(in, "c.jsonl"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	want, err := cmd.Output()
	// Status 1 and a message: each WARC file ends in a cut record.
	if cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != 1 || strings.Count(stderr.String(), "record at offset") != 2 {
		t.Fatalf("pare --jsonl: %v\n%s", err, stderr.String())
	}

	g, w := canonical(t, got), canonical(t, want)
	if len(w) != 9 { // 5 WARC pages, 4 JSONL lines
		t.Fatalf("pare --jsonl wrote %d records, want 9:\n%s", len(w), want)
	}
	if !slices.Equal(g, w) {
		t.Errorf("pipeline records differ from pare --jsonl's:\npipeline:\n%s\npare:\n%s", strings.Join(g, "\n"), strings.Join(w, "\n"))
	}
}
