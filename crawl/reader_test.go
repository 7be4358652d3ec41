package crawl

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

var day = time.Date(2025, 3, 14, 9, 30, 0, 0, time.UTC)

func page(title string) []byte {
	return []byte("<!DOCTYPE html><html><head><title>" + title + "</title></head><body><article><h1>" +
		title + "</h1><p>The ferry pier was rebuilt over the winter by the harbour council.</p></article></body></html>")
}

func hdr(kv ...string) http.Header {
	h := http.Header{}
	for i := 0; i+1 < len(kv); i += 2 {
		h.Add(kv[i], kv[i+1])
	}
	return h
}

// crawlFile writes a WARC with one record of each kind the reader tells
// apart, and returns it with the outcome expected of each record.
func crawlFile(t *testing.T, gz bool) ([]byte, []string) {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf, gz)
	var want []string
	must := func(_ string, err error) {
		if err != nil {
			t.Fatal(err)
		}
	}
	must(w.Write(Record{Type: "warcinfo", Date: day, ContentType: "application/warc-fields", Block: []byte("software: test\r\n")}))
	want = append(want, "skip warcinfo")
	must(w.Write(Record{Type: "request", Date: day, TargetURI: "https://a.example/news/1",
		ContentType: "application/http; msgtype=request", Block: []byte("GET /news/1 HTTP/1.1\r\nHost: a.example\r\n\r\n")}))
	want = append(want, "skip request")
	must(w.Response("https://a.example/news/1", day, 200, hdr("Content-Type", "text/html; charset=iso-8859-1"), page("First")))
	want = append(want, "page https://a.example/news/1 text/html; charset=iso-8859-1 First")
	must(w.Response("https://a.example/missing", day, 404, hdr("Content-Type", "text/html"), page("Not found")))
	want = append(want, "skip status 404")
	must(w.Response("https://a.example/logo.png", day, 200, hdr("Content-Type", "image/png"), []byte("\x89PNG\r\n\x1a\n")))
	want = append(want, "skip not HTML")
	must(w.Write(Record{Type: "revisit", Date: day, TargetURI: "https://a.example/news/1",
		ContentType: "application/http; msgtype=response",
		Fields:      []string{"WARC-Profile", "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest", "WARC-Refers-To-Target-URI", "https://a.example/news/1"},
		Block:       []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n")}))
	want = append(want, "skip revisit")
	must(w.Write(Record{Type: "metadata", Date: day, TargetURI: "https://a.example/news/1", ContentType: "application/warc-fields", Block: []byte("via: x\r\n")}))
	want = append(want, "skip metadata")
	must(w.Response("https://b.example/sniffed", day, 200, nil, page("Sniffed")))
	want = append(want, "page https://b.example/sniffed  Sniffed")
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write(page("Chunked"))
	zw.Close()
	chunked := fmt.Sprintf("%x\r\n%s\r\n0\r\n\r\n", zipped.Len(), zipped.Bytes())
	must(w.Response("https://b.example/chunked", day, 200,
		hdr("Content-Type", "text/html", "Transfer-Encoding", "chunked", "Content-Encoding", "gzip"), []byte(chunked)))
	want = append(want, "page https://b.example/chunked text/html Chunked")
	must(w.Response("https://b.example/big", day, 200, hdr("Content-Type", "text/html"), bytes.Repeat([]byte("<p>x</p>"), 1000)))
	want = append(want, "skip larger than the size limit")
	must(w.Response("https://b.example/last", day, 200, hdr("Content-Type", "text/html"), page("Last")))
	want = append(want, "corrupt")
	// The last record loses its end.
	return buf.Bytes()[:buf.Len()-40], want
}

// outcomes reads every record and describes each outcome.
func outcomes(t *testing.T, data []byte) []string {
	return outcomesOf(t, data, bytes.NewReader(data))
}

// outcomesOf reads every record of src, which reads data.
func outcomesOf(t *testing.T, data []byte, src io.Reader) []string {
	t.Helper()
	r, err := NewReader(src, 4096)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var got []string
	for range 100 {
		p, err := r.Next()
		var re *RecordError
		switch {
		case err == io.EOF:
			return got
		case errors.Is(err, ErrSkipped) && errors.As(err, &re):
			got = append(got, "skip "+re.Reason)
		case errors.Is(err, ErrCorrupt) && errors.As(err, &re):
			if re.Offset < 0 || re.Offset >= int64(len(data)) {
				t.Errorf("corrupt record at offset %d, outside the file", re.Offset)
			}
			got = append(got, "corrupt")
		case err != nil:
			t.Fatalf("unexpected error %v", err)
		default:
			title := string(p.Body)
			if i := strings.Index(title, "<title>"); i >= 0 {
				title = title[i+7 : strings.Index(title, "</title>")]
			}
			if !strings.HasPrefix(p.RecordID, "<urn:uuid:") || p.Date != "2025-03-14T09:30:00Z" {
				t.Errorf("page %s: record id %q, date %q", p.URL, p.RecordID, p.Date)
			}
			got = append(got, "page "+p.URL+" "+p.ContentType+" "+title)
		}
	}
	t.Fatal("the reader does not stop")
	return nil
}

func TestReader(t *testing.T) {
	for _, tc := range []struct {
		name   string
		gz     bool
		v1dot0 bool
	}{{"gzip per record", true, false}, {"plain", false, false}, {"plain WARC/1.0, as Common Crawl writes", false, true}} {
		t.Run(tc.name, func(t *testing.T) {
			data, want := crawlFile(t, tc.gz)
			if tc.v1dot0 {
				data = bytes.ReplaceAll(data, []byte("WARC/1.1\r\n"), []byte("WARC/1.0\r\n"))
			}
			got := outcomes(t, data)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestReaderResync: after a record broken in the middle of the file, the
// records after it are still read.
func TestReaderResync(t *testing.T) {
	for _, tc := range []struct {
		name string
		gz   bool
	}{{"gzip per record", true}, {"plain", false}} {
		t.Run(tc.name, func(t *testing.T) {
			var a, b, c bytes.Buffer
			NewWriter(&a, tc.gz).Response("https://a.example/1", day, 200, hdr("Content-Type", "text/html"), page("One"))
			NewWriter(&b, tc.gz).Response("https://a.example/2", day, 200, hdr("Content-Type", "text/html"), page("Two"))
			NewWriter(&c, tc.gz).Response("https://a.example/3", day, 200, hdr("Content-Type", "text/html"), page("Three"))
			broken := b.Bytes()[:b.Len()/2]
			data := append(append(append([]byte{}, a.Bytes()...), broken...), c.Bytes()...)
			got := outcomes(t, data)
			want := []string{"page https://a.example/1 text/html One", "corrupt", "page https://a.example/3 text/html Three"}
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
	}
}

// TestReaderStream: on a reader that cannot seek, a broken record is
// reported and reading ends without hanging (the record after it may be
// lost with it).
func TestReaderStream(t *testing.T) {
	var a, b bytes.Buffer
	NewWriter(&a, true).Response("https://a.example/1", day, 200, hdr("Content-Type", "text/html"), page("One"))
	NewWriter(&b, true).Response("https://a.example/2", day, 200, hdr("Content-Type", "text/html"), page("Two"))
	data := append(append([]byte{}, a.Bytes()...), b.Bytes()[:b.Len()/2]...)
	got := outcomesOf(t, data, io.MultiReader(bytes.NewReader(data)))
	want := []string{"page https://a.example/1 text/html One", "corrupt"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestReaderNotWARC(t *testing.T) {
	got := outcomes(t, []byte("<html><body>just a page</body></html>"))
	if len(got) != 1 || got[0] != "corrupt" {
		t.Errorf("got %q, want one corrupt record", got)
	}
}
