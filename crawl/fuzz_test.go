package crawl

import (
	"bytes"
	"errors"
	"io"
	"testing"
)

// FuzzReader: whatever the bytes, the reader ends, without a panic, and
// every error it gives is a skip or a corrupt record within the file.
func FuzzReader(f *testing.F) {
	for _, gz := range []bool{true, false} {
		var b bytes.Buffer
		w := NewWriter(&b, gz)
		w.Response("https://a.example/1", day, 200, hdr("Content-Type", "text/html"), page("One"))
		w.Response("https://a.example/2", day, 404, hdr("Content-Type", "text/html"), page("Two"))
		w.Write(Record{Type: "request", Date: day, TargetURI: "https://a.example/1", ContentType: "application/http; msgtype=request", Block: []byte("GET / HTTP/1.1\r\n\r\n")})
		f.Add(b.Bytes())
		f.Add(b.Bytes()[:b.Len()/2])
	}
	f.Add([]byte("WARC/1.1\r\nContent-Length: 99999999999\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := NewReader(bytes.NewReader(data), 1<<16)
		if err != nil {
			return
		}
		defer r.Close()
		for i := 0; ; i++ {
			if i > len(data)+2 {
				t.Fatalf("more records than bytes: the reader does not stop")
			}
			p, err := r.Next()
			if err == io.EOF {
				return
			}
			var re *RecordError
			switch {
			case err == nil:
				if p.URL == "" || int64(len(p.Body)) > 1<<16 {
					t.Fatalf("page without URL or over the limit: %q, %d bytes", p.URL, len(p.Body))
				}
			case !errors.As(err, &re) || !(errors.Is(err, ErrSkipped) || errors.Is(err, ErrCorrupt)):
				t.Fatalf("unexpected error %v", err)
			case re.Offset < 0 || re.Offset > int64(len(data)):
				t.Fatalf("offset %d outside the file of %d bytes", re.Offset, len(data))
			}
		}
	})
}
