package htmlpage

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

// The headline check: an article starts under its headline. The blocks
// that follow the headline, up to the last one of running text before the
// next heading of its rank, are a candidate of their own. The article that
// readability or the paragraph classifier chose gives way to them when it
// shares none of their running text, lies mostly outside the headline's
// section, has no more than ten times their running text, and either lies
// above the headline (a blog's description, a profile box in a left
// column), or holds less running text than they do (a licence note, a
// player's label), or lies in a later section of a headline that is the
// title (a comment thread or form under a short post).

// headlineAt returns the index of the page's headline among its blocks: of
// the headings whose text is the title, the one with the most running text
// under it (a page may repeat its title, over a printable copy or in a
// box), titled; else the first <h1>; or -1.
func headlineAt(blocks []article.Block, sz blockSizes, title string) (h int, titled bool) {
	fold := lang.Fold(title)
	best, most, firstH1 := -1, -1, -1
	for i, b := range blocks {
		if b.Kind != article.Heading {
			continue
		}
		if fold != "" && lang.Fold(b.Plain) == fold {
			_, end := underHeadline(blocks, sz, i)
			if n := sz.of(i+1, end); n > most {
				best, most = i, n
			}
		}
		if firstH1 < 0 && b.Level == 1 {
			firstH1 = i
		}
	}
	if best >= 0 {
		return best, true
	}
	return firstH1, false
}

// underHeadline returns the ends (exclusive) of the blocks that belong to
// the headline at h: section, the next heading of its rank or higher (or
// the page's end); and end, the block after the last one of running text
// before it.
func underHeadline(blocks []article.Block, sz blockSizes, h int) (section, end int) {
	end = h + 1
	for section = h + 1; section < len(blocks); section++ {
		b := blocks[section]
		if b.Kind == article.Heading && b.Level <= blocks[h].Level {
			break
		}
		if sz.running(blocks, section) {
			end = section + 1
		}
	}
	return section, end
}

// runningText reports whether a block is text to be read rather than a
// label or a link list.
func runningText(b article.Block) bool {
	return b.Kind != article.Heading && b.LinkDensity() < 0.5 && !shortLabel(b.Plain)
}

// blockSizes holds the running text of a page's blocks, each block's
// counted once: element i is textSize(blocks[:i]).
type blockSizes []int

// sizesOf returns the blockSizes of blocks.
func sizesOf(blocks []article.Block) blockSizes {
	sz := make(blockSizes, len(blocks)+1)
	for i := range blocks {
		sz[i+1] = sz[i] + textSize(blocks[i:i+1])
	}
	return sz
}

// of returns textSize(blocks[a:b]).
func (sz blockSizes) of(a, b int) int { return sz[b] - sz[a] }

// running returns runningText(blocks[i]): a block that is no heading and
// counts as running text, which has characters (shortLabel("") is true).
func (sz blockSizes) running(blocks []article.Block, i int) bool {
	return blocks[i].Kind != article.Heading && sz[i+1] > sz[i]
}

// headlineChoice weighs the article chosen so far against the blocks under
// the headline at h, up to end, in the headline's section. It returns
// whether they are to be taken instead, and why, in a few words.
func headlineChoice(page []article.Block, sz blockSizes, h, section, end int, titled bool, chosen []article.Block) (bool, string) {
	under := sz.of(h+1, end)
	if under == 0 {
		return false, "there is no running text under the headline"
	}
	set, words := shingles(chosen)
	hits := make([]int, len(page)) // the chosen article's word runs in each block
	shared, all, inSection := 0, 0, 0
	for i := h + 1; i < section; i++ {
		hit, n := covered(page[i].Plain, set)
		hits[i] = hit
		inSection += hit
		if sz.running(page, i) {
			shared += hit
			all += n
		}
	}
	if shared > 0 {
		return false, fmt.Sprintf("it holds running text of the headline's section (%d of %d word runs)", shared, all)
	}
	// The chosen article's word runs, across its blocks: a form's labels
	// count, though none of them makes a run of its own.
	if inSection*2 > max(words-2, 0) {
		return false, "most of it lies in the headline's section"
	}
	size := textSize(chosen)
	if size > headlineOdds*under {
		return false, "it shares no text with the headline's section, but has far more running text"
	}
	above, below := 0, 0 // the chosen article's text above and below the headline
	for i, b := range page {
		hit := hits[i]
		if i < h || i >= section {
			hit, _ = covered(b.Plain, set)
		}
		if i < h {
			above += hit
		} else if i > h {
			below += hit
		}
	}
	switch {
	case above > below:
		return true, "the other choice shares none of its text and lies above the headline"
	case size < under:
		return true, "the other choice shares none of its text and is shorter"
	case titled:
		return true, "the other choice shares none of its text and lies in a later section"
	}
	return false, "it lies below the headline, longer than the text under it"
}

// headlineOdds is how many times more running text than the text under the
// headline a choice that shares nothing with it must have to stand: the
// title may also head a box far from the article.
const headlineOdds = 10

// shingles returns the set of the hashes of every three words in a row of
// the blocks' texts, lower-cased, and how many words the blocks have.
func shingles(blocks []article.Block) (set *hashSet, words int) {
	size := 0
	for _, b := range blocks {
		size += len(b.Plain)
	}
	// About a word run for each 6 bytes, but no more room than a long
	// article needs at first: a huge page repeats its runs, and the set
	// grows as it fills (room for all of a 50 MB page's runs was 128 MB).
	set = newHashSet(min(size/6, 1<<17))
	for _, b := range blocks {
		words += forShingles(b.Plain, set.add)
	}
	return set, words
}

// covered returns how many of the shingles of t are in set, and how many t
// has.
func covered(t string, set *hashSet) (hit, all int) {
	forShingles(t, func(h uint64) {
		all++
		if set.has(h) {
			hit++
		}
	})
	return hit, all
}

// hashSet is a set of hashes: open addressing, linear probing, the hash
// its own slot's number. It holds what a map[uint64]struct{} would, at a
// fraction of the cost of its hashing and probing.
type hashSet struct {
	slots []uint64 // 0: empty
	n     int      // hashes in slots
	zero  bool     // the set holds 0
}

// newHashSet returns a set with room for about n hashes; it grows.
func newHashSet(n int) *hashSet {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return &hashSet{slots: make([]uint64, size)}
}

// mix spreads the bits of a hash over the slot number: the word runs'
// hashes are combinations of FNV hashes whose low bits may repeat.
func mix(h uint64) uint64 {
	h ^= h >> 29
	h *= 0xbf58476d1ce4e5b9
	return h ^ h>>32
}

func (s *hashSet) add(h uint64) {
	if h == 0 {
		s.zero = true
		return
	}
	if 2*(s.n+1) > len(s.slots) {
		s.grow()
	}
	mask := uint64(len(s.slots) - 1)
	for i := mix(h) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return
		case 0:
			s.slots[i] = h
			s.n++
			return
		}
	}
}

func (s *hashSet) has(h uint64) bool {
	if h == 0 {
		return s.zero
	}
	mask := uint64(len(s.slots) - 1)
	for i := mix(h) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case h:
			return true
		case 0:
			return false
		}
	}
}

// grow doubles the slots, placing the hashes again.
func (s *hashSet) grow() {
	old := s.slots
	s.slots, s.n = make([]uint64, 2*len(old)), 0
	for _, h := range old {
		if h != 0 {
			s.add(h)
		}
	}
}

// forShingles calls f with a hash of every three words in a row of t, and
// returns how many words t has.
func forShingles(t string, f func(uint64)) int {
	return textShingles(t, f)
}

// textShingles is forShingles on any text, in one pass over its
// characters: each is lower-cased as strings.ToLower does it, and the words
// are the runs of those that are no notWordRune, hashed as they are read.
func textShingles(t string, f func(uint64)) int {
	var w [3]uint64
	var enc [utf8.UTFMax]byte
	n := 0
	h, in := uint64(fnvOffset), false
	end := func() {
		w[0], w[1], w[2] = w[1], w[2], h
		if n++; n >= 3 {
			f(w[0]*961 + w[1]*31 + w[2])
		}
		h, in = fnvOffset, false
	}
	for _, r := range t {
		if r < utf8.RuneSelf {
			// ASCII, most of the text of most pages: lower-cased and
			// hashed as its one byte.
			c := byte(r)
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c >= 'a' && c <= 'z' || c == '\'' {
				h ^= uint64(c)
				h *= fnvPrime
				in = true
			} else if in {
				end()
			}
			continue
		}
		r = unicode.ToLower(r)
		if notWordRune(r) {
			if in {
				end()
			}
			continue
		}
		for _, c := range enc[:utf8.EncodeRune(enc[:], r)] {
			h ^= uint64(c)
			h *= fnvPrime
		}
		in = true
	}
	if in {
		end()
	}
	return n
}

// fnv64 is the 64-bit FNV-1a hash of s.
func fnv64(s string) uint64 {
	h := uint64(fnvOffset)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= fnvPrime
	}
	return h
}

// The FNV-1a constants.
const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// plainOf joins the texts of blocks.
func plainOf(blocks []article.Block) string {
	var sb strings.Builder
	for _, b := range blocks {
		sb.WriteString(b.Plain)
		sb.WriteByte('\n')
	}
	return sb.String()
}
