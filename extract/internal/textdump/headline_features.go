package textdump

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// The features a headline candidate is judged by. Each is a number, mostly
// 0 or 1; titleWeights say how much each counts.
const (
	tfDistance    = iota // log2 of the distance above the region's start
	tfInRegion           // the line lies inside the region, below its first line
	tfRepeated           // the same text stands elsewhere on the page
	tfBreadcrumb         // a longer line ends with it
	tfOverlap            // share of its longer words found in the article
	tfWords              // its words, up to 10
	tfLong               // words beyond 18
	tfCommas             // two commas or more
	tfDateAfter          // a date line or byline within four lines below
	tfDateBefore         // a date line or byline within two lines above
	tfStrong             // it reads as a full sentence
	tfProse              // it reads as text, not as a label
	tfSeparators         // " / ", " | ", " > ": a breadcrumb or a dateline
	tfDoubled            // its text twice over: an alt text and a caption glued
	tfLower              // it begins with a small letter
	tfOneWord            // a single word
	tfHasDate            // it holds a date, other than one in a headline's phrase (dateInPhrase)
	tfCaption            // it reads as a caption: a credit in it, or on a line of its own under it (creditBelow); or as a saying with its author
	tfButton             // it looks like a link or a button (arrows, brackets) or speaks of the browser
	tfQuestion           // it ends with a question or exclamation mark
	tfAllCaps            // written in capitals only
	tfPrevLabel          // the line above is not title-like (chrome, a menu)
	tfPeriod             // it ends with a full stop
	tfPerson             // two or three capitalised words without small words: a name
	tfAction             // it opens with a call to action: "Jetzt", "Zum", "Read", "Get"
	tfIsolated           // empty lines above and below it, in a dump that sets only paragraphs apart
	tfSetApart           // empty lines above and below it, as a text browser sets a heading apart
	tfStandfirst         // a paragraph next to a heading, in a dump that sets only paragraphs apart
	tfLeadOverlap        // share of its longer words found in the article's first paragraphs
	tfMenu               // it stands inside a run of very short lines: a menu
	tfCrumbEnd           // the last entry of a numbered breadcrumb trail, naming the page in full
	tfCount
)

// titleWeights are the weights of the headline features, fitted by hand
// and by a coordinate search on the development pages.
var titleWeights = [tfCount]float64{
	tfDistance: -0.95, tfInRegion: -6.5, tfRepeated: 1.5, tfBreadcrumb: 3, tfOverlap: 5.75, tfWords: 0.5,
	tfLong: 0, tfCommas: -1, tfDateAfter: 5.75, tfDateBefore: 2.25, tfStrong: -0.5, tfProse: -0.5,
	tfSeparators: -5, tfDoubled: -14, tfLower: -2, tfOneWord: -5.75, tfHasDate: -7, tfCaption: -4,
	tfButton: -9, tfQuestion: 0.75, tfAllCaps: -0.75, tfPrevLabel: 0.25, tfPeriod: -6,
	tfPerson: -3.5, tfAction: -4, tfIsolated: 0.5, tfSetApart: 5, tfStandfirst: -3, tfLeadOverlap: 0, tfMenu: -4,
	// A trail's last entry has no empty line above it, so it is never set
	// apart: it counts as set apart (5) and as a breadcrumb (3).
	tfCrumbEnd: 8,
}

// titleScore weighs how much line i looks like the headline of the article
// that starts at line start and whose words are body.
func titleScore(lines []textLine, i, start int, body, lead map[string]int, apart bool) float64 {
	f := titleFeatures(lines, i, start, body, lead, apart)
	score := 0.0
	for k, v := range f {
		score += v * titleWeights[k]
	}
	return score
}

// titleFeatures measures line i as a headline candidate.
func titleFeatures(lines []textLine, i, start int, body, lead map[string]int, apart bool) [tfCount]float64 {
	var f [tfCount]float64
	b := func(c bool) float64 {
		if c {
			return 1
		}
		return 0
	}
	// The line is weighed by the headline it gives: without the link and
	// separator marks it opens with and, in a browser's innerText, without
	// the date run together with it.
	l := lines[i]
	l.text = trimLeadingMarks(l.text)
	if !apart && gluedDateHeadline(l.text) {
		l.text = cutLeadingDate(l.text)
	}
	dist := start - i
	switch {
	case dist == 0 && (!l.strong || !apart && questionHead(l)):
		dist = 1 // a headline the region begins with
	case dist <= 0:
		dist = 2 - 3*dist
		f[tfInRegion] = 1
	}
	f[tfDistance] = math.Log2(1 + float64(dist))
	switch repeated(lines, i) {
	case 2:
		f[tfRepeated] = 1
	case 1:
		f[tfBreadcrumb] = 1
	}
	// The region's first line, when it is a paragraph, is part of the
	// text its words are looked for in: they are looked for in the other
	// lines. A dump that sets only paragraphs apart shows which lines are
	// paragraphs; in one that sets headings apart too, any line may be.
	own := i == start && l.prose && (apart || l.blankBefore && l.blankAfter)
	f[tfOverlap] = overlap(l.text, body, own)
	f[tfWords] = float64(min(l.words, 10))
	f[tfLong] = float64(max(l.words-18, 0))
	f[tfCommas] = b(strings.Count(l.text, ",") >= 2)
	for j := max(0, i-2); j < min(len(lines), i+5); j++ {
		if j != i && datedLine(lines[j]) {
			if j > i {
				f[tfDateAfter] = 1
			} else {
				f[tfDateBefore] = 1
			}
			break
		}
	}
	f[tfStrong] = b(l.strong)
	f[tfProse] = b(l.prose && !l.strong)
	q := unquoted(l.text) // guillemets that quote are no marks
	f[tfSeparators] = b(strings.Contains(l.text, " / ") || strings.Contains(l.text, " | ") || strings.Contains(l.text, ">") ||
		strings.Contains(q, "»") || strings.Contains(q, "›"))
	n := len(l.text)
	_, gluedTwice := doubledTail(l.text)
	f[tfDoubled] = b(n%2 == 0 && l.text[:n/2] == l.text[n/2:] || gluedTwice)
	r, _ := utf8.DecodeRuneInString(l.text)
	f[tfLower] = b(unicode.IsLower(r))
	f[tfOneWord] = b(l.words == 1)
	_, at, _, hasDate := dates.FindTextDate(l.text)
	f[tfHasDate] = b(hasDate && !dateInPhrase(l.text, at))
	f[tfCaption] = b(isCaption(l.text) || !apart && creditBelow(lines, i) || attributed(l.text))
	f[tfQuestion] = b(strings.HasSuffix(l.text, "?") || strings.HasSuffix(l.text, "!"))
	f[tfAllCaps] = b(strings.ToUpper(l.text) == l.text && strings.ToLower(l.text) != l.text)
	f[tfPrevLabel] = b(i > 0 && !titleLike(lines[i-1]))
	f[tfPeriod] = b(strings.HasSuffix(l.text, ".") && !strings.HasSuffix(l.text, "..."))
	f[tfPerson] = b(personLike(l))
	ws := lang.LineWords(l.text)
	f[tfAction] = b(len(ws) > 0 && actionWords[ws[0]])
	f[tfButton] = b(strings.HasSuffix(q, "»") || strings.HasSuffix(q, "›") || strings.HasSuffix(l.text, "→") ||
		strings.HasPrefix(q, "«") || strings.HasPrefix(l.text, "←") || strings.HasPrefix(l.text, "[") || strings.HasPrefix(l.text, "☆") ||
		browserNotice(ws))
	f[tfIsolated] = b(!apart && l.blankBefore && l.blankAfter)
	f[tfSetApart] = b(apart && setApart(lines, i))
	f[tfStandfirst] = b(!apart && paragraphByHead(lines, i))
	f[tfLeadOverlap] = overlap(l.text, lead, own)
	f[tfMenu] = b(inMenuRun(lines, i))
	f[tfCrumbEnd] = b(crumbHeadline(lines, i))
	return f
}

// headingsApart reports whether the dump sets its headings apart with
// empty lines, as a text browser does (w3m, lynx): such a dump keeps the
// markers of list items, set in from the margin, and shows images and
// form fields as labels of a few words in brackets ("[Logo]", "[ ]"), two
// of them at least on most pages. A browser's innerText, or text copied
// from a page, shows neither (a bullet there is the page's own text, at
// the margin, and a sentence in brackets is no label) and sets
// only paragraphs apart, so that an empty line above and below a line
// says nothing of a headline there.
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

// paragraphByHead reports whether line i stands apart as a paragraph,
// with a line right above or below it that reads as a headline but does
// not: in a dump that sets only paragraphs apart (a browser's innerText),
// that is a standfirst or a teaser beside its heading.
func paragraphByHead(lines []textLine, i int) bool {
	apart := func(l textLine) bool { return l.blankBefore && l.blankAfter }
	head := func(j int) bool {
		if j < 0 || j >= len(lines) || !titleLike(lines[j]) || apart(lines[j]) || lines[j].words < 3 {
			return false
		}
		_, _, _, dated := dates.FindTextDate(lines[j].text)
		return !dated
	}
	return apart(lines[i]) && (head(i-1) || head(i+1))
}

// regionWords returns the longer words of the region's running text, of
// its first n full paragraphs when n > 0, each with the number of lines
// it stands in.
func regionWords(lines []textLine, start, end, n int) map[string]int {
	m := map[string]int{}
	once := map[string]bool{} // the words of one line, counted once
	seen := 0
	for i := start; i < end; i++ {
		if !lines[i].prose {
			continue
		}
		if n > 0 {
			if !lines[i].strong {
				continue
			}
			if seen++; seen > n {
				break
			}
		}
		clear(once)
		for _, w := range lang.LineWords(lines[i].text) {
			if utf8.RuneCountInString(w) >= 4 && !once[w] {
				once[w] = true
				m[w]++
			}
		}
	}
	return m
}

// overlap returns the share of the longer words of s found in body. A
// line of the body itself (own) is measured against the other lines.
func overlap(s string, body map[string]int, own bool) float64 {
	least := 1
	if own {
		least = 2
	}
	n, in := 0, 0
	for _, w := range lang.LineWords(s) {
		if utf8.RuneCountInString(w) < 4 || lang.StopLangs[w] != nil {
			continue
		}
		n++
		if body[w] >= least {
			in++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(in) / float64(n)
}

// titleLike reports whether a line could be a headline.
func titleLike(l textLine) bool {
	if l.rule != "" || l.date || l.bullet || l.runes < 4 || l.runes > 200 || l.words < 1 || l.words > 35 {
		return false
	}
	if strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, ",") {
		return false
	}
	return !isByline(l.text) && !datedByline(l.text)
}

// datedByline reports whether a line opens with a date followed by a
// byline, as blogs set it under the headline: "1. Januar 2016 von Anna
// Muster", "March 3, 2021 @ 10:12 // Author: sam".
func datedByline(s string) bool {
	if !opensLikeDate(s) {
		return false // saves reading the line's words
	}
	_, at, end, ok := dates.FindTextDate(s)
	if !ok || at > 0 {
		return false
	}
	rest := strings.ToLower(strings.TrimLeft(s[end:], " ,·|@/0123456789:"))
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
	if s == "" || !dates.HasDigit(s) {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		return true
	}
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		return false
	}
	w := strings.ToLower(s[:end])
	return dates.MonthNames[w] > 0 || dates.WeekdayNames[w]
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
