package htmlpage

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dateText is a short text of the page near its headline that may give the
// article's date.
type dateText struct {
	text      string // the visible text
	datetime  string // the datetime attribute of a <time> element
	before    string // the words just before it, back to the previous number: its label
	dist      int    // bytes of text between it and the headline; negative above it
	lead      bool   // the text is the start of a longer one
	update    bool   // its markup says it gives the date of an update
	published bool   // its markup says it gives the date of publication
	classed   bool   // its element's class names it a date ("post-date")
	far       bool   // outside the window around the headline: only a date labelled or marked as the publication date, or as the last edit, counts (farDate)
}

// dateSpot is a date text as nearDateTexts collects it: where it lies in
// the page's text, and what its element tells; half a dateText's size.
type dateSpot struct {
	datetime                         string
	start, end                       int
	lead, update, published, classed bool
	// node is the element whose marks (dateMarks) are still to be read
	// into update, published and classed: read only for the texts kept.
	node *html.Node
}

// boxes are the elements whose own text, beside their child elements, may
// be a date line; a paragraph's is a part of its sentences.
var boxes = map[atom.Atom]bool{atom.Div: true, atom.Span: true, atom.Header: true, atom.Small: true, atom.Section: true}

// Limits of the date texts collected near the headline.
const (
	maxDateText  = 120  // bytes of one text
	maxDateTexts = 6    // texts in all
	dateAfter    = 1200 // bytes of text read below the headline
	dateBefore   = 300  // and above it
	leadBytes    = 80   // bytes read at the start of a longer text
	leadDigits   = 40   // where its date must begin
)

// dateTexts returns the texts near the page's headline that may give its
// date: <time> elements, elements whose whole text is short (a date line, a
// byline with its date), and the opening of longer ones, where a dateline
// stands. Links are left out, as a date in a link dates what it links to,
// unless they are <time> elements or classed as dates (a post's
// permalink).
//
// The headline is the <h1> or <h2> that is the page's title, else the first
// <h1>, else another element that is the title, else the first <h2>;
// without them, the window opens at the top of the page. Of an <aside>,
// only <time> elements are read: a box beside the article may give its
// date, a sidebar's other texts date other pages. Texts below the headline come
// first, nearest first, then those above it; the distance is counted from
// a text's start.
//
// It reads the page before the chrome rules remove such lines, in one pass
// over its text.
func dateTexts(root *html.Node, title string) []dateText {
	return nearDateTexts(root, title, true, textBound(root))
}

// nearDateTexts is dateTexts, with the texts far from the headline only
// when far is true: they come after all others, and serve only when
// nothing else dates the page (fillDate). bound is at least
// textBound(root), which the caller has from a walk of its own
// (readPageWalk): textBound is asked only when bound is over
// minTextBound.
func nearDateTexts(root *html.Node, title string, far bool, bound int) []dateText {
	return dateTextsMarked(root, title, far, bound, false)
}

// dateTextsMarked is nearDateTexts, reading the marks of every candidate's
// element as it meets it and the whole page when eager (as it did before:
// the test holds the lazy reading to it); else only the marks of the texts
// it returns, and of links, which they decide, and, without the far texts,
// the page only as far as a near text may lie (nearStop).
func dateTextsMarked(root *html.Node, title string, far bool, bound int, eager bool) []dateText {
	s := readDateTexts(root, title, far, bound, eager)
	return slices.AppendSeq(s.near, s.far.all())
}

// readDateTexts is dateTextsMarked, its far texts read only as they are
// asked for.
func readDateTexts(root *html.Node, title string, far bool, bound int, eager bool) shownTexts {
	text, h1Start, h1End, candidates := dateSpots(root, title, far, bound, eager)
	return spotTexts(text, h1Start, h1End, candidates, far)
}

// dateSpots is dateTextsMarked's walk: it returns the page's text, the
// headline's place in it, and the spots of the candidate texts.
func dateSpots(root *html.Node, title string, far bool, bound int, eager bool) (text string, h1Start, h1End int, candidates []dateSpot) {
	var (
		buf       strings.Builder
		heads     []heading
		linkBytes = 0  // bytes of link text written so far
		titled    = -1 // the heading that is the title in another element
		fold      = lang.Fold(title)
		ns        = nearStop{on: !far && !eager && fold != ""}
	)
	if ns.on {
		ns.open = make([]openText, 0, 64)
	}
	// The texts are written into one buffer made at once, at a bound of
	// their length: grown by doubling, it held up to three times a huge
	// page's text while it was copied. Below minTextBound the bound is
	// the caller's, which counts white space too: more than the text, but
	// fewer bytes in all than doubling (nearDateTexts on 100 corpus
	// pages: 3.0 MB against 4.7 MB).
	if bound > minTextBound {
		bound = textBound(root)
	}
	buf.Grow(bound)
	var walk func(n *html.Node, inLink bool)
	walk = func(n *html.Node, inLink bool) {
		if ns.done {
			return
		}
		switch n.Type {
		case html.TextNode:
			if t := strings.TrimSpace(n.Data); t != "" {
				start := buf.Len()
				buf.WriteString(t)
				buf.WriteByte(' ')
				if inLink {
					linkBytes += len(t) + 1
				}
				if ns.on && ns.passed(buf.String()) {
					return
				}
				// A date written straight into a box, beside its
				// elements ("<a>Jane</a>, 21. Jan. 2015 <div>…").
				if !inLink && len(t) <= maxDateText && n.Parent != nil && boxes[n.Parent.DataAtom] && n.Parent.FirstChild != n.Parent.LastChild && dates.HasDigit(t) {
					candidates = append(candidates, dateSpot{start: start, end: buf.Len()})
				}
			}
			return
		case html.ElementNode:
			if skipped[n.DataAtom] {
				return
			}
			switch n.DataAtom {
			case atom.Nav, atom.Head:
				return
			case atom.Aside:
				// A sidebar's dates are other articles'; but pages
				// also set the article's own facts apart beside it,
				// its <time> with them.
				for d := range n.Descendants() {
					if d.Type == html.ElementNode && d.DataAtom == atom.Time {
						walk(d, inLink)
					}
				}
				return
			case atom.Footer:
				if !inArticle(n) {
					return
				}
			case atom.A:
				inLink = true
			}
		}
		start, linkStart := buf.Len(), linkBytes
		if ns.on {
			ns.open = append(ns.open, openText{start: start, inLink: inLink, element: n.Type == html.ElementNode})
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inLink)
		}
		if ns.on {
			ns.close()
		}
		if n.Type != html.ElementNode || ns.done {
			return
		}
		end := buf.Len()
		if (n.DataAtom == atom.H1 || n.DataAtom == atom.H2) && end > start && !hiddenHeading(n) {
			heads = append(heads, heading{level: int(n.Data[1] - '0'), start: start, end: end})
			if ns.on && !ns.anchored && lang.Fold(buf.String()[start:end]) == fold {
				// The first <h1> or <h2> that is the title: the
				// headline (anchor).
				ns.anchored, ns.hStart, ns.hEnd = true, start, end
			}
			if n.DataAtom == atom.H1 {
				return
			}
		} else if titled < 0 && end-start >= len(title) && end-start <= len(title)+8 && fold != "" && !inLink && lang.Fold(buf.String()[start:end]) == fold {
			// The headline in another element than <h1> or <h2>.
			titled = len(heads)
			heads = append(heads, heading{start: start, end: end})
		}
		lead := false
		if end-start > maxDateText+1 {
			// A long text that opens with a date: a dateline ("29.11.2022 –
			// Die Branche …").
			if inLink || !dates.HasDigit(buf.String()[start:start+leadDigits]) {
				return
			}
			end, lead = start+leadBytes, true
			for !utf8.RuneStart(buf.String()[end]) {
				end--
			}
		}
		if end == start {
			return
		}
		if n.DataAtom != atom.Time && !dates.HasDigit(buf.String()[start:end]) {
			return
		}
		d := dateSpot{start: start, end: end, lead: lead, node: n}
		if eager || (inLink || linkBytes-linkStart == end-start) && n.DataAtom != atom.Time {
			marks := dateMarks(n)
			if (inLink || linkBytes-linkStart == end-start) && n.DataAtom != atom.Time && marks&markDate == 0 && !labelledLink(buf.String(), start, end) {
				return
			}
			d.setMarks(marks)
		}
		if n.DataAtom == atom.Time {
			d.datetime = attr(n, "datetime")
		}
		candidates = append(candidates, d)
	}
	walk(root, false)
	text = buf.String()
	h1Start, h1End = anchor(heads, text, title)
	return text, h1Start, h1End, candidates
}

// farPublication reports whether a date text far from the headline still
// says it gives the publication date: by its markup, as a byline, or by its
// label ("Erschienen am: 1.11.2023", "Datum: 23.06.2020"), also among other
// labelled dates.
func farPublication(d dateText) bool {
	if d.update {
		return false
	}
	if _, ok := publishedAmong(d.text); ok {
		return true
	}
	if d.lead {
		return false
	}
	if d.published {
		return true
	}
	if _, _, ok := bylineDate(d.text); ok {
		return true // "Gespeichert von Jane am 24. Juli 2017"
	}
	lead := d.text
	if _, start, _, ok := dates.FindTextDate(d.text); ok {
		lead = d.text[:start]
	}
	if dates.MentionsUpdate(d.before + " " + lead) {
		return false
	}
	// The label is what stands just before the date: the text's own
	// opening, else the last words before it.
	ws := strings.Fields(d.before)
	for n := 0; n <= min(2, len(ws)); n++ {
		if dates.MentionsPublication(strings.Join(append(ws[len(ws)-n:len(ws):len(ws)], d.text), " ")) {
			return true
		}
	}
	return false
}

// cost orders the date texts: below the headline, nearest first, then
// above it, where a line counts twice as far; those far from it come last,
// in the page's order.
func (d dateText) cost() int {
	if d.far {
		return 1<<30 + d.dist // from the top of the page down
	}
	if d.dist < 0 {
		return -2 * d.dist
	}
	return d.dist
}

// maxLabel is the most bytes of text before a date read as its label.
const maxLabel = 40

// labelBefore returns the end of text after its last digit, at most
// maxLabel bytes: the label of what follows ("Aktualisiert:").
func labelBefore(text string) string {
	i := max(0, len(text)-maxLabel)
	// Only the last maxLabel bytes are searched for a number: searching
	// back through all the text before each date could read the page's
	// text once a date.
	if j := strings.LastIndexAny(text[i:], "0123456789"); j >= 0 {
		i += j + 1
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return strings.TrimSpace(text[i:])
}

// inArticle reports whether n sits in an <article>: its <footer> is the
// article's own, with its byline and date, not the page's.
func inArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.DataAtom == atom.Article {
			return true
		}
	}
	return false
}

// heading is a headline candidate, by its place in the page's text.
type heading struct {
	level      int // 1 or 2; 0 for another element that holds the title
	start, end int
}

// anchor returns the span of the headline the date texts are measured
// from: the first <h1> or <h2> that is the page's title, else the first
// <h1>, else the first other element that is the title (level 0), else the
// first <h2>; nothing (the top of the page) without them.
func anchor(heads []heading, text, title string) (int, int) {
	if f := lang.Fold(title); f != "" {
		for _, h := range heads {
			if h.level > 0 && lang.Fold(text[h.start:h.end]) == f {
				return h.start, h.end
			}
		}
	}
	for _, level := range []int{1, 0, 2} {
		for _, h := range heads {
			if h.level == level {
				return h.start, h.end
			}
		}
	}
	return 0, 0
}

// publishedAmong reads, in a text that gives several dates each after its
// label ("Letzte Änderung: 31.10.2023 Erschienen am: 01.11.2023"), the one
// labelled as the date of publication.
func publishedAmong(s string) (article.Date, bool) {
	label := 0 // where the label of the next date starts
	for range maxDatesAmong {
		d, start, end, ok := dates.FindTextDate(s[label:])
		if !ok {
			break
		}
		if dates.MentionsPublication(s[label : label+start]) {
			return d, true
		}
		label += end
	}
	return article.Date{}, false
}

// maxDatesAmong is how many dates publishedAmong reads in one text.
const maxDatesAmong = 4

// labelledLink reports whether the link text[start:end] is a date that the
// words before it label as the date of publication ("Veröffentlichung:
// <a>04.02.2022</a>", linked to the archive of its day).
func labelledLink(text string, start, end int) bool {
	if _, ok := dates.ParseTextDate(strings.TrimSpace(text[start:end])); !ok {
		return false
	}
	return dates.MentionsPublication(labelBefore(text[:start]))
}

// farEdit reports whether a date text far from the headline says when the
// page was last edited, as wikis and official pages say at their foot
// ("Diese Seite wurde zuletzt am 3. März 2021 geändert", "Stand
// 27.01.2022", "last edited 2019-11-10 by Jane").
func farEdit(d dateText) bool {
	if d.update {
		return true
	}
	_, start, _, ok := dates.FindTextDate(d.text)
	if !ok {
		return false
	}
	label := strings.ToLower(d.before + " " + d.text[:start])
	if dates.MentionsUpdate(label) {
		return true
	}
	for _, w := range editWords {
		if strings.Contains(label, w) {
			return true
		}
	}
	return strings.HasSuffix(strings.TrimRight(label, " :"), "stand")
}

// editWords label the date of a page's last edit, beside those of
// mentionsUpdate.
var editWords = []string{"edited", "änderung", "last change", "dernière modification", "última modificación", "ostatnia zmiana"}

// minTextBound is the least page text, in bytes, for which nearDateTexts
// sizes its buffer at once: below it, doubling costs little.
const minTextBound = 256 << 10

// textBound returns the bytes of the text nodes below n trimmed, one more
// for each, leaving out the elements whose content is never shown
// (skipped): at least what nearDateTexts writes.
func textBound(n *html.Node) int {
	size := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			if t := strings.TrimSpace(c.Data); t != "" {
				size += len(t) + 1
			}
		case c.FirstChild != nil && !(c.Type == html.ElementNode && skipped[c.DataAtom]):
			size += textBound(c)
		}
	}
	return size
}
