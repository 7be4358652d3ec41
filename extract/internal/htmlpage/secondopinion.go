package htmlpage

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

// The second opinion: a paragraph classifier in the manner of jusText. Every
// block of the cleaned page is judged on its own (length, share of link
// text, share of the language's stop words: running text is full of "the",
// "und", "que"), then short blocks take the class of good neighbours. It
// serves when the readability pass picked the wrong part of the page or
// only a sliver of it.

// Thresholds of the classifier, in characters and shares.
const (
	denseLong     = 200  // a block this long with enough stop words is good
	denseShort    = 70   // a block shorter than this is judged by its neighbours
	denseStopHigh = 0.30 // stop-word share of running text
	denseStopLow  = 0.20 // stop-word share of text that may be running text
	denseLinkMax  = 0.20 // link share above which a block is chrome
)

// Classes of a block.
const (
	classBad = iota
	classShort
	classNearGood
	classGood
)

// denseArticle returns the blocks of the page (split by bb) that the
// classifier keeps, rendered as Markdown, and the length of their text.
// When that text cannot be longer than need characters, the blocks would
// not be taken: it returns nothing, without rendering them.
func denseArticle(bb *blockBuilder, lang, pageURL string, images bool, need float64) ([]article.Block, int) {
	return denseOf(bb, classifyBlocks(bb.blocks, lang), pageURL, images, need)
}

// classifyBlocks returns the class of each of the page's blocks, in the
// page's language (lang, or the one its text reads as): its own, and then
// its neighbours' for the short and near-good ones.
func classifyBlocks(blocks []article.Block, lang string) []int {
	if len(blocks) == 0 {
		return nil
	}
	stop := stopWordsFor(lang, blocks)
	classes := make([]int, len(blocks))
	for i, b := range blocks {
		classes[i] = classify(b, stop)
	}
	reviseShort(classes)
	return classes
}

// denseOf is denseArticle with the classes of bb's blocks
// (classifyBlocks).
func denseOf(bb *blockBuilder, classes []int, pageURL string, images bool, need float64) ([]article.Block, int) {
	if len(bb.blocks) == 0 {
		return nil, 0
	}
	var kept []article.Block
	var srcs []blockSource
	for i, b := range bb.blocks {
		keep := classes[i] == classGood
		if b.Kind == article.Heading {
			keep = headsGood(classes, bb.blocks, i)
		}
		if keep {
			kept = append(kept, b)
			srcs = append(srcs, bb.srcs[i])
		}
	}
	// The text of the kept blocks, some of which may render to nothing.
	if most := textSize(kept); float64(most) <= need {
		return nil, 0
	}
	out := renderBlocks(kept, srcs, pageURL, images)
	return out, textSize(out)
}

// classify gives a block its class from its own features.
func classify(b article.Block, stop stopSet) int {
	n := utf8.RuneCountInString(b.Plain)
	if linkDensity(b.Links, n) > denseLinkMax {
		return classBad
	}
	if b.Kind == article.Heading {
		return classShort
	}
	if b.Kind == article.Code || b.Kind == article.Table {
		return classNearGood
	}
	if n < denseShort {
		return classShort
	}
	share := stopShare(b.Plain, stop)
	switch {
	case share >= denseStopHigh && n >= denseLong:
		return classGood
	case share >= denseStopLow:
		return classNearGood
	}
	return classBad
}

// reviseShort settles short and near-good blocks by their neighbours: one
// between good blocks, or next to a good block and no bad one, is good.
// The neighbours are the nearest blocks on each side that are good or bad.
func reviseShort(classes []int) {
	n := len(classes)
	prev := make([]int, n) // class of the nearest good or bad block before i
	next := make([]int, n) // and after i
	last := classBad
	for i := 0; i < n; i++ {
		prev[i] = last
		if classes[i] == classGood || classes[i] == classBad {
			last = classes[i]
		}
	}
	last = classBad
	for i := n - 1; i >= 0; i-- {
		next[i] = last
		if classes[i] == classGood || classes[i] == classBad {
			last = classes[i]
		}
	}
	for i, c := range classes {
		if c != classShort && c != classNearGood {
			continue
		}
		switch {
		case prev[i] == classGood && next[i] == classGood:
			classes[i] = classGood
		case c == classNearGood && (prev[i] == classGood || next[i] == classGood):
			classes[i] = classGood
		}
	}
}

// headsGood reports whether a heading is followed, before any bad block, by
// a good one.
func headsGood(classes []int, blocks []article.Block, i int) bool {
	for j := i + 1; j < len(classes) && j <= i+3; j++ {
		if blocks[j].Kind == article.Heading {
			continue
		}
		return classes[j] == classGood
	}
	return false
}

// stopShare returns the share of the words of text that are stop words.
func stopShare(text string, stop stopSet) float64 {
	words, hits := 0, 0
	lowerWords(text, func(w []byte) {
		words++
		if lang.StopMaskOf(w)&stop.bit != 0 {
			hits++
		}
	})
	if words == 0 {
		return 0
	}
	return float64(hits) / float64(words)
}

// lowerWords calls f with each word of strings.FieldsFunc(text,
// notWordRune) lower-cased, in one pass over text without making them: an
// ASCII word is lower-cased as it is read, into a buffer of its own,
// another by strings.ToLower. They are the words of strings.ToLower(text),
// as lower-casing keeps letters letters and other characters others
// (TestLowerKeepsWordRunes); FuzzStopShare holds stopShare to that
// reading. f must not keep the word.
func lowerWords(text string, f func(w []byte)) {
	var buf [32]byte
	start, ascii := -1, true // the word being read
	end := func(i int) {
		if w := text[start:i]; ascii && len(w) <= len(buf) {
			f(buf[:len(w)])
		} else {
			f([]byte(strings.ToLower(w)))
		}
		start, ascii = -1, true
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if wordByte[c] {
				if start < 0 {
					start = i
				}
				if n := i - start; n < len(buf) {
					if c >= 'A' && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf[n] = c
				}
			} else if start >= 0 {
				end(i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if notWordRune(r) {
			if start >= 0 {
				end(i)
			}
		} else {
			if start < 0 {
				start = i
			}
			ascii = false
		}
		i += size
	}
	if start >= 0 {
		end(len(text))
	}
}

// wordByte holds the ASCII characters that notWordRune does not report:
// the letters and the apostrophe.
var wordByte = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = !notWordRune(rune(c))
	}
	return t
}()

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '’' }

// stopWordsFor returns the stop words of the page's language, or, when the
// page does not say or the language has no list, of the language whose
// stop words its text uses most.
func stopWordsFor(code string, blocks []article.Block) stopSet {
	code = strings.ToLower(code)
	if i := strings.IndexAny(code, "-_"); i >= 0 {
		code = code[:i]
	}
	if _, ok := lang.StopWords[code]; ok {
		return stopSetOf(code)
	}
	// One pass over the words of the blocks, up to the first after
	// langSample bytes (a space after each), counts the stop words of
	// every language, with one look-up a word.
	counts := make([]int, len(stopLangs))
	count := func(w []byte) {
		for langs := lang.StopMaskOf(w); langs != 0; langs &= langs - 1 {
			counts[bits.TrailingZeros32(langs)]++
		}
	}
	read := 0
	for _, b := range blocks {
		if read >= langSample {
			break
		}
		lowerWords(b.Plain, count)
		read += len(b.Plain) + 1
	}
	return stopSetOf(bestStopLang(counts))
}

// bestStopLang is the language of stopLangs with the most hits: English
// when no language has any, the first in stopLangs' order on a tie, so
// that the same page always gets the same list.
func bestStopLang(counts []int) string {
	best, bestHits := "en", 0
	for k, code := range stopLangs {
		if counts[k] > bestHits {
			best, bestHits = code, counts[k]
		}
	}
	return best
}

// stopLangs are the languages of lang.StopWords, sorted: the order of the
// bits of lang.StopMaskOf. Made once and only read.
var stopLangs = lang.StopLangCodes()

// stopSet is the stop words of one language of lang.StopWords, looked up
// by a word's bytes: a word w is one when lang.StopMaskOf(w)&bit is not 0.
type stopSet struct {
	words map[string]bool // lang.StopWords of the language
	bit   uint32
}

// stopSetOf returns the stop words of code, a language of lang.StopWords.
func stopSetOf(code string) stopSet {
	return stopSet{words: lang.StopWords[code], bit: 1 << slices.Index(stopLangs, code)}
}

// langSample is how much of an article's text stopWordsFor reads: far
// more than a language needs to show, and a bound on the work for a huge
// page.
const langSample = 1 << 20
