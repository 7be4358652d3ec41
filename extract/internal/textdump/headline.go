package textdump

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// titleWindow is how many lines above the article region the headline is
// looked for. Beyond titleNear, only a line with its date or byline under
// it is weighed (a headline over a live ticker or a long list of
// ingredients); its distance counts against it.
const titleWindow = 150

// titleNear is how far above the region an earlier showing of the chosen
// headline is taken for it: further up, the same text is a teaser.
const titleNear = 60

// titleCand is one headline candidate: line i, weighed as the headline
// of the region that starts at line from, with its features and score.
type titleCand struct {
	line, from int
	ctx        int      // ctxRegion, ctxLead or ctxRestart
	text       string   // the headline it gives, as weighed (weighedText)
	words      []string // the words of text (lang.LineWords)
	ids        []int32  // its words that count for the overlap (regionVocab.add)
	f          [hfCount]float64
	score      float64
}

// The places a candidate is weighed from.
const (
	ctxRegion  = iota // the region's start
	ctxLead           // a dated standfirst parted from the text (leadAbove)
	ctxRestart        // where the text starts anew after a menu (restartAt)
)

// findTitle returns the index of the headline, or -1: the candidate
// (titleCands) with the highest fitted score (headlineWeights), then the
// first showing of its text near the region.
func findTitle(lines []textLine, start, end int) int {
	best, _ := chooseTitle(lines, start, end)
	return best
}

// chooseTitle is findTitle that also returns the candidates, in the order
// they are found, with their scores (explainTitle shows the best).
func chooseTitle(lines []textLine, start, end int) (int, []titleCand) {
	cs := titleCands(lines, start, end)
	if len(cs) == 0 {
		return -1, nil
	}
	best := 0
	for k := range cs {
		cs[k].score = scoreFeatures(&cs[k].f) + lexScore(lines, &cs[k])
		if cs[k].score > cs[best].score {
			best = k
		}
	}
	return firstShowing(lines, cs[best].line, start), cs
}

// firstShowing returns the first line above best, within titleNear of
// the region's start, that shows the same text, or best.
func firstShowing(lines []textLine, best, start int) int {
	f := lines[best].fold
	for i := max(0, min(best, start-titleNear)); i < best; i++ {
		if lines[i].fold == f {
			return i
		}
	}
	return best
}

// titleCands returns the headline candidates of the region [start, end)
// with their features: the lines that may be a headline
// (titleCandidate) from titleWindow above the region to a few lines
// inside it, beyond titleNear only those with a date under them; the
// lines above a dated standfirst that a share bar parts from the text,
// weighed from the standfirst (leadAbove); and, when the region may have
// run over a menu into the article, the dated lines above the restart,
// weighed from there (restartAt).
func titleCands(lines []textLine, start, end int) []titleCand {
	ts, cs := unmeasuredCands(lines, start, end, nil)
	if len(cs) == 0 {
		return nil
	}
	ts.measure(cs)
	ts.relative(cs)
	return cs
}

// unmeasuredCands returns the search of the region [start, end) and the
// candidates of titleCands, their features not yet measured: in buf when
// it has room for them (buf's candidates all zero), else in a new slice.
func unmeasuredCands(lines []textLine, start, end int, buf []titleCand) (*titleSearch, []titleCand) {
	ts := newTitleSearch(lines, start, end)
	// Where each candidate is weighed from, first: a candidate and its
	// features are made once, where they are to stay.
	type at struct{ line, from, ctx int }
	var ats []at
	add := func(i, from, ctx int) {
		ats = append(ats, at{i, from, ctx})
	}
	for i := ts.lo; i < ts.hi; i++ {
		if ts.titleCandidate(i) && (i >= start-titleNear || ts.datedBelow(i)) {
			add(i, start, ctxRegion)
		}
	}
	if p := leadAbove(lines, start); p >= 0 {
		for i := max(ts.lo, p-titleNear); i <= p; i++ {
			if ts.titleCandidate(i) {
				add(i, p, ctxLead)
			}
		}
	}
	if r := restartAt(lines, start, ts.hi, end, -1); r >= 0 {
		for i := max(ts.hi, r-restartReach); i < r; i++ {
			if restartHeadline(lines, i, r, -1) {
				add(i, r, ctxRestart)
			}
		}
	}
	if len(ats) == 0 {
		return ts, nil
	}
	cs := buf[:0]
	if cap(cs) < len(ats) {
		cs = make([]titleCand, len(ats))
	}
	cs = cs[:len(ats)]
	for k, a := range ats {
		cs[k].line, cs[k].from, cs[k].ctx = a.line, a.from, a.ctx
	}
	return ts, cs
}

// measure sets the features of the candidates cs: first their words, then
// what the region holds of them, then each one's features.
func (ts *titleSearch) measure(cs []titleCand) {
	ts.measureWords(cs)
	for k := range cs {
		ts.features(&cs[k])
	}
}

// measureWords sets the text, words and ids of the candidates cs and
// counts what the region holds of their words.
func (ts *titleSearch) measureWords(cs []titleCand) {
	// The candidates' words and ids share two lists, each candidate's
	// cut to its own length and capacity.
	n := len(cs)
	for _, c := range cs {
		n += ts.lines[c.line].words // about as many as lang.LineWords finds
	}
	words := make([]string, 0, n)
	ids := make([]int32, 0, n)
	// Of the candidates' words, 42% are distinct words that count for
	// the overlap on the corpora (at most 75% on a page): room for half
	// spares most pages the index's growth without clearing twice the
	// room they use.
	ts.vocab.reserve(n / 2)
	// The candidates' texts are lower-cased into one buffer, not one
	// allocation each.
	var lower lang.Lowerer
	size := 0
	for _, c := range cs {
		size += len(ts.lines[c.line].text)
	}
	lower.Size(size)
	for k := range cs {
		c := &cs[k]
		c.text = weighedText(ts.lines[c.line].text, ts.apart)
		n, m := len(words), len(ids)
		words = appendLowerWords(words, lower.ToLower(c.text))
		ids = ts.vocab.addTo(ids, words[n:])
		c.words = words[n:len(words):len(words)]
		c.ids = ids[m:len(ids):len(ids)]
	}
	// A list that grew left the first candidates' lists in an old array,
	// which they keep: their words stay as they were.
	if !ts.apart && ts.start > 0 {
		ts.above = ts.vocab.add(lang.LineWords(ts.lines[ts.start-1].text))
	}
	ts.vocab.count(ts.lines, wordsFrom(ts.lines, ts.start, ts.end), ts.start, ts.end)
}

// relative sets the features that compare a candidate with the others,
// then the twins of the features in a dump that sets headings apart.
func (ts *titleSearch) relative(cs []titleCand) {
	hi, hiLead := 0.0, 0.0
	for _, c := range cs {
		hi = max(hi, c.f[hfOverlap])
		hiLead = max(hiLead, c.f[hfLeadOverlap])
	}
	near := map[int]int{} // the nearest candidate, and the nearest dated one, by the start they are weighed from
	nearDated := map[int]int{}
	for k := range cs {
		c := &cs[k]
		c.f[hfBestOverlap] = b2f(hi > 0 && c.f[hfOverlap] == hi)
		c.f[hfBestLeadOverlap] = b2f(hiLead > 0 && c.f[hfLeadOverlap] == hiLead)
		c.f[hfOverlapGap] = hi - c.f[hfOverlap]
		if c.line < c.from || c.line == c.from && c.f[hfInRegion] == 0 {
			if j, ok := near[c.from]; !ok || cs[j].line < c.line {
				near[c.from] = k
			}
			if j, ok := nearDated[c.from]; c.f[hfDateAfter] > 0 && (!ok || cs[j].line < c.line) {
				nearDated[c.from] = k
			}
		}
	}
	for _, k := range near {
		cs[k].f[hfNearest] = 1
	}
	for _, k := range nearDated {
		cs[k].f[hfNearestDated] = 1
	}
	if ts.apart {
		for k := range cs {
			copy(cs[k].f[hfBase:], cs[k].f[:hfBase])
		}
	}
}

func b2f(c bool) float64 {
	if c {
		return 1
	}
	return 0
}

// titleSearch is what the features of the candidates of one region share.
type titleSearch struct {
	lines      []textLine
	start, end int
	lo, hi     int         // the lines weighed: above the region, and a few inside it
	vocab      regionVocab // what the region holds of the candidates' words
	above      []int32     // the words of the line above the region (regionVocab.add), in a dump that does not set headings apart
	apart      bool        // the dump sets headings apart (headingsApart)
	memo       []uint8     // what is known of each line (headline_memo.go)
	longer     []int32     // longerShowing of each line in [lo, hi), plus 2; 0 when not known yet
	byLast     []int32     // the lines with a fold, by its last byte (sortByLast)
	lastAt     [257]int32  // where the lines ending with each byte begin in byLast
}

func newTitleSearch(lines []textLine, start, end int) *titleSearch {
	return &titleSearch{
		lines: lines,
		start: start,
		end:   end,
		lo:    max(0, start-titleWindow),
		hi:    min(end, start+12),
		apart: headingsApart(lines),
	}
}

// datedBelow reports whether a date line or a byline stands within four
// lines under line i.
func datedBelow(lines []textLine, i int) bool {
	for j := i + 1; j < min(len(lines), i+5); j++ {
		if datedLine(lines[j]) {
			return true
		}
	}
	return false
}

// standfirstBelow reports whether line b, right under a, reads as the
// standfirst of headline a: a headline is shorter than the summary set
// under it, and reads as text (four words or more, not a list of tags).
// In a dump that sets only paragraphs apart (not apart: a browser's
// innerText), a line with an empty line above and below is a paragraph
// itself, no headline.
func standfirstBelow(a, b textLine, apart bool) bool {
	if !apart && a.blankBefore && a.blankAfter {
		return false
	}
	return a.prose && a.words >= 4 && a.runes < b.runes && strings.Count(a.text, ",") < 2
}

func abs(v float64) float64 {
	if v < 0 {
		return -v
	}
	return v
}

// shortText cuts s to at most n runes.
func shortText(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
