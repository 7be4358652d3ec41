package crawl

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"
)

// BenchmarkReader measures reading a crawl's pages, without extracting
// them: the cost that WARC input adds to each page. 200 pages of 20 KB,
// each after its request record.
func BenchmarkReader(b *testing.B) {
	body := []byte("<!DOCTYPE html><html><body><article>" + strings.Repeat("<p>The harbour council met on Tuesday to hear the report.</p>", 330) + "</article></body></html>")
	for _, gz := range []bool{true, false} {
		var buf bytes.Buffer
		w := NewWriter(&buf, gz)
		for i := range 200 {
			url := fmt.Sprintf("https://a.example/news/%d", i)
			w.Write(Record{Type: "request", Date: day, TargetURI: url, ContentType: "application/http; msgtype=request", Block: []byte("GET / HTTP/1.1\r\n\r\n")})
			w.Response(url, day, 200, hdr("Content-Type", "text/html"), body)
		}
		name := "plain"
		if gz {
			name = "gzip"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				r, _ := NewReader(bytes.NewReader(buf.Bytes()), 1<<20)
				n := 0
				for {
					_, err := r.Next()
					if err == io.EOF {
						break
					}
					if err == nil {
						n++
					}
				}
				r.Close()
				if n != 200 {
					b.Fatalf("%d pages", n)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*200), "µs/page")
		})
	}
}
