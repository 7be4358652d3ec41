package textdump

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// The features a headline candidate is described by. Each is a number,
// mostly 0 or 1; headlineWeights (fitted, headline_weights.go) say how
// much each counts. Their order is the weights' order: a feature added
// or moved needs the weights refitted (see headline_weights.go).
const (
	hfDistance         = iota // log2 of the distance above the start it is weighed from
	hfInRegion                // the line lies inside the region, below its first line
	hfFar                     // further above the region than titleNear (only dated lines are weighed there)
	hfRank                    // log2 of 1 + the number of candidates between it and the start
	hfLead                    // weighed from a dated standfirst parted from the text (leadAbove)
	hfRestart                 // weighed from where the text starts anew after a menu (restartAt)
	hfRestartOverDated        // weighed from a restart while a dated line stands near the region's start
	hfWords                   // its words, up to 10
	hfLong                    // words beyond 18
	hfOneWord                 // a single word
	hfCommas                  // two commas or more
	hfStrong                  // it reads as a full sentence
	hfProse                   // it reads as text, not as a label
	hfLower                   // it begins with a small letter
	hfAllCaps                 // written in capitals only
	hfPeriod                  // it ends with a full stop
	hfQuestion                // it ends with a question or exclamation mark
	hfColon                   // it holds a colon (a kicker and its headline, a label and its value)
	hfEllipsis                // it ends with an ellipsis: a teaser's headline cut short
	hfOverlap                 // share of its longer words found in the article
	hfLeadOverlap             // share of its longer words found in the article's first paragraphs
	hfRepeated                // the same text stands elsewhere on the page
	hfBreadcrumb              // a longer line ends with it
	hfShownMore               // the page shows it more often than the line above it
	hfDateAfter               // a date line or byline within four lines below
	hfDateBefore              // a date line or byline within two lines above
	hfHasDate                 // it holds a date, other than one in a headline's phrase
	hfDatedHead               // a headline naming its day in its phrase (datedHeadline)
	hfPrevLabel               // the line above is not title-like (chrome, a menu)
	hfMenu                    // it stands inside a run of very short lines: a menu
	hfMasthead                // the dump's first line or the one under it, far above the region, undated
	hfSeparators              // " / ", " | ", " > ": a breadcrumb or a dateline
	hfDoubled                 // its text twice over: an alt text and a caption glued
	hfCrumbEnd                // the last entry of a numbered breadcrumb trail naming the page in full
	hfSetIn                   // a heading a text browser sets in deeply
	hfCaption                 // a caption: a credit in it or under it, or a saying with its author
	hfButton                  // a link or a button (arrows, brackets) or it speaks of the browser
	hfPerson                  // two or three capitalised words without small words: a name
	hfAction                  // it opens with a call to action: "Jetzt", "Zum", "Read", "Get"
	hfControl                 // the label of a control or a request to the visitor (controlLine)
	hfFacts                   // a page's facts or a rating (factLine, ratingLine)
	hfImprint                 // a company's name, a postal code, a contact, an e-mail under it
	hfSiteName                // a site's name, tagline or motto (siteName, listMotto)
	hfRowish                  // a table row, a row of fields, entries run together, a chronology's entry
	hfListEntry               // an entry of a list whose entries end with the same label (listEntry)
	hfStandfirstUnder         // the line under it reads as its standfirst
	hfIsStandfirst            // it reads as the standfirst of the line above
	hfHeadOverPara            // a heading over a paragraph twice its length (set apart, or innerText)
	hfParaUnderHead           // that paragraph
	hfLabelRunInto            // a short label run straight into a longer headline (innerText)
	hfRunIntoByLabel          // that headline
	hfShowsInFull             // a line near it shows it in full, with more after it
	hfIsFullShowing           // it shows a line near it in full
	hfBestOverlap             // no candidate shares more of its words with the article
	hfBestLeadOverlap         // no candidate shares more of its words with the article's first paragraphs
	hfOverlapGap              // how much less it shares than the candidate that shares most
	hfNearest                 // the candidate nearest above the start it is weighed from
	hfNearestDated            // the nearest candidate above the start with a date or byline under it
	// the features above; each has a twin for dumps that set headings apart
	hfDist1        // right above the start (or the start itself)
	hfDist2to3     // two or three lines above
	hfDist4to10    // four to ten lines above
	hfDist11to30   // eleven to thirty lines above
	hfWords2to4    // two to four words
	hfWords5to8    // five to eight words
	hfWords9to14   // nine to fourteen words
	hfWords15up    // fifteen words or more
	hfNextDated    // the line under it is a date line or a byline
	hfNextStrong   // the line under it is running text
	hfNextChrome   // the line under it is chrome (a text rule marks it)
	hfNextBullet   // the line under it is a list item
	hfNextHeadlike // the line under it could be a headline too
	hfNextLonger   // the line under it is longer
	hfNextBlank    // an empty line stands under it
	hfPrevDated    // the line above it is a date line or a byline
	hfPrevStrong   // the line above it is running text
	hfPrevChrome   // the line above it is chrome
	hfPrevBullet   // the line above it is a list item
	hfPrevHeadlike // the line above it could be a headline too
	hfPrevBlank    // an empty line stands above it
	hfFirstLine    // the dump's first line
	hfTextNear     // running text starts within three lines under it
	hfTextGap      // log2 of the lines between it and the running text under it
	hfDateThenText // a date line or byline, then running text, within five lines under it
	hfShownTimes   // log2 of how often the page shows it
	hfBase
	hfCount = 2 * hfBase
)

// headlineFeatures names each feature and its group (a group is left out
// as a whole in the trainer's ablation).
var headlineFeatures = [hfCount]struct{ name, group string }{
	hfDistance: {"distance", "place"}, hfInRegion: {"in-region", "place"}, hfFar: {"far", "place"},
	hfRank: {"rank", "place"}, hfLead: {"from-lead", "context"}, hfRestart: {"from-restart", "context"},
	hfRestartOverDated: {"restart-over-dated", "context"},
	hfWords:            {"words", "length"}, hfLong: {"long", "length"}, hfOneWord: {"one-word", "length"},
	hfCommas: {"commas", "shape"}, hfStrong: {"sentence", "shape"}, hfProse: {"prose", "shape"},
	hfLower: {"lower", "shape"}, hfAllCaps: {"all-caps", "shape"}, hfPeriod: {"period", "shape"},
	hfQuestion: {"question", "shape"}, hfColon: {"colon", "shape"}, hfEllipsis: {"ellipsis", "shape"},
	hfOverlap: {"overlap", "overlap"}, hfLeadOverlap: {"lead-overlap", "overlap"},
	hfRepeated: {"repeated", "repeat"}, hfBreadcrumb: {"crumb-tail", "repeat"}, hfShownMore: {"shown-more", "repeat"},
	hfDateAfter: {"date-after", "dates"}, hfDateBefore: {"date-before", "dates"}, hfHasDate: {"has-date", "dates"},
	hfDatedHead: {"dated-headline", "dates"},

	hfPrevLabel: {"after-label", "surround"}, hfMenu: {"menu", "surround"}, hfMasthead: {"masthead", "masthead"},
	hfSeparators: {"separators", "marks"}, hfDoubled: {"doubled", "marks"}, hfCrumbEnd: {"crumb-end", "crumbs"},
	hfSetIn:   {"set-in", "crumbs"},
	hfCaption: {"caption", "caption"}, hfButton: {"button", "button"}, hfPerson: {"person", "person"},
	hfAction: {"action", "button"}, hfControl: {"control", "control"}, hfFacts: {"facts", "facts"},
	hfImprint: {"imprint", "imprint"}, hfSiteName: {"site-name", "site-name"}, hfRowish: {"row", "row"},
	hfListEntry:       {"list-entry", "list-entry"},
	hfStandfirstUnder: {"standfirst-under", "standfirst"}, hfIsStandfirst: {"is-standfirst", "standfirst"},
	hfHeadOverPara: {"head-over-para", "head-para"}, hfParaUnderHead: {"para-under-head", "head-para"},
	hfLabelRunInto: {"label-run-into", "label-run"}, hfRunIntoByLabel: {"run-into-by-label", "label-run"},
	hfShowsInFull: {"shown-in-full-near", "in-full"}, hfIsFullShowing: {"in-full", "in-full"},
	hfBestOverlap: {"best-overlap", "overlap"}, hfBestLeadOverlap: {"best-lead-overlap", "overlap"},
	hfOverlapGap: {"overlap-gap", "overlap"}, hfNearest: {"nearest", "place"}, hfNearestDated: {"nearest-dated", "dates"},
	hfDist1: {"dist-1", "place"}, hfDist2to3: {"dist-2-3", "place"}, hfDist4to10: {"dist-4-10", "place"}, hfDist11to30: {"dist-11-30", "place"},
	hfWords2to4: {"words-2-4", "length"}, hfWords5to8: {"words-5-8", "length"}, hfWords9to14: {"words-9-14", "length"}, hfWords15up: {"words-15+", "length"},
	hfNextDated: {"next-dated", "neighbours"}, hfNextStrong: {"next-text", "neighbours"}, hfNextChrome: {"next-chrome", "neighbours"},
	hfNextBullet: {"next-bullet", "neighbours"}, hfNextHeadlike: {"next-headlike", "neighbours"}, hfNextLonger: {"next-longer", "neighbours"},
	hfNextBlank: {"next-blank", "neighbours"}, hfPrevDated: {"prev-dated", "neighbours"}, hfPrevStrong: {"prev-text", "neighbours"},
	hfPrevChrome: {"prev-chrome", "neighbours"}, hfPrevBullet: {"prev-bullet", "neighbours"}, hfPrevHeadlike: {"prev-headlike", "neighbours"},
	hfPrevBlank: {"prev-blank", "neighbours"}, hfFirstLine: {"first-line", "masthead"},
	hfTextNear: {"text-near", "text-below"}, hfTextGap: {"text-gap", "text-below"}, hfDateThenText: {"date-then-text", "text-below"},
	hfShownTimes: {"shown-times", "repeat"},
}

// init names the twins of the features, for dumps that set headings apart.
func init() {
	for k := range hfBase {
		headlineFeatures[hfBase+k].name = headlineFeatures[k].name + "@apart"
		headlineFeatures[hfBase+k].group = headlineFeatures[k].group
	}
}

// weighedText is the headline line t gives, as its features weigh it:
// without the link and separator marks it opens with and, in a browser's
// innerText (not apart), without the date run together with it.
func weighedText(t string, apart bool) string {
	t = trimLeadingMarks(t)
	if !apart && gluedDateHeadline(t) {
		t = cutLeadingDate(t)
	}
	return t
}

// features measures candidate c, whose text, words and ids are set.
func (ts *titleSearch) features(c *titleCand) {
	ts.placeFeatures(c)
	ts.textFeatures(c)
}

// placeFeatures measures all of candidate c but its text tests
// (textFeatures): its place, its neighbours, its length and shape, its
// overlap with the article, and the few costly tests whose weight may be
// above 0.
func (ts *titleSearch) placeFeatures(c *titleCand) {
	lines, i, start, apart := ts.lines, c.line, c.from, ts.apart
	f := &c.f
	b := func(c bool) float64 {
		if c {
			return 1
		}
		return 0
	}
	// The line is weighed by the headline it gives (weighedText).
	l := lines[i]
	l.text = c.text
	dist := start - i
	switch {
	case dist == 0 && (!l.strong || !apart && questionHead(l)):
		dist = 1 // a headline the region begins with
	case dist <= 0:
		dist = 2 - 3*dist
		f[hfInRegion] = 1
	}
	f[hfDistance] = log2Int(1 + dist)
	f[hfFar] = b(i < ts.start-titleNear)
	f[hfDist1] = b(dist <= 1)
	f[hfDist2to3] = b(dist >= 2 && dist <= 3)
	f[hfDist4to10] = b(dist >= 4 && dist <= 10)
	f[hfDist11to30] = b(dist >= 11 && dist <= 30)
	f[hfWords2to4] = b(l.words >= 2 && l.words <= 4)
	f[hfWords5to8] = b(l.words >= 5 && l.words <= 8)
	f[hfWords9to14] = b(l.words >= 9 && l.words <= 14)
	f[hfWords15up] = b(l.words >= 15)
	f[hfFirstLine] = b(i == 0)
	f[hfShownTimes] = log2Int(max(1, lines[i].shown))
	gap, dated := 40, false
	for j := i + 1; j < min(len(lines), i+40); j++ {
		if lines[j].strong {
			gap = j - i
			break
		}
		dated = dated || ts.datedLine(j)
	}
	f[hfTextNear] = b(gap <= 3)
	f[hfTextGap] = log2Int(gap)
	f[hfDateThenText] = b(dated && gap <= 5)
	f[hfNextBlank] = b(l.blankAfter)
	f[hfPrevBlank] = b(l.blankBefore)
	if i+1 < len(lines) {
		n := lines[i+1]
		f[hfNextDated] = b(ts.datedLine(i + 1))
		f[hfNextStrong] = b(n.strong)
		f[hfNextChrome] = b(n.rule != "")
		f[hfNextBullet] = b(n.bullet)
		f[hfNextHeadlike] = b(ts.titleLike(i+1) && !n.strong)
		f[hfNextLonger] = b(n.runes > l.runes)
	}
	if i > 0 {
		p := lines[i-1]
		f[hfPrevDated] = b(ts.datedLine(i - 1))
		f[hfPrevStrong] = b(p.strong)
		f[hfPrevChrome] = b(p.rule != "")
		f[hfPrevBullet] = b(p.bullet)
		f[hfPrevHeadlike] = b(ts.titleLike(i-1) && !p.strong)
	}
	n := 0
	for j := i + 1; j < start; j++ {
		if ts.titleLike(j) {
			n++
		}
	}
	f[hfRank] = log2Int(1 + n)
	f[hfLead] = b(c.ctx == ctxLead)
	f[hfRestart] = b(c.ctx == ctxRestart)
	if c.ctx == ctxRestart {
		for j := ts.lo; j < min(ts.hi, ts.start+1); j++ {
			if ts.titleLike(j) && j >= ts.start-titleNear && ts.datedBelow(j) {
				f[hfRestartOverDated] = 1
				break
			}
		}
	}

	f[hfWords] = float64(min(l.words, 10))
	f[hfLong] = float64(max(l.words-18, 0))
	f[hfOneWord] = b(l.words == 1)
	f[hfCommas] = b(strings.Count(l.text, ",") >= 2)
	f[hfStrong] = b(l.strong)
	f[hfProse] = b(l.prose && !l.strong)
	r, _ := utf8.DecodeRuneInString(l.text)
	f[hfLower] = b(unicode.IsLower(r))
	f[hfAllCaps] = b(allCaps(l.text))
	f[hfPeriod] = b(strings.HasSuffix(l.text, ".") && !strings.HasSuffix(l.text, "..."))
	f[hfQuestion] = b(strings.HasSuffix(l.text, "?") || strings.HasSuffix(l.text, "!"))
	f[hfColon] = b(strings.Contains(l.text, ": "))
	f[hfEllipsis] = b(strings.HasSuffix(l.text, "...") || strings.HasSuffix(l.text, "…"))

	// The region's first line, when it is a paragraph, is part of the
	// text its words are looked for in: they are looked for in the other
	// lines.
	own := i == start && l.prose && (apart || l.blankBefore && l.blankAfter)
	f[hfOverlap] = ts.vocab.share(c.ids, false, own)
	f[hfLeadOverlap] = ts.vocab.share(c.ids, true, own)

	switch ts.repeated(i) {
	case 2:
		f[hfRepeated] = 1
	case 1:
		f[hfBreadcrumb] = 1
	}
	f[hfShownMore] = b(i > 0 && shownAgain(lines[i], lines[i-1]))
	for j := max(0, i-2); j < min(len(lines), i+5); j++ {
		if j != i && ts.datedLine(j) {
			if j > i {
				f[hfDateAfter] = 1
			} else {
				f[hfDateBefore] = 1
			}
			break
		}
	}
	f[hfDatedHead] = b(datedHeadline(lines[i]))
	f[hfPrevLabel] = b(i > 0 && !ts.titleLike(i-1))
	f[hfCrumbEnd] = b(crumbHeadline(lines, i))

	// What it is beside the lines around it.
	if i+1 < len(lines) {
		f[hfStandfirstUnder] = b(standfirstBelow(l, lines[i+1], apart) && titleLike(l))
		f[hfHeadOverPara] = b(apart && standfirstApart(lines, i, i+1) || !apart && headOverParagraph(lines, i, i+1))
	}
	if i > 0 {
		f[hfIsStandfirst] = b(ts.titleLike(i-1) && standfirstBelow(lines[i-1], l, apart) ||
			!apart && i == ts.start && deckAbove(lines[i-1], l, ts.vocab.share(ts.above, false, false) > 0))
		f[hfParaUnderHead] = b(apart && standfirstApart(lines, i-1, i) || !apart && headOverParagraph(lines, i-1, i))
	}
	f[hfLabelRunInto] = b(!apart && labelRunInto(lines, i) >= 0)
	f[hfRunIntoByLabel] = b(!apart && i >= 1 && labelRunInto(lines, i-1) == i)
	f[hfShowsInFull] = b(ts.longerShowing(i) >= 0)
	for j := max(ts.lo, i-3); j < min(ts.hi, i+4); j++ {
		if j != i && ts.titleLike(j) && ts.longerShowing(j) == i {
			f[hfIsFullShowing] = 1
			break
		}
	}
}

// textFeatures sets the features of candidate c that its text tests
// read (textFeature): each is 0 or 1, and weighs against a headline
// (pickTitle counts on both only to bound a score: a weight above 0 costs
// speed, never the choice).
func (ts *titleSearch) textFeatures(c *titleCand) {
	lines, i, apart := ts.lines, c.line, ts.apart
	f := &c.f
	b := func(c bool) float64 {
		if c {
			return 1
		}
		return 0
	}
	l := lines[i]
	l.text = c.text
	_, at, _, hasDate := dates.FindTextDate(l.text)
	f[hfHasDate] = b(hasDate && !dateInPhrase(l.text, at))
	f[hfMenu] = b(inMenuRun(lines, i))
	f[hfMasthead] = b(!apart && masthead(lines, i, ts.start))

	q := unquoted(l.text) // guillemets that quote are no marks
	f[hfSeparators] = b(strings.Contains(l.text, " / ") || strings.Contains(l.text, " | ") || strings.Contains(l.text, ">") ||
		strings.Contains(q, "»") || strings.Contains(q, "›"))
	nt := len(l.text)
	_, gluedTwice := doubledTail(l.text)
	f[hfDoubled] = b(nt%2 == 0 && l.text[:nt/2] == l.text[nt/2:] || gluedTwice)
	f[hfSetIn] = b(setInHeading(lines, i))

	ws := c.words
	f[hfCaption] = b(captionLine(l.text) || !apart && creditBelow(lines, i) || attributed(l.text) || photoCredit(ws))
	f[hfButton] = b(strings.HasSuffix(q, "»") || strings.HasSuffix(q, "›") || strings.HasSuffix(l.text, "→") ||
		strings.HasPrefix(q, "«") || strings.HasPrefix(l.text, "←") || strings.HasPrefix(l.text, "[") || strings.HasPrefix(l.text, "☆") ||
		browserNotice(ws))
	f[hfPerson] = b(l.stops == 0 && personLike(l)) // a line with small words is no name: spare splitting it
	f[hfAction] = b(len(ws) > 0 && actionWords[ws[0]])
	f[hfControl] = b(controlLine(ws))
	f[hfFacts] = b(factLine(l.text) || ratingLine(ws))
	f[hfImprint] = b(companyName(l.text) || postcodeTown(l.text) || contactLine(l.text) || emailBelow(lines, i))
	f[hfSiteName] = b(siteName(ws) || listMotto(l.text))
	f[hfRowish] = b(lines[i].cells != nil || metaRow(l.text) || gluedRun(l.text) || yearSpan(l.text))
	f[hfListEntry] = b(listEntry(lines, i))
}

// textFeature lists the features textFeatures sets.
var textFeature = [...]int{hfHasDate, hfMenu, hfMasthead, hfSeparators, hfDoubled, hfSetIn, hfCaption, hfButton,
	hfPerson, hfAction, hfControl, hfFacts, hfImprint, hfSiteName, hfRowish, hfListEntry}

// log2Int is math.Log2(float64(n)), read from a table for small n.
func log2Int(n int) float64 {
	if n >= 0 && n < len(log2Table) {
		return log2Table[n]
	}
	return math.Log2(float64(n))
}

// log2Table holds math.Log2 of 0 to 255.
var log2Table = func() (t [256]float64) {
	for n := range t {
		t[n] = math.Log2(float64(n))
	}
	return t
}()

// headingsApart reports whether the dump sets its headings apart with
// empty lines, as a text browser does (w3m, lynx): such a dump keeps the
// markers of list items, set in from the margin, and shows images and
// form fields as labels of a few words in brackets ("[Logo]", "[ ]"), two
// of them at least on most pages. A browser's innerText, or text copied
// from a page, shows neither and sets only paragraphs apart, so that an
// empty line above and below a line says nothing of a headline there.
func headingsApart(lines []textLine) bool {
	const labelWords = 5
	n, labels := 0, 0
	for _, l := range lines {
		if l.marker && l.setIn {
			if n++; n >= 3 {
				return true
			}
		}
		if strings.HasPrefix(l.text, "[") && strings.HasSuffix(l.text, "]") && l.words <= labelWords {
			if labels++; labels >= 2 {
				return true
			}
		}
	}
	return false
}

// titleLike reports whether a line could be a headline.
func titleLike(l textLine) bool {
	return titleShaped(l) && !bylineLike(l.text)
}

// titleShaped is what titleLike asks of a line's shape and reading: no
// chrome, no date line, no list item, of a headline's length, not opening
// a list or a sentence's next part.
func titleShaped(l textLine) bool {
	if l.rule != "" || l.date || l.bullet || l.runes < 4 || l.runes > 200 || l.words < 1 || l.words > 35 {
		return false
	}
	return !strings.HasSuffix(l.text, ":") && !strings.HasSuffix(l.text, ",")
}

// bylineLike reports whether a line is a byline, or a date and a byline
// (isByline, datedByline).
func bylineLike(s string) bool {
	return isByline(s) || datedByline(s)
}

// datedByline reports whether a line opens with a date followed by a
// byline, as blogs set it under the headline: "1. Januar 2016 von Anna
// Muster", "March 3, 2021 @ 10:12 // Author: sam".
func datedByline(s string) bool {
	if !dates.MayHoldDate(s) || !opensLikeDate(s) {
		return false // no year, or none first: saves reading the line's words
	}
	_, at, end, ok := dates.FindTextDate(s)
	if !ok || at > 0 {
		return false
	}
	rest := lowerHead(strings.TrimLeft(s[end:], " ,·|@/0123456789:"), bylinePrefixLen)
	for _, p := range lang.BylinePrefixes {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// opensLikeDate reports whether s may open with a date: with a digit, or
// with the name of a month or a weekday, and a digit after it.
func opensLikeDate(s string) bool {
	if s == "" {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		return true
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return false
	}
	// The name first: most lines open with another word, and a line of
	// running text is long to look through for a digit.
	return dateName(s[:end]) && dates.HasDigit(s)
}

// repeated says whether the page shows line i's text again: 2 for the
// same line elsewhere, 1 for a longer line that ends with it after a
// space or a trail's mark (a breadcrumb, stepBefore), 0 otherwise.
func repeated(lines []textLine, i int) int {
	f := lines[i].fold
	found := 0
	for j, l := range lines {
		if j == i || len(l.fold) < len(f) {
			continue
		}
		if l.fold == f {
			return 2
		}
		if found == 0 && strings.HasSuffix(l.fold, f) && stepBefore(l.fold[:len(l.fold)-len(f)]) {
			found = 1
		}
	}
	return found
}
