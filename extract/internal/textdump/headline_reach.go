package textdump

import (
	"strings"
)

// HeadlineReach says why a dump's title, told by is, is not among its
// headline candidates, for the trainer's report on the candidates'
// reach: "candidate" when it is, else where the title stands in the dump
// and what keeps it out. A line that shows the title is looked for first
// in the lines the candidates are drawn from, then in the whole dump.
func HeadlineReach(dump string, is func(string) bool) string {
	return HeadlineReachAt(dump, is).Why
}

// TitleShowing is what HeadlineReachAt says of a dump's title.
type TitleShowing struct {
	Why   string // why the title is no candidate, or "candidate" (HeadlineReach)
	Line  int    // the line that shows it, counted from 0 among the dump's non-empty lines, or -1
	Start int    // the first line of the article region, or -1
	Text  string // the text of that line
}

// HeadlineReachAt is HeadlineReach that also says which line shows the
// title (as a candidate, a line or a part of one) and where the article
// region starts.
func HeadlineReachAt(dump string, is func(string) bool) TitleShowing {
	lines := readLines(dump)
	if len(lines) == 0 {
		return TitleShowing{Why: "empty dump", Line: -1, Start: -1}
	}
	start, end := findRegion(lines)
	if start < 0 {
		return TitleShowing{Why: "no article region", Line: -1, Start: -1}
	}
	at := func(why string, i int) TitleShowing {
		return TitleShowing{Why: why, Line: i, Start: start, Text: lines[i].text}
	}
	for _, c := range titleCands(lines, start, end) {
		if is(titleText(lines, firstShowing(lines, c.line, start))) {
			return at("candidate", c.line)
		}
	}
	lo, hi := max(0, start-titleWindow), min(end, start+12)
	for i := lo; i < hi; i++ {
		if why := reachOf(lines, i, start, true, is); why != "" {
			return at(why, i)
		}
	}
	for i := range lines {
		if i >= lo && i < hi {
			continue
		}
		if why := reachOf(lines, i, start, false, is); why != "" {
			if i < lo {
				return at(why+", above the lines weighed", i)
			}
			return at(why+", below the lines weighed", i)
		}
	}
	return TitleShowing{Why: "not in the dump as a line or a part of one", Line: -1, Start: start}
}

// maxReachWords is how many words a line may hold to be searched for the
// title as a part of it.
const maxReachWords = 60

// reachOf says how line i, among the lines weighed or not, shows the
// title, or "".
func reachOf(lines []textLine, i, start int, weighed bool, is func(string) bool) string {
	l := lines[i]
	t := trimLeadingMarks(l.text)
	switch {
	case is(t) && titleCandidate(lines, i) && !weighed:
		return "a line that may be a headline"
	case is(t) && titleCandidate(lines, i):
		if i < start-titleNear {
			return "a line far above the region with no date under it"
		}
		return "a line whose headline the cuts change (titleText)"
	case is(t):
		return "a line that is no candidate: " + notTitleLike(l)
	case i+1 < len(lines) && (is(t+" "+lines[i+1].text) || is(t+lines[i+1].text)):
		return "two lines joined"
	}
	ws := strings.Fields(t)
	if len(ws) > maxReachWords {
		return ""
	}
	for k := 1; k < len(ws); k++ {
		head, tail := strings.Join(ws[:k], " "), strings.Join(ws[k:], " ")
		switch {
		case is(tail):
			return "the end of a line, after a kicker or a trail"
		case is(head):
			return "the start of a line, with more after it"
		}
	}
	for a := 1; a < len(ws); a++ {
		for b := a + 1; b < len(ws); b++ {
			if is(strings.Join(ws[a:b], " ")) {
				return "inside a line"
			}
		}
	}
	return ""
}

// notTitleLike says why a line is not title-like.
func notTitleLike(l textLine) string {
	switch {
	case l.rule != "":
		return "a text rule marks it (" + l.rule + ")"
	case l.date:
		return "a date line"
	case l.bullet:
		return "a list item"
	case l.runes < 4 || l.words < 1:
		return "too short"
	case l.runes > 200 || l.words > 35:
		return "too long"
	case strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, ","):
		return "ends with a colon or a comma"
	}
	return "a byline"
}
