// Package site learns the boilerplate of a site across a batch of its pages:
// the blocks (footers, comment policies, newsletter boxes) that recur on
// many pages of one site are template, not article. Add every page's blocks
// first, then Prune each page:
//
//	m := site.NewModel(site.DefaultMinPages, site.DefaultMinShare)
//	for _, doc := range docs {
//		m.Add(site.Key(doc, dir), doc.Blocks)
//	}
//	for _, doc := range docs {
//		m.Prune(doc, site.Key(doc, dir)) // drops and records what recurs
//	}
//
// A Model is safe for concurrent use; its memory does not grow with the
// number of pages.
package site

import (
	"hash/fnv"
	"math"
	"net/url"
	"strings"
	"sync"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/internal/lang"
)

// RuleName is the name of the learned rule, in Document.Removed.
const RuleName = "site-boilerplate"

// The defaults of NewModel's thresholds: a block is dropped when it is on
// at least DefaultMinPages pages and DefaultMinShare of its site's pages.
const (
	DefaultMinPages = 3
	DefaultMinShare = 0.5
)

// Count-min sketch of block fingerprints: sketchDepth rows of sketchWidth
// counters. 8 MiB whatever the number of pages; at 300,000 distinct blocks
// the chance that a block seen once counts as seen three times is about one
// in a million.
const (
	sketchDepth = 4
	sketchWidth = 1 << 20
)

// Model learns the blocks that recur on many pages of one site within a
// batch: footers, comment policies, newsletter boxes. The first pass adds
// every page's blocks; the second drops from each page the blocks seen on
// at least minPages pages and minShare of its site's pages.
//
// Memory does not grow with the number of pages: the model keeps a page
// count per site and a fixed-size count-min sketch of (site, block)
// fingerprints, not the blocks. Counts are sums, so the result does not
// depend on the order pages are added in, hence not on -j.
type Model struct {
	minPages int
	minShare float64

	mu     sync.Mutex
	pages  map[uint64]int // hash64(site) → pages added
	counts []uint16       // sketchDepth × sketchWidth, saturating
}

// NewModel returns an empty model that drops a block found on at least
// minPages pages and minShare of its site's pages.
func NewModel(minPages int, minShare float64) *Model {
	return &Model{
		minPages: minPages, minShare: minShare,
		pages:  map[uint64]int{},
		counts: make([]uint16, sketchDepth*sketchWidth),
	}
}

// Key names the site of a page: the host of its URL, or the folder it
// was read from when its URL is unknown.
// A page archived by the Wayback Machine belongs to the site archived.
func Key(doc *article.Document, dir string) string {
	if host := urlHost(doc.URL); host != "" {
		if host == "web.archive.org" {
			// https://web.archive.org/web/20160101000000/http://host/path
			if parts := strings.SplitN(doc.URL, "/", 6); len(parts) == 6 {
				if archived := urlHost(parts[5]); archived != "" {
					return archived
				}
			}
		}
		return host
	}
	return "dir:" + dir
}

// urlHost returns the host of an absolute URL, lower-cased, without www.
func urlHost(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// fingerprint hashes a block's text, loosely compared, within a site; ok is
// false for a block without text.
func fingerprint(site string, b article.Block) (fp uint64, ok bool) {
	text := lang.Fold(b.Plain)
	if text == "" {
		return 0, false
	}
	h := fnv.New64a()
	h.Write([]byte(site))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return h.Sum64(), true
}

// cells returns the sketch counters of a fingerprint, one per row.
func cells(fp uint64) [sketchDepth]int {
	h1, h2 := uint32(fp), uint32(fp>>32)|1
	var c [sketchDepth]int
	for i := range c {
		c[i] = i*sketchWidth + int((h1+uint32(i)*h2)%sketchWidth)
	}
	return c
}

// Add counts the blocks of one page of site, each block once, and returns
// the number of the site's pages added so far.
func (m *Model) Add(site string, blocks []article.Block) int {
	fps := Fingerprints(site, blocks)
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pages[hash64(site)]++
	for _, fp := range fps {
		m.bump(fp, 1)
	}
	return m.pages[hash64(site)]
}

// Fingerprints returns the distinct fingerprints, within site, of a page's
// blocks with text: what Add counts for the page. Summed over pages they
// are the counts AddCounts takes, so that a model can be built from counts
// merged elsewhere (a distributed pipeline's combine).
func Fingerprints(site string, blocks []article.Block) []uint64 {
	seen := make(map[uint64]bool, len(blocks))
	fps := make([]uint64, 0, len(blocks))
	for _, b := range blocks {
		if fp, ok := fingerprint(site, b); ok && !seen[fp] {
			seen[fp] = true
			fps = append(fps, fp)
		}
	}
	return fps
}

// AddCounts adds pages pages of site on which each fingerprint fp (from
// Fingerprints) was seen counts[fp] times. The model is then the one Add
// would have built from those pages one by one, whatever the order.
func (m *Model) AddCounts(site string, pages int, counts map[uint64]int) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.pages[hash64(site)] += pages
	for fp, n := range counts {
		m.bump(fp, n)
	}
}

// bump adds n to the sketch counters of fp, saturating; m.mu is held.
func (m *Model) bump(fp uint64, n int) {
	for _, c := range cells(fp) {
		m.counts[c] = uint16(min(int(m.counts[c])+n, math.MaxUint16))
	}
}

// Learns reports whether site has enough pages for blocks to be dropped
// from them.
func (m *Model) Learns(site string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.pages[hash64(site)] >= m.minPages
}

// count returns how many pages a fingerprint was seen on, or a little more.
func (m *Model) count(fp uint64) int {
	n := math.MaxUint16
	for _, c := range cells(fp) {
		n = min(n, int(m.counts[c]))
	}
	return n
}

// threshold returns how many of site's pages a block must be on to be
// dropped, or 0 when the site has too few pages to tell.
func (m *Model) threshold(site string) int {
	m.mu.Lock()
	n := m.pages[hash64(site)]
	m.mu.Unlock()
	if n < m.minPages {
		return 0
	}
	return max(m.minPages, int(math.Ceil(m.minShare*float64(n))))
}

// Prune drops from doc the blocks that recur across its site's pages and
// records them in doc.Removed. A recurring heading stays when its section
// holds text of its own ("Ingredients" over each recipe's list), since it
// is then the page's structure, not template. A page that would lose most
// of its text is a copy of another page rather than a template: it is left
// whole.
func (m *Model) Prune(doc *article.Document, site string) {
	t := m.threshold(site)
	if t == 0 {
		return
	}
	recurs := make([]bool, len(doc.Blocks))
	for i, b := range doc.Blocks {
		fp, ok := fingerprint(site, b)
		recurs[i] = ok && m.count(fp) >= t
	}
	rule := clean.BlockRule{Name: RuleName, Drop: func(b article.Block, ctx clean.Context) bool {
		if !recurs[ctx.Index] {
			return false
		}
		if b.Kind == article.Heading {
			for k := ctx.Index + 1; k < len(ctx.Blocks) && ctx.Blocks[k].Kind != article.Heading; k++ {
				if !recurs[k] {
					return false
				}
			}
		}
		return true
	}}
	kept, removed := clean.ApplyBlocks(doc.Blocks, doc.Title, []clean.BlockRule{rule})
	if len(removed) == 0 || 2*textLen(kept) < textLen(doc.Blocks) {
		return
	}
	doc.Blocks = kept
	doc.Removed = append(doc.Removed, removed...)
}

func textLen(blocks []article.Block) int {
	n := 0
	for _, b := range blocks {
		n += len(b.Plain)
	}
	return n
}

// hash64 is the FNV-1a hash of s, by which the model counts a site's pages.
func hash64(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}
