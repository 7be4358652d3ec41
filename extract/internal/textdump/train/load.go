package main

import (
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/pare-dev/pare/extract/internal/textdump"
	"github.com/pare-dev/pare/internal/domtext"
)

// source is one dump to read, with its label.
type source struct {
	id, kind string
	load     func() (loaded, error)
}

// loaded is a dump, its title ("" when unknown) and its site.
type loaded struct {
	dump, want, site string
}

// caseEntry is what the trainer reads of an entry of cases.json.
type caseEntry struct {
	ID    string  `json:"id"`
	URL   *string `json:"url"`
	Title *string `json:"title"`
}

// loadPages reads every dump's candidates, from the cache when it was
// made from the same sources of the text path.
func loadPages(root, shared string, names []string, jobs int, refresh bool) ([]page, error) {
	key, err := sourceKey(root, names)
	if err != nil {
		return nil, err
	}
	cache := filepath.Join(os.TempDir(), "pare-headline-"+key[:16]+".gob")
	if !refresh {
		if pages, err := readCache(cache); err == nil {
			fmt.Printf("candidates from the cache %s\n", cache)
			return pages, nil
		}
	}
	srcs, err := allSources(shared)
	if err != nil {
		return nil, err
	}
	pages := make([]page, len(srcs))
	var wg sync.WaitGroup
	next := make(chan int)
	errs := make([]error, len(srcs))
	for range max(1, jobs) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				pages[i], errs[i] = readPage(srcs[i])
			}
		}()
	}
	for i := range srcs {
		next <- i
	}
	close(next)
	wg.Wait()
	var out []page
	for i, p := range pages {
		if errs[i] == errNoDOM {
			continue
		}
		if errs[i] != nil {
			fmt.Fprintf(os.Stderr, "train: %s (%s): %v\n", srcs[i].id, srcs[i].kind, errs[i])
			continue
		}
		out = append(out, p)
	}
	if err := writeCache(cache, out); err != nil {
		fmt.Fprintf(os.Stderr, "train: no cache: %v\n", err)
	}
	return out, nil
}

// readPage reads one dump's candidates and labels them.
func readPage(s source) (page, error) {
	d, err := s.load()
	if err != nil {
		return page{}, err
	}
	p := page{id: s.id, site: d.site, kind: s.kind, want: normTitle(d.want), weight: 1}
	cs, _ := textdump.HeadlineCandidates(strings.ToValidUTF8(d.dump, "\uFFFD"))
	for _, c := range cs {
		x := cand{text: c.Text, lex: c.Lex, pos: p.want != "" && normTitle(c.Text) == p.want}
		for j, v := range c.Features {
			if v != 0 {
				x.idx = append(x.idx, int32(j))
				x.val = append(x.val, float32(v))
			}
		}
		p.cands = append(p.cands, x)
	}
	return p, nil
}

// snippetSources lists the snippet corpus's dumps of the three kinds, and
// the visible text made from its pages (an extra kind).
func snippetSources(shared string) ([]source, error) {
	dir := filepath.Join(shared, "corpus")
	b, err := os.ReadFile(filepath.Join(dir, "cases.json"))
	if err != nil {
		return nil, err
	}
	var cases []caseEntry
	if err := json.Unmarshal(b, &cases); err != nil {
		return nil, fmt.Errorf("cases.json: %w", err)
	}
	var out []source
	for _, c := range cases {
		site := c.ID
		if c.URL != nil {
			if h := hostOf(*c.URL); h != "" {
				site = h
			}
		}
		want := ""
		if c.Title != nil {
			want = *c.Title
		}
		file := func(sub, ext string) func() (loaded, error) {
			path := filepath.Join(dir, sub, c.ID+ext)
			return func() (loaded, error) {
				b, err := os.ReadFile(path)
				return loaded{string(b), want, site}, err
			}
		}
		html := filepath.Join(dir, "html", c.ID+".html")
		out = append(out,
			source{c.ID, kindW3m, file("text", ".txt")},
			source{c.ID, kindInnerText, file("innertext", ".txt")},
			source{c.ID, kindDOMText, func() (loaded, error) {
				d, err := domDump(html)
				return loaded{d, want, site}, err
			}},
			source{c.ID, kindVisible, func() (loaded, error) {
				d, err := fileDump(html, domtext.Visible)
				return loaded{d, want, site}, err
			}},
		)
	}
	return out, nil
}

// hostOf returns the host of a URL without "www.", or "".
func hostOf(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

var (
	invisible = regexp.MustCompile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
)

// normTitle normalises a title as the corpus's scorer does (norm_title):
// NFC, no soft hyphens or zero-width characters, spaces folded, case
// folded, quotes trimmed at both ends.
func normTitle(t string) string {
	t = norm.NFC.String(t)
	t = invisible.ReplaceAllString(t, "")
	t = strings.Join(strings.Fields(t), " ")
	t = strings.ToLower(strings.ReplaceAll(t, "ß", "ss"))
	return strings.TrimFunc(t, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'\u201c\u201d\u2018\u2019", r)
	})
}

// sourceKey is a hash of the feature names and of the sources of the
// text path and what it uses, which decide the candidates.
func sourceKey(root string, names []string) (string, error) {
	h := sha256.New()
	fmt.Fprintln(h, strings.Join(names, ","))
	fmt.Fprintln(h, strings.Join(kinds, ","))
	for _, dir := range []string{"extract/internal/textdump", "extract/internal/dates", "clean", "internal/lang", "internal/domtext", "extract/internal/textdump/train"} {
		files, _ := filepath.Glob(filepath.Join(root, dir, "*.go"))
		sort.Strings(files)
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") || strings.HasSuffix(f, "headline_weights.go") {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				return "", err
			}
			h.Write(b)
		}
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// cached is a page as the cache holds it.
type cached struct {
	ID, Site, Kind, Want string
	Cands                []cachedCand
}

type cachedCand struct {
	Idx  []int32
	Val  []float32
	Text string
	Lex  []string
	Pos  bool
}

func readCache(path string) ([]page, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var cs []cached
	if err := gob.NewDecoder(f).Decode(&cs); err != nil {
		return nil, err
	}
	pages := make([]page, len(cs))
	for i, c := range cs {
		p := page{id: c.ID, site: c.Site, kind: c.Kind, want: c.Want, weight: 1}
		for _, x := range c.Cands {
			p.cands = append(p.cands, cand{idx: x.Idx, val: x.Val, text: x.Text, lex: x.Lex, pos: x.Pos})
		}
		pages[i] = p
	}
	return pages, nil
}

func writeCache(path string, pages []page) error {
	cs := make([]cached, len(pages))
	for i, p := range pages {
		c := cached{ID: p.id, Site: p.site, Kind: p.kind, Want: p.want}
		for _, x := range p.cands {
			c.Cands = append(c.Cands, cachedCand{Idx: x.idx, Val: x.val, Text: x.text, Lex: x.lex, Pos: x.pos})
		}
		cs[i] = c
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	if err := gob.NewEncoder(f).Encode(cs); err != nil {
		f.Close()
		os.Remove(tmp)
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// allSources lists every dump the trainer reads: the snippet corpus's
// (snippetSources), then the full-body corpus's (bodySources).
func allSources(shared string) ([]source, error) {
	srcs, err := snippetSources(shared)
	if err != nil {
		return nil, err
	}
	body, err := bodySources(shared)
	if err != nil {
		return nil, err
	}
	return append(srcs, body...), nil
}
