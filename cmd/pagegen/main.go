// Command pagegen writes a folder of made-up article pages for benchmarking
// pare's batch mode: pages of many sites, each site with its own menu,
// footer and newsletter box, each article different.
//
//	go run ./cmd/pagegen -n 10000 -sites 50 -o /tmp/pages
//	go run ./cmd/pagegen -n 5000 -warc /tmp/crawl.warc.gz   # the same pages as a crawl
package main

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pare-dev/pare/crawl"
)

var words = strings.Fields(`garden frost seedling compost harvest orchard meadow
river bridge market village council library station harbour bakery winter summer
spring autumn morning evening neighbour teacher farmer builder painter cyclist
weather storm rain sunshine shadow window kitchen table letter story season
planted gathered repaired painted visited carried measured opened closed noticed
quietly slowly early late often rarely together carefully suddenly finally
the a of and to in on with for from by about after before under over`)

func main() {
	n := flag.Int("n", 10000, "number of pages")
	sites := flag.Int("sites", 50, "number of sites")
	out := flag.String("o", "pages", "output folder")
	warc := flag.String("warc", "", "write the pages as response records to this WARC `FILE` instead (gzip per record)")
	flag.Parse()
	gen := generate
	if *warc != "" {
		gen = func(_ string, n, sites int) error { return generateWARC(*warc, n, sites) }
	}
	if err := gen(*out, *n, *sites); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

// generate writes n pages spread over the given number of sites, one folder
// per site, always the same for the same arguments.
func generate(dir string, n, sites int) error {
	for i := range n {
		site := i % sites
		rng := rand.New(rand.NewPCG(uint64(i), 42))
		p := filepath.Join(dir, fmt.Sprintf("site-%03d", site), fmt.Sprintf("%d", 2000+i%20), fmt.Sprintf("page-%06d.html", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(page(rng, i, site)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// generateWARC writes the pages of generate as a crawl: a request and a
// response record per page, each in its own gzip member.
func generateWARC(file string, n, sites int) error {
	f, err := os.Create(file)
	if err != nil {
		return err
	}
	bw := bufio.NewWriterSize(f, 1<<20)
	w := crawl.NewWriter(bw, true)
	day := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	html := http.Header{"Content-Type": {"text/html; charset=utf-8"}}
	for i := range n {
		site := i % sites
		rng := rand.New(rand.NewPCG(uint64(i), 42))
		url := fmt.Sprintf("https://site-%03d.example/%d/page-%06d", site, 2000+i%20, i)
		date := day.Add(time.Duration(i) * time.Second)
		_, err := w.Write(crawl.Record{Type: "request", Date: date, TargetURI: url, ContentType: "application/http; msgtype=request",
			Block: fmt.Appendf(nil, "GET /%d/page-%06d HTTP/1.1\r\nHost: site-%03d.example\r\n\r\n", 2000+i%20, i, site)})
		if err == nil {
			_, err = w.Response(url, date, 200, html, []byte(page(rng, i, site)))
		}
		if err != nil {
			f.Close()
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func sentence(rng *rand.Rand, min, max int) string {
	k := min + rng.IntN(max-min+1)
	ws := make([]string, k)
	for i := range ws {
		ws[i] = words[rng.IntN(len(words))]
	}
	s := strings.Join(ws, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

func paragraph(rng *rand.Rand) string {
	var sb strings.Builder
	for i := range 3 + rng.IntN(4) {
		if i > 0 {
			sb.WriteString(" ")
		}
		sb.WriteString(sentence(rng, 8, 20))
	}
	return sb.String()
}

// page returns page i of a site.
func page(rng *rand.Rand, i, site int) string {
	host := fmt.Sprintf("site-%03d.example", site)
	title := strings.TrimSuffix(sentence(rng, 4, 9), ".")
	var sb strings.Builder
	fmt.Fprintf(&sb, `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>%s | Site %d</title>
<link rel="canonical" href="https://%s/%d/page-%06d">
<meta property="og:site_name" content="Site %d">
<meta name="author" content="Writer %d">
<meta property="article:published_time" content="20%02d-%02d-%02dT08:00:00Z">
<style>body{font-family:serif}.nav a{margin:0 1em}</style>
<script>window.dataLayer=[];function track(e){dataLayer.push(e)}</script>
</head><body>
<header><a href="/">Site %d</a><nav class="nav"><ul>`, title, site, host, 2000+i%20, i, site, rng.IntN(30), 10+i%15, 1+i%12, 1+i%28, site)
	for k := range 8 {
		fmt.Fprintf(&sb, `<li><a href="/section-%d">Section %d</a></li>`, k, k)
	}
	sb.WriteString("</ul></nav></header>\n<main><article>\n")
	fmt.Fprintf(&sb, "<h1>%s</h1>\n<p class=\"byline\">By Writer %d</p>\n", title, rng.IntN(30))
	paras := 6 + rng.IntN(14)
	for k := range paras {
		if k > 0 && k%5 == 0 {
			fmt.Fprintf(&sb, "<h2>%s</h2>\n", strings.TrimSuffix(sentence(rng, 3, 6), "."))
		}
		fmt.Fprintf(&sb, "<p>%s <a href=\"/%d/page-%06d\">%s</a> %s</p>\n", paragraph(rng), 2000+k, rng.IntN(100000), words[rng.IntN(len(words))], sentence(rng, 5, 12))
		if k == paras/2 {
			fmt.Fprintf(&sb, "<ul><li>%s</li><li>%s</li><li>%s</li></ul>\n", sentence(rng, 4, 8), sentence(rng, 4, 8), sentence(rng, 4, 8))
		}
	}
	fmt.Fprintf(&sb, "<p>Get the Site %d letter every Friday: the week's best stories, no spam, unsubscribe at any time.</p>\n", site)
	sb.WriteString("</article>\n<aside><h3>Most read</h3><ul>")
	for k := range 6 {
		fmt.Fprintf(&sb, `<li><a href="/x/%d">%s</a></li>`, k, strings.TrimSuffix(sentence(rng, 4, 8), "."))
	}
	sb.WriteString("</ul></aside></main>\n")
	fmt.Fprintf(&sb, `<footer><p>© Site %d. All rights reserved.</p><p><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a> <a href="/cookies">Cookie settings</a></p></footer>
<script>track({page:%d})</script>
</body></html>
`, site, i)
	return sb.String()
}
