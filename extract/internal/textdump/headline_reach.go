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
	lines := readLines(dump)
	if len(lines) == 0 {
		return "empty dump"
	}
	start, end := findRegion(lines)
	if start < 0 {
		return "no article region"
	}
	for _, c := range titleCands(lines, start, end) {
		if is(titleText(lines, firstShowing(lines, c.line, start))) {
			return "candidate"
		}
	}
	lo, hi := max(0, start-titleWindow), min(end, start+12)
	for i := lo; i < hi; i++ {
		if why := reachOf(lines, i, start, true, is); why != "" {
			return why
		}
	}
	for i := range lines {
		if i >= lo && i < hi {
			continue
		}
		if why := reachOf(lines, i, start, false, is); why != "" {
			if i < lo {
				return why + ", above the lines weighed"
			}
			return why + ", below the lines weighed"
		}
	}
	return "not in the dump as a line or a part of one"
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
