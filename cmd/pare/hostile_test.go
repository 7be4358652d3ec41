package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/pare-dev/pare/extract"
)

// The tests of this file feed pare bad and hostile inputs (issue 14): a bug
// met on one document, inputs without end, names that are not names,
// signals, and batches that could overwrite their own inputs.

// boom marks a page on which the injected extraction panics.
const boom = "<!-- boom -->"

// setExtractHook replaces extraction for the test.
func setExtractHook(t *testing.T, fn func([]byte, extract.Options) (*extract.Document, error)) {
	t.Helper()
	extractHook = fn
	t.Cleanup(func() { extractHook = nil })
}

// panicOnBoom extracts as pare does, but panics on a page marked boom, as
// a bug met on one page would.
func panicOnBoom(data []byte, xo extract.Options) (*extract.Document, error) {
	if bytes.Contains(data, []byte(boom)) {
		var lines []string
		_ = lines[len(data)%1-1] // index out of range [-1]
	}
	return extract.ExtractBytes(data, xo)
}

// runCLIReader runs pare with stdin read from r, under ctx.
func runCLIReader(t *testing.T, ctx context.Context, r io.Reader, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(ctx, args, &streams{in: r, out: &out, err: &errb})
	return result{stdout: out.String(), stderr: errb.String(), code: code}
}

// TestPanicFailsOneDocument checks that a panic while one input is cleaned
// is that input's error, "internal error", with exit status 3, and that a
// batch or a stream goes on and ends as usual.
func TestPanicFailsOneDocument(t *testing.T) {
	setExtractHook(t, panicOnBoom)
	dir := t.TempDir()
	good := article{title: "Frost tonight", paras: sampleParas("Frost", 4)}.html()
	bad := strings.Replace(good, "<body>", "<body>"+boom, 1)
	badPath := writeFile(t, dir, "in/bad.html", bad)
	writeFile(t, dir, "in/good.html", good)
	writeFile(t, dir, "in/more.html", article{title: "Rain tomorrow", paras: sampleParas("Rain", 4)}.html())
	emptyPath := writeFile(t, dir, "empty/empty.html", " ")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, bad)
	}))
	defer srv.Close()

	tests := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		stderr  string   // a line stderr must hold
		outputs []string // files the batch must write under dir/out
	}{
		{name: "file", args: []string{badPath}, code: 3,
			stderr: badPath + ": internal error: runtime error: index out of range [-1]\n"},
		{name: "stdin", stdin: bad, code: 3,
			stderr: "<stdin>: internal error: runtime error: index out of range [-1]\n"},
		{name: "url", args: []string{srv.URL + "/p"}, code: 3,
			stderr: srv.URL + "/p: internal error: "},
		{name: "batch goes on", args: []string{"-o", filepath.Join(dir, "out") + "/", filepath.Join(dir, "in")}, code: 3,
			stderr: "pare: 2 done, 0 skipped, 1 failed", outputs: []string{"good.md", "more.md"}},
		{name: "internal error wins over a failure", args: []string{"--no-learn", "-o", filepath.Join(dir, "out2") + "/", filepath.Join(dir, "in"), emptyPath}, code: 3,
			stderr: "pare: 2 done, 0 skipped, 2 failed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, tt.stdin, tt.args...)
			if r.code != tt.code {
				t.Errorf("status %d, want %d:\n%s", r.code, tt.code, r.stderr)
			}
			if !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, r.stderr)
			}
			if strings.Contains(r.stderr, "goroutine ") {
				t.Errorf("a stack trace on stderr:\n%s", r.stderr)
			}
			for _, f := range tt.outputs {
				if _, err := os.Stat(filepath.Join(dir, "out", f)); err != nil {
					t.Errorf("output %s: %v", f, err)
				}
			}
		})
	}

	t.Run("jsonl goes on", func(t *testing.T) {
		in := jsonLine(t, map[string]any{"id": 1, "html": good}) +
			jsonLine(t, map[string]any{"id": 2, "html": bad}) +
			jsonLine(t, map[string]any{"id": 3, "html": good})
		r := runCLI(t, in, "--jsonl", "-j", "2")
		recs := decodeLines(t, r.stdout)
		if r.code != 0 || len(recs) != 3 {
			t.Fatalf("status %d, %d records:\n%s", r.code, len(recs), r.stderr)
		}
		if msg, _ := recs[1]["error"].(string); recs[1]["id"] != 2.0 || !strings.HasPrefix(msg, "internal error: ") {
			t.Errorf("record 2: %v", recs[1])
		}
		if recs[0]["title"] != "Frost tonight" || recs[2]["title"] != "Frost tonight" {
			t.Errorf("records 1 and 3: %v, %v", recs[0], recs[2])
		}
	})
}

// endless is a reader that never ends.
type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

// TestMaxSize checks that --max-size bounds every kind of input, naming the
// limit, and that a file is refused from its size.
func TestMaxSize(t *testing.T) {
	dir := t.TempDir()
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 4)}.html()
	pagePath := writeFile(t, dir, "frost.html", page)
	huge := filepath.Join(dir, "huge.html") // 200 MiB, sparse: refused from its size
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(200 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()

	tests := []struct {
		name   string
		stdin  io.Reader
		args   []string
		code   int
		stderr string
	}{
		{name: "file under the default", args: []string{pagePath}},
		{name: "file over the default, from its size", args: []string{huge}, code: 1,
			stderr: "huge.html: input larger than --max-size (32 MiB): 200 MiB\n"},
		{name: "file over the limit", args: []string{"--max-size", "500", pagePath}, code: 1,
			stderr: "frost.html: input larger than --max-size (500 bytes): "},
		{name: "device without end", args: []string{"--max-size", "1048576", "/dev/zero"}, code: 1,
			stderr: "/dev/zero: input larger than --max-size (1 MiB)\n"},
		{name: "stdin without end", stdin: endless{}, args: []string{"--max-size", "1048576"}, code: 1,
			stderr: "<stdin>: input larger than --max-size (1 MiB)\n"},
		{name: "stdin over the limit", stdin: strings.NewReader(page), args: []string{"--max-size", "500"}, code: 1,
			stderr: "<stdin>: input larger than --max-size (500 bytes)\n"},
		{name: "stdin under the limit", stdin: strings.NewReader(page), args: []string{"--max-size", "100000"}},
		{name: "file in a batch", args: []string{"--max-size", "500", "-o", filepath.Join(dir, "out") + "/", pagePath}, code: 1,
			stderr: "frost.html: input larger than --max-size (500 bytes): "},
		{name: "elements over the limit", args: []string{"--max-elements", "5", pagePath}, code: 1,
			stderr: "frost.html: limit exceeded: more than 5 elements"},
		{name: "elements limit lifted", args: []string{"--max-elements", "-1", pagePath}},
		{name: "text lines over the limit", stdin: strings.NewReader(strings.Repeat("A line of a dump.\n", 50)),
			args: []string{"--max-lines", "20"}, code: 1, stderr: "<stdin>: limit exceeded: more than 20 lines"},
		{name: "a zero limit is a usage error", args: []string{"--max-depth", "0", pagePath}, code: 2,
			stderr: "--max-depth must be positive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.stdin == nil {
				tt.stdin = strings.NewReader("")
			}
			r := runCLIReader(t, context.Background(), tt.stdin, tt.args...)
			if r.code != tt.code {
				t.Errorf("status %d, want %d:\n%s", r.code, tt.code, r.stderr)
			}
			if tt.stderr != "" && !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, r.stderr)
			}
			if tt.code != 0 && r.stdout != "" {
				t.Errorf("stdout on failure: %.200q", r.stdout)
			}
		})
	}
}

// TestMaxSizeJSONL checks that a --jsonl line over the limit is an error
// record naming the limit, and that the stream goes on.
func TestMaxSizeJSONL(t *testing.T) {
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 3)}.html()
	good := jsonLine(t, map[string]any{"id": "ok", "html": page})
	// Exactly one byte over: the limit counts the line without its end.
	over := `{"id":"big","html":"` + strings.Repeat("x", 3000-len(`{"id":"big","html":""}`)+1) + `"}` + "\r\n"
	r := runCLI(t, good+over+good, "--jsonl", "--max-size", "3000")
	recs := decodeLines(t, r.stdout)
	if r.code != 0 || len(recs) != 3 {
		t.Fatalf("status %d, %d records:\n%s", r.code, len(recs), r.stderr)
	}
	if msg, _ := recs[1]["error"].(string); msg != "line longer than --max-size (2.9 KiB)" {
		t.Errorf("record 2: %v", recs[1])
	}
	if recs[0]["title"] != "Frost tonight" || recs[2]["title"] != "Frost tonight" {
		t.Errorf("records 1 and 3: %v, %v", recs[0], recs[2])
	}
}

// TestBytesInFlight checks that -j does not multiply the input bytes held
// in memory: inputs near --max-size are cleaned two at a time at most,
// whatever the number of workers.
func TestBytesInFlight(t *testing.T) {
	const maxSize = 100_000
	dir := t.TempDir()
	pad := strings.Repeat("<!-- padding -->\n", maxSize*7/10/17)
	for i := range 4 {
		a := article{title: fmt.Sprintf("Page %d", i), paras: sampleParas("Frost", 3), extra: pad}
		writeFile(t, dir, fmt.Sprintf("in/p%d.html", i), a.html())
	}
	var mu sync.Mutex
	now, most := 0, 0
	setExtractHook(t, func(data []byte, xo extract.Options) (*extract.Document, error) {
		mu.Lock()
		now++
		most = max(most, now)
		mu.Unlock()
		// Give the other workers the time to come in, if they may.
		deadline := time.Now().Add(300 * time.Millisecond)
		for time.Now().Before(deadline) {
			mu.Lock()
			n := now
			mu.Unlock()
			if n == 4 {
				break
			}
			time.Sleep(5 * time.Millisecond)
		}
		mu.Lock()
		now--
		mu.Unlock()
		return extract.ExtractBytes(data, xo)
	})
	r := runCLI(t, "", "--no-learn", "-j", "4", "--max-size", fmt.Sprint(maxSize), "-o", filepath.Join(dir, "out")+"/", filepath.Join(dir, "in"))
	if r.code != 0 {
		t.Fatalf("status %d:\n%s", r.code, r.stderr)
	}
	if most > 2 {
		t.Errorf("%d inputs of 70%% of --max-size held at once, want 2 at most", most)
	}
}

// TestBudget checks the byte budget: reservations wait their turn, in
// order, and give up when the context ends.
func TestBudget(t *testing.T) {
	b := newBudget(10)
	ctx := context.Background()
	if err := b.acquire(ctx, 6); err != nil {
		t.Fatal(err)
	}
	got := make(chan int64, 2)
	go func() { b.acquire(ctx, 8); got <- 8 }()
	for { // wait for the 8 to queue
		b.mu.Lock()
		n := len(b.queue)
		b.mu.Unlock()
		if n == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	go func() { b.acquire(ctx, 2); got <- 2 }()
	time.Sleep(20 * time.Millisecond)
	select {
	case n := <-got:
		t.Fatalf("%d bytes reserved past a waiter ahead of them", n)
	default:
	}
	b.release(6)
	if x, y := <-got, <-got; x+y != 10 {
		t.Errorf("served %d and %d, want 8 and 2", x, y)
	}
	cctx, cancel := context.WithCancel(ctx)
	go func() { time.Sleep(10 * time.Millisecond); cancel() }()
	if err := b.acquire(cctx, 5); err == nil {
		t.Errorf("acquire did not end with its context")
	}
	b.release(10)
	if err := b.acquire(ctx, 100); err != nil { // more than the budget: all of it
		t.Error(err)
	}
}

// TestBatchNeverOverwritesInputs checks that no output is written onto an
// input of the run, whatever its name, and that an input named twice is
// cleaned once, not reported.
func TestBatchNeverOverwritesInputs(t *testing.T) {
	page := func(title string) string { return article{title: title, paras: sampleParas(title, 4)}.html() }
	dump := "Notes from the garden\n\n" + strings.Join(sampleParas("Notes", 3), "\n\n") + "\n"

	t.Run("output named as another input", func(t *testing.T) {
		d := t.TempDir()
		writeFile(t, d, "a.html", page("Frost tonight"))
		txt := writeFile(t, d, "a.txt", dump)
		// The input a.txt is older than a.html: a.html's output, a.txt, is
		// out of date.
		past := time.Now().Add(-time.Hour)
		os.Chtimes(txt, past, past)
		r := runCLI(t, "", "--format", "text", "-o", d+"/", d)
		if got := readFile(t, filepath.Join(d, "a.txt")); got != dump {
			t.Errorf("input a.txt overwritten:\n%s", got)
		}
		if r.code != 1 || !strings.Contains(r.stderr, "a.html: output "+filepath.Join(d, "a.txt")+" would overwrite another input\n") {
			t.Errorf("status %d:\n%s", r.code, r.stderr)
		}
	})
	t.Run("file inside a folder named too", func(t *testing.T) {
		d := t.TempDir()
		writeFile(t, d, "in/a.html", page("Frost tonight"))
		b := writeFile(t, d, "in/b.html", page("Rain tomorrow"))
		r := runCLI(t, "", "-o", filepath.Join(d, "out")+"/", filepath.Join(d, "in"), b)
		if r.code != 0 {
			t.Errorf("status %d:\n%s", r.code, r.stderr)
		}
		if done, _, failed := summary(t, r.stderr); done != "2" || failed != "0" {
			t.Errorf("%s done, %s failed:\n%s", done, failed, r.stderr)
		}
		if got := readFile(t, filepath.Join(d, "out", "b.md")); !strings.Contains(got, "# Rain tomorrow") {
			t.Errorf("b.md:\n%s", got)
		}
	})
	t.Run("same file twice", func(t *testing.T) {
		d := t.TempDir()
		x := writeFile(t, d, "x.html", page("Frost tonight"))
		r := runCLI(t, "", "-o", filepath.Join(d, "out")+"/", x, x, filepath.Join(d, ".", "x.html"))
		if r.code != 0 {
			t.Errorf("status %d:\n%s", r.code, r.stderr)
		}
		if done, _, failed := summary(t, r.stderr); done != "1" || failed != "0" {
			t.Errorf("%s done, %s failed:\n%s", done, failed, r.stderr)
		}
	})
	t.Run("same file by a link", func(t *testing.T) {
		d := t.TempDir()
		writeFile(t, d, "in/a.html", page("Frost tonight"))
		if err := os.Symlink("a.html", filepath.Join(d, "in", "z.html")); err != nil {
			t.Skip(err)
		}
		r := runCLI(t, "", "-o", filepath.Join(d, "out")+"/", filepath.Join(d, "in"))
		if r.code != 0 || len(listFiles(t, filepath.Join(d, "out"))) != 1 {
			t.Errorf("status %d, outputs %v:\n%s", r.code, listFiles(t, filepath.Join(d, "out")), r.stderr)
		}
	})
}

// TestBatchInputsDeletedBetweenPasses checks that the first pass's state
// follows each page by its path: a page deleted before the second pass
// does not shift it onto another.
func TestBatchInputsDeletedBetweenPasses(t *testing.T) {
	d := t.TempDir()
	in := filepath.Join(d, "in")
	// Three pages of one site and one of another, in walk order: the first
	// pass writes 1, 2 (their site is small so far) and 3 (its own site)
	// at once, but not 4.
	hosts := []string{"big.example", "big.example", "small.example", "big.example"}
	for i, h := range hosts {
		a := article{title: fmt.Sprintf("Page %d", i+1), url: fmt.Sprintf("https://%s/p%d", h, i+1), paras: sampleParas(fmt.Sprintf("Page %d", i+1), 4)}
		writeFile(t, in, fmt.Sprintf("%d.html", i+1), a.html())
	}
	var calls atomic.Int32
	setExtractHook(t, func(data []byte, xo extract.Options) (*extract.Document, error) {
		if calls.Add(1) == 4 { // the first pass's last page
			os.Remove(filepath.Join(in, "1.html"))
		}
		return extract.ExtractBytes(data, xo)
	})
	out := filepath.Join(d, "out")
	r := runCLI(t, "", "-j", "1", "-o", out+"/", in)
	if r.code != 0 {
		t.Errorf("status %d:\n%s", r.code, r.stderr)
	}
	for _, f := range []string{"2.md", "3.md", "4.md"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("no output %s: %v", f, err)
		}
	}
}

// TestStaleTempFiles checks that a run removes the temporary files a killed
// run left in the folders it writes, and nothing else.
func TestStaleTempFiles(t *testing.T) {
	d := t.TempDir()
	writeFile(t, d, "in/page.html", article{title: "Frost tonight", paras: sampleParas("Frost", 4)}.html())
	writeFile(t, d, "in/sub/deep.html", article{title: "Rain tomorrow", paras: sampleParas("Rain", 4)}.html())
	out := filepath.Join(d, "out")
	old := time.Now().Add(-time.Hour)
	future := time.Now().Add(time.Hour)
	files := []struct {
		name string
		when time.Time
		kept bool
	}{
		{".page.md.123456.tmp", old, false},
		{"sub/.deep.md.42.tmp", old, false},
		{".other.json.7.tmp", old, false},
		{".busy.md.99.tmp", future, true}, // another run's, under way
		{".notes.tmp", old, true},         // not pare's
		{"page.md.5.tmp", old, true},      // not hidden: not pare's
		{".page.md.x1.tmp", old, true},    // not pare's pattern
		{"elsewhere/.x.md.1.tmp", old, true},
	}
	for _, f := range files {
		p := writeFile(t, out, f.name, "half")
		os.Chtimes(p, f.when, f.when)
	}
	r := runCLI(t, "", "-o", out+"/", filepath.Join(d, "in"))
	if r.code != 0 {
		t.Fatalf("status %d:\n%s", r.code, r.stderr)
	}
	for _, f := range files {
		_, err := os.Stat(filepath.Join(out, f.name))
		if kept := err == nil; kept != f.kept {
			t.Errorf("%s kept %v, want %v", f.name, kept, f.kept)
		}
	}
}

// TestSignalsOneInput checks that a single input stops at once when the run
// is interrupted, while it is read or extracted: exit 130.
func TestSignalsOneInput(t *testing.T) {
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 4)}.html()
	tests := []struct {
		name  string
		setup func(t *testing.T) (stdin io.Reader, args []string, unblock func())
	}{
		{"fifo without writer", func(t *testing.T) (io.Reader, []string, func()) {
			fifo := filepath.Join(t.TempDir(), "fifo")
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Skip(err)
			}
			return strings.NewReader(""), []string{fifo}, func() {
				// Let the abandoned open end.
				if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
					f.Close()
				}
			}
		}},
		{"stdin that never ends", func(t *testing.T) (io.Reader, []string, func()) {
			pr, pw := io.Pipe()
			return pr, nil, func() { pw.Close() }
		}},
		{"long extraction", func(t *testing.T) (io.Reader, []string, func()) {
			release := make(chan struct{})
			setExtractHook(t, func(data []byte, xo extract.Options) (*extract.Document, error) {
				<-release
				return extract.ExtractBytes(data, xo)
			})
			return strings.NewReader(page), nil, func() { close(release) }
		}},
		{"long extraction to a file", func(t *testing.T) (io.Reader, []string, func()) {
			release := make(chan struct{})
			setExtractHook(t, func(data []byte, xo extract.Options) (*extract.Document, error) {
				<-release
				return extract.ExtractBytes(data, xo)
			})
			out := filepath.Join(t.TempDir(), "out.md")
			t.Cleanup(func() {
				if _, err := os.Stat(out); err == nil {
					t.Errorf("output written after the interruption")
				}
			})
			return strings.NewReader(page), []string{"-o", out}, func() { close(release) }
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdin, args, unblockOnce := tt.setup(t)
			unblock := sync.OnceFunc(unblockOnce)
			defer unblock()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan result, 1)
			go func() { done <- runCLIReader(t, ctx, stdin, args...) }()
			time.Sleep(50 * time.Millisecond)
			cancel()
			select {
			case r := <-done:
				if r.code != 130 || r.stdout != "" {
					t.Errorf("status %d, stdout %q:\n%s", r.code, r.stdout, r.stderr)
				}
			case <-time.After(10 * time.Second):
				unblock()
				t.Fatal("still running 10 s after the interruption")
			}
		})
	}
}

// TestFetchContentTypes checks that a URL that is not a web page is refused
// with its type named, and that a text dump is read.
func TestFetchContentTypes(t *testing.T) {
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 4)}.html()
	dump := "Frost tonight\n\n" + strings.Join(sampleParas("Frost", 3), "\n\n")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ct := r.URL.Query().Get("type")
		w.Header().Set("Content-Type", ct)
		if strings.HasPrefix(ct, "text/plain") {
			io.WriteString(w, dump)
			return
		}
		io.WriteString(w, page) // whatever the type says
	}))
	defer srv.Close()
	tests := []struct {
		ctype  string
		code   int
		stderr string
	}{
		{"text/html; charset=utf-8", 0, ""},
		{"application/xhtml+xml", 0, ""},
		{"text/plain", 0, ""},
		{"application/pdf", 1, ": not a web page: application/pdf\n"},
		{"application/json", 1, ": not a web page: application/json\n"},
		{"text/javascript; charset=utf-8", 1, ": not a web page: text/javascript\n"},
		{"application/javascript", 1, ": not a web page: application/javascript\n"},
		{"image/png", 1, ": not a web page: image/png\n"},
		{"text/css", 1, ": not a web page: text/css\n"},
	}
	for _, tt := range tests {
		t.Run(tt.ctype, func(t *testing.T) {
			r := runCLI(t, "", srv.URL+"/?type="+url.QueryEscape(tt.ctype))
			if r.code != tt.code {
				t.Errorf("status %d, want %d:\n%s", r.code, tt.code, r.stderr)
			}
			if tt.stderr != "" && !strings.HasSuffix(r.stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, r.stderr)
			}
			if tt.code == 0 && !strings.Contains(r.stdout, "Frost: The first frost") {
				t.Errorf("stdout:\n%s", r.stdout)
			}
		})
	}
}

// unwritableDir returns an existing folder that pare cannot write into.
func unwritableDir(t *testing.T) string {
	t.Helper()
	if os.Geteuid() != 0 {
		d := t.TempDir()
		os.Chmod(d, 0o555)
		t.Cleanup(func() { os.Chmod(d, 0o755) })
		return d
	}
	// root writes anywhere but where the kernel refuses.
	if f, err := os.CreateTemp("/sys", ".pare-test-*"); err == nil {
		f.Close()
		os.Remove(f.Name())
		t.Skip("no unwritable folder for root")
	}
	return "/sys"
}

// TestMessages checks the messages of issue 14, case 7: each names the
// right thing on one line, with the right status.
func TestMessages(t *testing.T) {
	dir := t.TempDir()
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 4)}.html()
	pagePath := writeFile(t, dir, "in/frost.html", page)
	writeFile(t, dir, "in/LOUD.HTML", article{title: "Rain tomorrow", paras: sampleParas("Rain", 4)}.html())
	writeFile(t, dir, "in/Mixed.Htm", article{title: "Wind later", paras: sampleParas("Wind", 4)}.html())
	nlPath := writeFile(t, dir, "odd/bad\nname.html", " ")
	aFile := writeFile(t, dir, "a-file", "not a folder")
	locked := unwritableDir(t)

	t.Run("wrong-typed field keeps the id", func(t *testing.T) {
		r := runCLI(t, `{"id":"p7","html":42}`+"\n"+`{"html":"<p>x</p>","id":{"n":[1]},"url":false}`+"\n", "--jsonl")
		recs := decodeLines(t, r.stdout)
		if len(recs) != 2 {
			t.Fatalf("%d records:\n%s", len(recs), r.stdout)
		}
		if recs[0]["id"] != "p7" || !strings.HasPrefix(fmt.Sprint(recs[0]["error"]), "not a JSON record: ") {
			t.Errorf("record 1: %v", recs[0])
		}
		if id, _ := json.Marshal(recs[1]["id"]); string(id) != `{"n":[1]}` {
			t.Errorf("record 2: %v", recs[1])
		}
	})

	for _, o := range []string{aFile, aFile + "/"} {
		t.Run("-o "+filepath.Base(o)+" is a file", func(t *testing.T) {
			r := runCLI(t, "", "-o", o, filepath.Join(dir, "in"))
			if r.code != 2 || !strings.Contains(r.stderr, ": not a folder\n") {
				t.Errorf("status %d:\n%s", r.code, r.stderr)
			}
			if readFile(t, aFile) != "not a folder" {
				t.Errorf("the file was changed")
			}
		})
	}

	t.Run("unwritable folder names the output", func(t *testing.T) {
		out := filepath.Join(locked, "frost.md")
		r := runCLI(t, "", "-o", out, pagePath)
		if r.code != 1 || !strings.Contains(r.stderr, "write "+out+": ") || strings.Contains(r.stderr, ".tmp") {
			t.Errorf("status %d:\n%s", r.code, r.stderr)
		}
	})

	t.Run("control characters in a name are quoted", func(t *testing.T) {
		want := fmt.Sprintf("%q: input is empty\n", nlPath)
		r := runCLI(t, "", nlPath)
		if r.code != 1 || r.stderr != "pare: "+want {
			t.Errorf("status %d, stderr %q, want %q", r.code, r.stderr, "pare: "+want)
		}
		r = runCLI(t, "", "-o", filepath.Join(dir, "out-nl")+"/", filepath.Join(dir, "odd"))
		if r.code != 1 || !strings.Contains(r.stderr, "pare: "+want) {
			t.Errorf("status %d, stderr %q, want %q", r.code, r.stderr, "pare: "+want)
		}
	})

	t.Run("upper and mixed case extensions are walked", func(t *testing.T) {
		out := filepath.Join(dir, "out-case")
		r := runCLI(t, "", "-o", out+"/", filepath.Join(dir, "in"))
		if r.code != 0 {
			t.Errorf("status %d:\n%s", r.code, r.stderr)
		}
		if got := strings.Join(listFiles(t, out), " "); got != "LOUD.md Mixed.md frost.md" {
			t.Errorf("outputs %s", got)
		}
	})

	t.Run("stdin into a folder", func(t *testing.T) {
		out := filepath.Join(dir, "out-stdin")
		for _, args := range [][]string{{"-o", out + "/"}, {"-o", filepath.Join(dir, "in")}} {
			r := runCLI(t, page, args...)
			if r.code != 2 || !strings.Contains(r.stderr, "no input is named") {
				t.Errorf("%v: status %d:\n%s", args, r.code, r.stderr)
			}
		}
		if files := listFiles(t, out); len(files) != 0 {
			t.Errorf("written: %v", files)
		}
	})
}

// TestInterruptedSummaryCountsWrites checks that a run interrupted in its
// first pass counts the pages that pass wrote already.
func TestInterruptedSummaryCountsWrites(t *testing.T) {
	d := t.TempDir()
	for _, s := range []string{"a", "b", "c", "d", "e", "f"} {
		writeFile(t, d, "in/"+s+"/page.html", article{title: "Page " + s, paras: sampleParas("Page "+s, 4)}.html())
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var calls atomic.Int32
	setExtractHook(t, func(data []byte, xo extract.Options) (*extract.Document, error) {
		if calls.Add(1) == 4 {
			cancel()
		}
		return extract.ExtractBytes(data, xo)
	})
	out := filepath.Join(d, "out")
	r := runCLIContext(t, ctx, false, "", "-j", "1", "-o", out+"/", filepath.Join(d, "in"))
	written := len(listFiles(t, out))
	if r.code != 130 || written == 0 {
		t.Fatalf("status %d, %d written:\n%s", r.code, written, r.stderr)
	}
	if done, _, _ := summary(t, r.stderr); done != fmt.Sprint(written) {
		t.Errorf("summary says %s done, %d written:\n%s", done, written, r.stderr)
	}
}

// TestUsageIsTyped checks that exit status 2 comes from the error's type:
// cobra's own argument checks give 2, and a message that reads like one
// (a file so named) does not.
func TestUsageIsTyped(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"unknown flag", []string{"--frobnicate"}, 2},
		{"flag without its value", []string{"-j"}, 2},
		{"man without a folder", []string{"man"}, 2},
		{"completion with an extra argument", []string{"completion", "bash", "extra"}, 2},
		{"missing file named like a usage error", []string{filepath.Join(dir, "accepts 1 arg(s), unknown flag.html")}, 1},
		{"missing file named like a bad value", []string{filepath.Join(dir, `invalid argument "x".html`)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("status %d, want %d:\n%s", r.code, tt.code, r.stderr)
			}
		})
	}
}

// TestFetchCacheBounded checks that the pages a batch keeps between its
// passes are bounded in bytes: past twice --max-size, a page is fetched
// again rather than held.
func TestFetchCacheBounded(t *testing.T) {
	var fetches atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetches.Add(1)
		w.Header().Set("Content-Type", "text/html")
		io.WriteString(w, article{title: "Page " + r.URL.Path, paras: sampleParas("Frost", 2)}.html())
	}))
	defer srv.Close()
	size := len(article{title: "Page /p1", paras: sampleParas("Frost", 2)}.html())
	tests := []struct {
		name    string
		maxSize int
		want    int32
	}{
		{"all held", 10 * size, 3},
		{"two held, one fetched again", size + size/4, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fetches.Store(0)
			out := filepath.Join(t.TempDir(), "out")
			r := runCLI(t, "", "-j", "1", "--max-size", fmt.Sprint(tt.maxSize), "-o", out+"/", srv.URL+"/p1", srv.URL+"/p2", srv.URL+"/p3")
			if r.code != 0 || len(listFiles(t, out)) != 3 {
				t.Fatalf("status %d, outputs %v:\n%s", r.code, listFiles(t, out), r.stderr)
			}
			if n := fetches.Load(); n != tt.want {
				t.Errorf("%d fetches, want %d", n, tt.want)
			}
		})
	}
}
