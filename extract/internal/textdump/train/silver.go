package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"golang.org/x/net/html"

	"github.com/pare-dev/pare/extract"
	"github.com/pare-dev/pare/internal/domtext"
)

// bodySources lists the full-body corpus's dumps, each labelled with a
// silver title: the HTML path's title of the page when the page's own
// first h1 or its og:title says the same (normTitle), else none. Each page
// gives three dumps: its w3m dump (text/), and the DOM text and visible
// text (internal/domtext) made from the page; the label is found once.
func bodySources(shared string) ([]source, error) {
	dir := filepath.Join(shared, "corpus-body")
	files, err := filepath.Glob(filepath.Join(dir, "html", "*.html"))
	if err != nil || len(files) == 0 {
		return nil, err // the full-body corpus is optional
	}
	var out []source
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".html")
		text := filepath.Join(dir, "text", id+".txt")
		label := sync.OnceValues(func() ([]byte, error) { return os.ReadFile(f) })
		silver := sync.OnceValue(func() [2]string {
			page, err := label()
			if err != nil {
				return [2]string{}
			}
			want, site := silverTitle(page)
			if site == "" {
				site = id
			}
			return [2]string{want, site}
		})
		from := func(dump func(page []byte) ([]byte, error)) func() (loaded, error) {
			return func() (loaded, error) {
				page, err := label()
				if err != nil {
					return loaded{}, err
				}
				d, err := dump(page)
				if err != nil {
					return loaded{}, err
				}
				l := silver()
				return loaded{string(d), l[0], l[1]}, nil
			}
		}
		out = append(out,
			source{id, kindBody, from(func([]byte) ([]byte, error) { return os.ReadFile(text) })},
			source{id, kindBodyDOM, from(nonEmpty(domtext.Dump))},
			source{id, kindBodyVisible, from(nonEmpty(domtext.Visible))},
		)
	}
	return out, nil
}

// silverTitle returns the page's title when the HTML path and the page's
// own h1 or og:title agree on it, and the page's site.
func silverTitle(page []byte) (title, site string) {
	m := readPageMeta(page)
	site = m.site()
	doc, err := extract.ExtractBytes(page, extract.Options{Input: extract.HTML})
	if err != nil || doc.Title == "" {
		return "", site
	}
	t := normTitle(doc.Title)
	if t == normTitle(m.h1) || t == normTitle(m.og) {
		return doc.Title, site
	}
	return "", site
}

// pageMeta is what the trainer reads of a page's markup.
type pageMeta struct {
	h1, og           string
	canonical, ogURL string
	hosts            map[string]int // the hosts of absolute links and sources
}

// site returns the page's host: its canonical URL's, its og:url's, else
// the host most of its absolute links and sources point to.
func (m pageMeta) site() string {
	for _, u := range []string{m.canonical, m.ogURL} {
		if h := hostOf(u); h != "" {
			return h
		}
	}
	best, n := "", 0
	for h, c := range m.hosts {
		if c > n || c == n && h < best {
			best, n = h, c
		}
	}
	return best
}

func readPageMeta(page []byte) pageMeta {
	m := pageMeta{hosts: map[string]int{}}
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return m
	}
	attr := func(n *html.Node, k string) string {
		for _, a := range n.Attr {
			if strings.EqualFold(a.Key, k) {
				return a.Val
			}
		}
		return ""
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "h1":
				if m.h1 == "" {
					m.h1 = textOf(n)
				}
			case "meta":
				switch strings.ToLower(attr(n, "property")) {
				case "og:title":
					m.og = attr(n, "content")
				case "og:url":
					m.ogURL = attr(n, "content")
				}
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					m.canonical = attr(n, "href")
				}
			case "a", "img", "script":
				for _, k := range []string{"href", "src"} {
					if h := hostOf(attr(n, k)); h != "" {
						m.hosts[h]++
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(sb.String()), " ")
}
