package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/pare-dev/pare/crawl"
)

var crawlDay = time.Date(2025, 6, 2, 8, 15, 0, 0, time.UTC)

// crawlPage is a response record to write into a test WARC.
type crawlPage struct {
	url    string
	status int
	ctype  string
	body   string
}

// writeCrawl writes a WARC file at dir/name: a warcinfo and a request
// record, then the given responses with a revisit and a metadata record
// after the first. With truncate, the file loses the end of its last
// record. It returns the record ids of the responses.
func writeCrawl(t *testing.T, dir, name string, gz, truncate bool, pages ...crawlPage) []string {
	t.Helper()
	var buf bytes.Buffer
	w := crawl.NewWriter(&buf, gz)
	check := func(id string, err error) string {
		if err != nil {
			t.Fatal(err)
		}
		return id
	}
	check(w.Write(crawl.Record{Type: "warcinfo", Date: crawlDay, ContentType: "application/warc-fields", Block: []byte("software: pare-test\r\n")}))
	check(w.Write(crawl.Record{Type: "request", Date: crawlDay, TargetURI: pages[0].url,
		ContentType: "application/http; msgtype=request", Block: []byte("GET / HTTP/1.1\r\nHost: example\r\n\r\n")}))
	var ids []string
	for i, p := range pages {
		h := http.Header{}
		if p.ctype != "" {
			h.Set("Content-Type", p.ctype)
		}
		ids = append(ids, check(w.Response(p.url, crawlDay.Add(time.Duration(i)*time.Minute), p.status, h, []byte(p.body))))
		if i == 0 {
			check(w.Write(crawl.Record{Type: "revisit", Date: crawlDay, TargetURI: p.url,
				ContentType: "application/http; msgtype=response",
				Fields:      []string{"WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"},
				Block:       []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")}))
			check(w.Write(crawl.Record{Type: "metadata", Date: crawlDay, TargetURI: p.url,
				ContentType: "application/warc-fields", Block: []byte("fetchTimeMs: 120\r\n")}))
		}
	}
	data := buf.Bytes()
	if truncate {
		data = data[:len(data)-60]
	}
	writeFile(t, dir, name, string(data))
	return ids
}

func story(title, url string) string {
	return article{title: title, url: url, paras: sampleParas(title, 4), chrome: true}.html()
}

// crawlA is a crawl of one site: two pages, a 404, a picture, and a last
// page cut short.
func crawlA(t *testing.T, dir, name string, gz bool) []string {
	return writeCrawl(t, dir, name, gz, true,
		crawlPage{"https://harbour.example/news/pier-vote", 200, "text/html; charset=utf-8", story("Harbour votes on the pier", "")},
		crawlPage{"https://harbour.example/news/missing", 404, "text/html", story("Page not found", "")},
		crawlPage{"https://harbour.example/img/pier.png", 200, "image/png", "\x89PNG\r\n\x1a\nxxxx"},
		crawlPage{"https://harbour.example/notes/", 200, "", story("Notes from the quay", "")},
		crawlPage{"https://harbour.example/news/cut-short", 200, "text/html", story("A story cut short", "")},
	)
}

var warcSummaryRE = regexp.MustCompile(`(?m)^pare: WARC: (\d+) files?, (\d+) records: (\d+) pages, (\d+) skipped \(([^)]*)\), (\d+) corrupt$`)

// TestWARCBatch: pages of a WARC go to OUT/HOST/PATH.md, in a folder too;
// the other records are counted by reason, the cut record is reported with
// its offset and the run fails.
func TestWARCBatch(t *testing.T) {
	for _, tc := range []struct {
		name string
		gz   bool
		file string
	}{
		{"gzip per record", true, "crawl.warc.gz"},
		{"plain", false, "crawl.warc"},
		{"found by its first bytes", true, "crawl.data"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			crawlA(t, dir, tc.file, tc.gz)
			out := filepath.Join(dir, "out")
			r := runCLI(t, "", "--no-learn", "-o", out+"/", filepath.Join(dir, tc.file))
			if r.code != 1 || r.stdout != "" {
				t.Fatalf("status %d, stdout %q, stderr:\n%s", r.code, r.stdout, r.stderr)
			}
			files := listFiles(t, out)
			want := []string{"harbour.example/news/pier-vote.md", "harbour.example/notes/index.md"}
			if strings.Join(files, " ") != strings.Join(want, " ") {
				t.Errorf("outputs %q, want %q", files, want)
			}
			md := readFile(t, filepath.Join(out, "harbour.example/news/pier-vote.md"))
			if !strings.Contains(md, "# Harbour votes on the pier") || !strings.Contains(md, "url: https://harbour.example/news/pier-vote") {
				t.Errorf("pier-vote.md:\n%s", md)
			}
			if done, _, failed := summary(t, r.stderr); done != "2" || failed != "1" {
				t.Errorf("done %s, failed %s, want 2 and 1:\n%s", done, failed, r.stderr)
			}
			m := warcSummaryRE.FindStringSubmatch(r.stderr)
			if m == nil {
				t.Fatalf("no WARC summary:\n%s", r.stderr)
			}
			// warcinfo, request, five responses, revisit, metadata
			if m[1] != "1" || m[2] != "9" || m[3] != "2" || m[4] != "6" || m[6] != "1" {
				t.Errorf("WARC summary %q", m[0])
			}
			for _, reason := range []string{"1 warcinfo", "1 request", "1 revisit", "1 metadata", "1 status 404", "1 not HTML"} {
				if !strings.Contains(m[5], reason) {
					t.Errorf("WARC summary %q lacks %q", m[0], reason)
				}
			}
			if !regexp.MustCompile(`pare: \S+: record at offset \d+: truncated`).MatchString(r.stderr) {
				t.Errorf("the cut record is not reported with its offset:\n%s", r.stderr)
			}
		})
	}
}

// TestWARCFolder: a WARC in a folder is walked with the pages beside it.
func TestWARCFolder(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeCrawl(t, in, "sub/b.warc.gz", true, false,
		crawlPage{"https://quay.example/a?id=7", 200, "text/html", story("Quay market reopens", "")})
	writeFile(t, in, "page.html", story("A saved page", ""))
	out := filepath.Join(dir, "out")
	r := runCLI(t, "", "-o", out+"/", in)
	if r.code != 0 {
		t.Fatalf("status %d, stderr:\n%s", r.code, r.stderr)
	}
	files := listFiles(t, out)
	if len(files) != 2 || files[0] != "page.md" || !strings.HasPrefix(files[1], "quay.example/a-") {
		t.Errorf("outputs %q", files)
	}
}

// jsonLines parses stdout as JSON lines, failing on any line that is not
// one object.
func jsonLines(t *testing.T, stdout string) []map[string]any {
	t.Helper()
	var recs []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(stdout, "\n"), "\n") {
		if line == "" {
			t.Fatalf("line %d is empty", i+1)
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %d: %v: %s", i+1, err, line)
		}
		recs = append(recs, m)
	}
	return recs
}

var jsonlSummaryRE = regexp.MustCompile(`(?m)^pare: (\d+) records written: (\d+) pages, (\d+) errors; (\d+) inputs or records unreadable`)

// TestWARCJSONL: --jsonl over WARC files and a folder writes one record
// per page in record order, with the WARC fields, as many as the summary
// says.
func TestWARCJSONL(t *testing.T) {
	dir := t.TempDir()
	idsA := crawlA(t, dir, "a.warc.gz", true)
	idsB := writeCrawl(t, dir, "more/b.warc", false, false,
		crawlPage{"https://quay.example/market", 200, "text/html", story("Quay market reopens", "")},
		crawlPage{"https://quay.example/empty", 200, "text/html", "<html><body></body></html>"},
		crawlPage{"https://quay.example/ferry", 200, "application/xhtml+xml", story("Ferry times change", "")},
	)
	writeFile(t, dir, "more/saved.html", story("A saved page", ""))
	r := runCLI(t, "", "--jsonl", filepath.Join(dir, "a.warc.gz"), filepath.Join(dir, "more"))
	if r.code != 1 {
		t.Fatalf("status %d (want 1: a corrupt record), stderr:\n%s", r.code, r.stderr)
	}
	recs := jsonLines(t, r.stdout)
	type want struct{ url, id, title, errs string }
	wants := []want{
		{"https://harbour.example/news/pier-vote", idsA[0], "Harbour votes on the pier", ""},
		{"https://harbour.example/notes/", idsA[3], "Notes from the quay", ""},
		{"https://quay.example/market", idsB[0], "Quay market reopens", ""},
		{"https://quay.example/empty", idsB[1], "", "input is empty"},
		{"https://quay.example/ferry", idsB[2], "Ferry times change", ""},
		{"", "", "A saved page", ""},
	}
	if len(recs) != len(wants) {
		t.Fatalf("%d records, want %d:\n%s", len(recs), len(wants), r.stdout)
	}
	for i, w := range wants {
		got := recs[i]
		str := func(k string) string { s, _ := got[k].(string); return s }
		if str("url") != w.url || str("warc_record_id") != w.id || str("title") != w.title || (w.errs == "") != (str("error") == "") {
			t.Errorf("record %d: %v, want %+v", i+1, got, w)
		}
		if w.id != "" && !strings.HasPrefix(str("warc_date"), "2025-06-02T08:") {
			t.Errorf("record %d: warc_date %q", i+1, str("warc_date"))
		}
	}
	m := jsonlSummaryRE.FindStringSubmatch(r.stderr)
	if m == nil {
		t.Fatalf("no summary:\n%s", r.stderr)
	}
	if m[1] != fmt.Sprint(len(recs)) || m[2] != "5" || m[3] != "1" || m[4] != "1" {
		t.Errorf("summary %q for %d records", m[0], len(recs))
	}
}

// TestJSONLFileInput: a JSONL file of page records given to --jsonl gives
// one record per line, with its id, in line order.
func TestJSONLFileInput(t *testing.T) {
	dir := t.TempDir()
	var sb strings.Builder
	for i, title := range []string{"Lock gates repaired", "Canal boats return"} {
		rec, _ := json.Marshal(map[string]any{"id": i + 1, "url": fmt.Sprintf("https://canal.example/n/%d", i+1), "html": story(title, "")})
		sb.Write(rec)
		sb.WriteString("\n")
	}
	sb.WriteString("not json\n")
	p := writeFile(t, dir, "pages.jsonl", sb.String())
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte(sb.String()))
	zw.Close()
	pz := writeFile(t, dir, "pages.jsonl.gz", zipped.String())
	r := runCLI(t, "", "--jsonl", "--no-learn", p)
	if r.code != 0 {
		t.Fatalf("status %d, stderr:\n%s", r.code, r.stderr)
	}
	recs := jsonLines(t, r.stdout)
	if len(recs) != 3 {
		t.Fatalf("%d records:\n%s", len(recs), r.stdout)
	}
	if recs[0]["id"] != 1.0 || recs[0]["title"] != "Lock gates repaired" || recs[1]["url"] != "https://canal.example/n/2" {
		t.Errorf("records %v", recs[:2])
	}
	if recs[2]["line"] != 3.0 || recs[2]["error"] == nil {
		t.Errorf("bad line gave %v", recs[2])
	}
	if _, err := os.Stat(p); err != nil {
		t.Error(err)
	}
	rz := runCLI(t, "", "--jsonl", "--no-learn", pz)
	if rz.code != 0 || strings.ReplaceAll(rz.stdout, pz, p) != r.stdout {
		t.Errorf("the gzip file gave status %d and\n%s\nwant\n%s", rz.code, rz.stdout, r.stdout)
	}
}

// TestWARCAlone: a WARC file holds many pages, so it needs a folder or a
// stream to go to.
func TestWARCAlone(t *testing.T) {
	dir := t.TempDir()
	crawlA(t, dir, "a.warc.gz", true)
	r := runCLI(t, "", filepath.Join(dir, "a.warc.gz"))
	if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, "-o DIR/") {
		t.Errorf("status %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
}

// TestWARCJSONLInterrupted: a stream over inputs stops on a signal, exits
// 130 and writes only whole records.
func TestWARCJSONLInterrupted(t *testing.T) {
	dir := t.TempDir()
	var pages []crawlPage
	for i := range 40 {
		pages = append(pages, crawlPage{fmt.Sprintf("https://harbour.example/n/%d", i), 200, "text/html", story(fmt.Sprintf("Story %d of the harbour", i), "")})
	}
	writeCrawl(t, dir, "big.warc.gz", true, false, pages...)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := runCLIContext(t, ctx, true, "", "--jsonl", "--no-learn", filepath.Join(dir, "big.warc.gz"))
	if r.code != 130 {
		t.Errorf("status %d, want 130; stderr:\n%s", r.code, r.stderr)
	}
	if r.stdout != "" {
		jsonLines(t, r.stdout)
	}
	if !strings.Contains(r.stderr, "interrupted") {
		t.Errorf("no interrupted summary:\n%s", r.stderr)
	}
}

// TestWARCProgress: on a terminal, a WARC batch draws its bar and counts
// pages.
func TestWARCProgress(t *testing.T) {
	dir := t.TempDir()
	crawlA(t, dir, "a.warc.gz", true)
	r := runCLIContext(t, context.Background(), true, "", "--jsonl", filepath.Join(dir, "a.warc.gz"))
	if !strings.Contains(r.stderr, "cleaning [") || !strings.Contains(r.stderr, "2/2") {
		t.Errorf("no progress bar over 2 pages:\n%q", r.stderr)
	}
	if n := len(jsonLines(t, r.stdout)); n != 2 {
		t.Errorf("%d records, want 2", n)
	}
}

// TestWARCLearn: pages of one site in a crawl share their site's
// boilerplate, learned across the crawl and dropped, in a folder batch and
// in a stream alike.
func TestWARCLearn(t *testing.T) {
	dir := t.TempDir()
	const box = "Get the quay letter every Friday: market news, tide tables, no spam, unsubscribe at any time."
	var pages []crawlPage
	for i := range 4 {
		a := article{title: fmt.Sprintf("Quay report, week %d", i+1), paras: sampleParas(fmt.Sprintf("Week %d", i+1), 5), extra: "<p>" + box + "</p>\n"}
		pages = append(pages, crawlPage{fmt.Sprintf("https://quay.example/report/%d", i+1), 200, "text/html", a.html()})
	}
	writeCrawl(t, dir, "quay.warc.gz", true, false, pages...)
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"batch", []string{"-o", filepath.Join(dir, "out") + "/"}},
		{"stream", []string{"--jsonl"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, learn := range []bool{true, false} {
				args := append([]string{}, tc.args...)
				if !learn {
					args = append(args, "--no-learn", "--force")
				}
				r := runCLI(t, "", append(args, filepath.Join(dir, "quay.warc.gz"))...)
				if r.code != 0 {
					t.Fatalf("status %d, stderr:\n%s", r.code, r.stderr)
				}
				text := r.stdout
				if tc.name == "batch" {
					text = readFile(t, filepath.Join(dir, "out/quay.example/report/2.md"))
				}
				if has := strings.Contains(text, "Get the quay letter"); has == learn {
					t.Errorf("learn %v: the box is there: %v\n%s", learn, has, text)
				}
			}
		})
	}
}
