package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pare-dev/pare/extract"
)

// newSite serves made-up pages and records the User-Agents it sees.
func newSite(t *testing.T) (*httptest.Server, func() []string) {
	t.Helper()
	var mu sync.Mutex
	var agents []string
	mux := http.NewServeMux()
	page := article{title: "Frost tonight", paras: sampleParas("Frost", 4)}
	mux.HandleFunc("/news/frost", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		agents = append(agents, r.UserAgent())
		mu.Unlock()
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page.html()))
	})
	mux.HandleFunc("/old/frost", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/frost", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/latin1", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		body := article{title: "Gr\xfc\xdfe aus dem Garten", lang: "de", paras: sampleParas("Beet", 4)}.html()
		w.Write([]byte(strings.Replace(body, `<meta charset="utf-8">`, "", 1)))
	})
	mux.HandleFunc("/dump.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("<b>Frost tonight</b>\n\n" + strings.Join(sampleParas("Frost", 3), "\n\n")))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(article{title: "Big", paras: sampleParas("Big", 400)}.html()))
	})
	mux.HandleFunc("/gone", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "gone", http.StatusGone)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv, func() []string {
		mu.Lock()
		defer mu.Unlock()
		return slices.Clone(agents)
	}
}

// TestFetch checks URL inputs: the final URL after redirects, the charset
// of the Content-Type, the size cap, HTTP errors and the User-Agent.
func TestFetch(t *testing.T) {
	srv, agents := newSite(t)
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout []string
		stderr string
	}{
		{name: "page", args: []string{srv.URL + "/news/frost"},
			stdout: []string{"url: " + srv.URL + "/news/frost\n", "# Frost tonight\n", "Frost: The first frost"}},
		{name: "redirect gives the final URL", args: []string{srv.URL + "/old/frost"},
			stdout: []string{"url: " + srv.URL + "/news/frost\n"}},
		{name: "charset from the header", args: []string{srv.URL + "/latin1"},
			stdout: []string{"# Grüße aus dem Garten\n"}},
		{name: "too large", args: []string{"--max-size", "10000", srv.URL + "/big"},
			code: 1, stderr: "/big: input larger than --max-size (9.8 KiB)"},
		{name: "http error", args: []string{srv.URL + "/gone"},
			code: 1, stderr: "/gone: HTTP 410 Gone"},
		{name: "no server", args: []string{"http://127.0.0.1:1/x"},
			code: 1, stderr: "http://127.0.0.1:1/x: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runCLI(t, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("status %d, want %d:\n%s", r.code, tt.code, r.stderr)
			}
			for _, s := range tt.stdout {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			if tt.stderr != "" && !strings.Contains(r.stderr, tt.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tt.stderr, r.stderr)
			}
			if tt.code != 0 && r.stdout != "" {
				t.Errorf("stdout on failure:\n%s", r.stdout)
			}
		})
	}
	for _, ua := range agents() {
		if ua != "pare/"+version+" (+https://github.com/pare-dev/pare)" {
			t.Errorf("User-Agent %q", ua)
		}
	}
}

// TestFetchInput checks that the Content-Type says how to read a page.
func TestFetchInput(t *testing.T) {
	srv, _ := newSite(t)
	tests := []struct {
		path string
		want extract.Input
	}{
		{"/news/frost", extract.HTML},
		{"/dump.txt", extract.Text},
		{"/big", extract.HTML},
	}
	f := newFetcher(time.Second, 1<<20)
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			p, err := f.fetch(context.Background(), srv.URL+tt.path, nil)
			if err != nil {
				t.Fatal(err)
			}
			if p.input != tt.want {
				t.Errorf("input %v, want %v", p.input, tt.want)
			}
		})
	}
}

// TestFetchBatch checks that URLs in a batch are fetched once each, even
// when learning takes two passes, and written under their host and path.
func TestFetchBatch(t *testing.T) {
	srv, agents := newSite(t)
	dir := t.TempDir()
	local := writeFile(t, dir, "local.html", article{title: "Local", paras: sampleParas("Local", 4)}.html())
	out := filepath.Join(dir, "out")
	r := runCLI(t, "", "-o", out, srv.URL+"/news/frost", srv.URL+"/gone", local)
	if r.code != 1 || !strings.Contains(r.stderr, "/gone: HTTP 410 Gone") {
		t.Errorf("status %d:\n%s", r.code, r.stderr)
	}
	want := []string{"127.0.0.1/news/frost.md", "local.md"}
	if got := listFiles(t, out); !slices.Equal(got, want) {
		t.Errorf("outputs %v, want %v", got, want)
	}
	if n := len(agents()); n != 1 {
		t.Errorf("the page was fetched %d times", n)
	}
}

// TestURLPath checks where a URL's output goes.
func TestURLPath(t *testing.T) {
	tests := []struct{ url, want string }{
		{"https://example.org/news/2024/frost.html", "example.org/news/2024/frost"},
		{"https://example.org/", "example.org/index"},
		{"https://example.org", "example.org/index"},
		{"https://example.org/blog/", "example.org/blog/index"},
		{"https://example.org/a/../b/ c?id=3", "example.org/a/b/_c-"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			if got := filepath.ToSlash(urlPath(tt.url)); !strings.HasPrefix(got, tt.want) {
				t.Errorf("urlPath = %q, want prefix %q", got, tt.want)
			}
		})
	}
}
