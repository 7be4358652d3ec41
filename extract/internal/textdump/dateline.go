package textdump

import (
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// findDate returns the index of the line that dates the article, or -1.
// Near the headline (or the region's start when there is no headline), it
// weighs date lines, short lines holding a date (a byline with its date)
// and a dateline that opens the first paragraph: the nearest wins, lines
// below the headline before those above, publication dates before updates,
// bylines before other lines. Failing that, a line further off labelled as
// the publication date, then a lone date line just under the article. Dates
// of events, captions, ranges, archive menus and runs of dated teasers, a
// column of dated teasers above the headline, and lines giving several days
// without a label, date nothing. On a list page (date lines of ten days or
// more) an unlabelled date line that stands three times close together is
// the day of a row of teasers and dates nothing either.
func findDate(lines []textLine, anchor, start, end int) int {
	lo := max(0, anchor-10)
	hi := min(len(lines), max(anchor, start)+12, max(end, anchor+1))
	best, bestCost := -1, 1<<30
	for i := lo; i < hi; i++ {
		l := lines[i]
		cost := 0
		if dateRun(lines, i) >= 3 {
			continue // a list of dated posts
		}
		fd := firstDateOf(l.text) // asked once for the questions below
		if !dates.DatelineCandidateAt(l.text, fd.end, fd.ok) || l.rule == clean.ImageLabel.Name || otherLabel(l.text, fd) || spanDate(l.text, fd) || unlabelledDays(l.text, fd) {
			continue // an embedded post, an image's file name, an event, a range
		}
		switch {
		case l.date:
			if i < anchor && listedDate(lines, i) {
				continue // a column of dated teasers above the headline
			}
		case i == anchor && gluedDateHeadline(l.text):
			// the headline's own date, run together with it
		case i != anchor && l.runes <= 150 && (!l.strong || dates.MentionsPublication(l.text)):
			if !fd.ok || recurs(lines, i, 3) {
				continue
			}
			cost = 2
		case i > anchor && i <= max(anchor, start)+5 && dates.OpensWithDateAt(l.text, fd.start, fd.ok) && dateKindAt(l.text, fd) != updated:
			cost = 1 // a dateline that opens the first paragraph
		default:
			continue
		}
		if d := i - anchor; d < 0 {
			cost -= 2 * d
		} else {
			cost += d
		}
		switch dateKindAt(l.text, fd) {
		case updated:
			cost += 5
		case published:
			cost -= 3
		}
		if i <= max(anchor, start)+1 && namesAuthor(l.text, fd) {
			cost -= 2 // a byline with its date, not a post quoted in the text
		}
		// On a tie, the line below the headline: above it stand the site's
		// own date and the kickers.
		if cost < bestCost || cost == bestCost && best < anchor && i > anchor {
			best, bestCost = i, cost
		}
	}
	if best >= 0 {
		if lines[best].date && dateKind(lines[best].text) == unlabelled && recursNear(lines, best, 3, 20) && dayCount(lines) >= 10 {
			return -1 // a list page: its teasers' day, thrice among many
		}
		return best
	}
	// Nothing next to the headline: a line further off that says it gives
	// the publication date.
	for d := 1; d <= max(40, end-anchor+15); d++ {
		for _, i := range []int{anchor + d, anchor - d} {
			// A line without a year holds no date (MayHoldDate): it
			// is not asked for its label.
			if i >= 0 && i < len(lines) && lines[i].runes <= 150 && dates.MayHoldDate(lines[i].text) && dates.MentionsPublication(lines[i].text) && !dates.MentionsUpdate(lines[i].text) {
				if _, _, _, ok := dates.FindTextDate(lines[i].text); ok {
					return i
				}
			}
		}
	}
	// A date line that closes the article, as many pages put it under the
	// text; not the first of a series of dated comments or posts.
	for i := end; i < min(len(lines), end+10); i++ {
		l := lines[i]
		if l.date && l.rule == "" && dateRun(lines, i) < 3 && dates.DatelineCandidate(l.text) && !dates.MentionsUpdate(l.text) {
			if !datedAfter(lines, i+1, 20) {
				return i
			}
			break
		}
	}
	return -1
}

// datedAfter reports whether one of the n lines from lines[from] is a date
// line.
func datedAfter(lines []textLine, from, n int) bool {
	for k := from; k < min(len(lines), from+n); k++ {
		if lines[k].date {
			return true
		}
	}
	return false
}

const (
	unlabelled = iota
	published
	updated
)

// dateKind tells what the first date of a line is said to be, by the label
// in front of it, else by the line's words: "Published: May 2 | Updated:
// May 3" is a publication date.
func dateKind(s string) int {
	return dateKindAt(s, firstDateOf(s))
}

// firstDate is the first date of a line (dates.FindTextDate): findDate
// finds it once for all it asks of the line.
type firstDate struct {
	d          article.Date
	start, end int
	ok         bool
}

func firstDateOf(s string) firstDate {
	d, start, end, ok := dates.FindTextDate(s)
	return firstDate{d, start, end, ok}
}

// dateKindAt is dateKind of a line whose first date is fd.
func dateKindAt(s string, fd firstDate) int {
	if fd.ok {
		if k := labelKind(s[:fd.start]); k != unlabelled {
			return k
		}
	}
	return labelKind(s)
}

// labelKind tells whether a text speaks of an update or of publication.
func labelKind(t string) int {
	switch {
	case dates.MentionsUpdate(t):
		return updated
	case dates.MentionsPublication(t):
		return published
	}
	return unlabelled
}

// dateRun returns the length of the run of dated lines that line i is in:
// date lines, or lines that open with a date, as a list of events, posts or
// headlines shows them.
func dateRun(lines []textLine, i int) int {
	dated := func(k int) bool {
		return lines[k].date || lines[k].runes <= 200 && dates.OpensWithDate(lines[k].text)
	}
	if !dated(i) {
		return 0
	}
	a, b := i, i
	for a > 0 && dated(a-1) {
		a--
	}
	for b+1 < len(lines) && dated(b+1) {
		b++
	}
	return b - a + 1
}

// datingLine reports whether a line chosen by findDate does no more than
// date the article (a date line, a byline), so that the body can leave it
// out; a paragraph that opens with its dateline is the article's text.
func datingLine(l textLine) bool {
	return l.date || !l.strong && l.runes <= 150
}

// namesAuthor reports whether a line holding a date is a byline: "Von Anna
// Muster, 3. Mai 2021", "12/05/2020 by Sam Lee", "Posted on 3 May by Sam".
func namesAuthor(s string, fd firstDate) bool {
	if isByline(s) {
		return true
	}
	start, end := fd.start, fd.end
	if !fd.ok {
		return false
	}
	for _, part := range []string{s[:start], s[end:]} {
		l := lang.ToLower(part)
		for _, p := range lang.BylinePrefixes {
			if i := strings.Index(l, p); i >= 0 && (i == 0 || l[i-1] == ' ' || l[i-1] == '|') {
				if _, ok := bylineName(strings.TrimSpace(part[i:])); ok {
					return true
				}
			}
		}
	}
	return false
}

// spanWords, put before a date, make it the bound of a period ("ab 1. März",
// "bis zum 3. Mai", "since May 2"), not the day something was written.
var spanWords = lang.WordSet(`ab bis seit zum from since until till desde hasta
	depuis jusqu'au vanaf tot dal fino`)

// spanDate reports whether the first date of s bounds a period: it opens a
// range, or a word before it says so.
func spanDate(s string, fd firstDate) bool {
	start, end := fd.start, fd.end
	if !fd.ok {
		return false
	}
	if rest := strings.TrimLeft(s[end:], " "); strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") {
		if _, _, _, ok := dates.FindTextDate(rest); ok {
			return true // "31. Dezember 2021 - 6. Januar 2022"
		}
	}
	lead := strings.TrimRight(s[:start], " ")
	if strings.HasSuffix(lead, "-") || strings.HasSuffix(lead, "–") {
		return dates.HasDigit(lead) // "14. - 20. Januar": a week, not a day
	}
	ws := strings.Fields(lang.ToLower(lead))
	return len(ws) > 0 && spanWords[ws[len(ws)-1]]
}

// recurs reports whether the text of line i stands n times or more in the
// dump: a template's box repeated down the page.
func recurs(lines []textLine, i, n int) bool {
	c := 0
	for k := range lines {
		if lines[k].fold == lines[i].fold {
			c++
		}
	}
	return c >= n
}

// otherLabels name a date that is not the article's, or text that is not
// the article's own: an event, a release, a caption, a source.
var otherLabels = lang.WordSet(`termin termine release kinostart veranstaltung beginn start ende deadline
	anmeldeschluss einsendeschluss event when wann abbildung foto bild photo image quelle source
	fecha evento fuente événement zdjęcie źródło`)

// otherLabel reports whether a label before the line's first date ("Termin:
// 3. Mai", "Foto: … vom 2.4.2020") says the date is not the article's.
func otherLabel(s string, fd firstDate) bool {
	start := fd.start
	if !fd.ok {
		return false
	}
	for _, w := range strings.Fields(lang.ToLower(s[:start])) {
		if l, ok := strings.CutSuffix(w, ":"); ok {
			if i := strings.LastIndexByte(l, ']'); i >= 0 {
				l = l[i+1:] // a w3m image label glued before it
			}
			if otherLabels[l] {
				return true
			}
		}
	}
	return false
}

// unlabelledDays reports whether a line gives several days with no word to
// tell which is which ("2018-08-29 14:15 2018-06-22 10:20"): a page's
// modified and published dates side by side, none of them sure.
func unlabelledDays(s string, fd firstDate) bool {
	first, end := fd.d, fd.end
	if !fd.ok || dateKindAt(s, fd) != unlabelled {
		return false
	}
	for rest := s[end:]; ; {
		d, _, e, ok := dates.FindTextDate(rest)
		if !ok {
			return false
		}
		if !dates.SameDay(d, first) {
			return true
		}
		rest = rest[e:]
	}
}
