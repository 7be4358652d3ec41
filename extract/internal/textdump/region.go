package textdump

import (
	"strings"
	"unicode/utf8"

	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/extract/internal/dates"
)

// findRegion returns the span [start, end) of lines that holds the
// article, or -1, -1 when no line reads as running text.
func findRegion(lines []textLine) (int, int) {
	best, bestStart, bestEnd := bestSpan(lines, 0, len(lines))
	if bestStart < 0 {
		return -1, -1
	}
	// A page's article ends at its first comment section or block of
	// related links: a larger block of text after it (an author's box, a
	// feed of other posts) is not the article when one stands before it.
	if e := firstEnd(lines, bestStart); e >= 0 {
		// The block before must hold a paragraph or two, and a quarter of
		// the larger one's weight.
		if b, s, t := bestSpan(lines, 0, e); s >= 0 && b >= 150 && b*4 >= best {
			bestStart, bestEnd = s, t
		}
	}
	// The region's first line must not be a negative one.
	for bestStart < bestEnd && lines[bestStart].value <= 0 {
		bestStart++
	}
	bestStart = extendIngredients(lines, bestStart)
	// Cut at a comment section or a block of related links once some of the
	// article has been seen.
	mass := 0.0
	for i := bestStart; i < bestEnd; i++ {
		if mass >= 250 {
			if e := lines[i].end; e > 0 && endsArticle(lines, i, endRules[e-1], mass, bestEnd) {
				bestEnd = i
				break
			}
		}
		if lines[i].value > 0 {
			mass += lines[i].value
		}
	}
	bestEnd = trimTail(lines, bestStart, bestEnd)
	bestEnd = trimTeasers(lines, bestStart, bestEnd)
	bestEnd = trimDatedTeasers(lines, bestStart, bestEnd)
	return bestStart, extendSignoff(lines, extendData(lines, extendList(lines, bestEnd)))
}

// endRule returns which of endRules marks line l (its index plus one), or
// 0. The line reader asks it of every line, whose gates it has read
// already, so that findRegion need not read a line again.
func endRule(l *clean.Line) uint8 {
	r, ok := clean.FirstMatchLine(l, endRules)
	if !ok {
		return 0
	}
	for k := range endRules {
		if endRules[k].Name == r.Name {
			return uint8(k + 1)
		}
	}
	return 0
}

// endsArticle reports whether line i, which end rule r marks, ends the
// article once mass of it has been read: an "About us" in a menu's list
// heads no box about the author; a comment section ends it unless the
// article goes on below it or it is no thread; the other headings end it
// unless running text resumes.
func endsArticle(lines []textLine, i int, r clean.TextRule, mass float64, bestEnd int) bool {
	if r.Name == clean.AboutHeading.Name && lines[i].bullet {
		return false
	}
	if r.Name == clean.CommentsHeading.Name {
		return !articleGoesOn(lines, i+1, bestEnd) && !notThread(lines, i, mass, bestEnd)
	}
	return !textResumes(lines, i+1, bestEnd)
}

// extendSignoff takes in the author's farewell right under the article:
// "Liebe Grüße, Anna", "Euer Tom", "x Franzi", "XX, Das Team", and the
// credit of a post quoted at its end (embedCredit).
func extendSignoff(lines []textLine, end int) int {
	for k := 0; k < 2 && end < len(lines); k++ {
		l := lines[end]
		if l.rule != "" || !clean.IsSignoff(l.text) && !embedCredit(l.text) {
			break
		}
		end++
	}
	return end
}

// extendData takes in the facts listed under the article: three or more
// lines giving a value under a label ("Farbe: grün", "Verbrauch: 1"),
// perhaps under a line or two that announce them ("Testzeugnis:").
// Their lines are short, so the region stopped above them.
func extendData(lines []textLine, end int) int {
	i := end
	for k := 0; k < 3 && i < len(lines) && lines[i].rule == "" && !lines[i].repeat && !dataLine(lines[i]) && (announcesList(lines[i].text) || lines[i].prose); k++ {
		i++
	}
	j := i
	for j < len(lines) && lines[j].rule == "" && !lines[j].repeat && dataLine(lines[j]) {
		j++
	}
	if j-i < 3 {
		return end
	}
	for k := i; k < j; k++ {
		lines[k].bullet = true // written as a list
	}
	return j
}

// dataLine reports whether a short line gives a value under a label of a
// few words: "Farbe: grün", "Komfort Heizung: 2".
func dataLine(l textLine) bool {
	if l.strong || l.runes > 80 {
		return false
	}
	label, value, ok := strings.Cut(l.text, ": ")
	if !ok {
		label, value, ok = strings.Cut(l.text, " : ")
	}
	return ok && label != "" && len(strings.Fields(label)) <= 4 && strings.TrimSpace(value) != ""
}

// extendIngredients takes in the list of ingredients above a recipe's
// steps: within the lines above the region, up to the first line a rule
// knows, four or more lines that give an amount ("200 g Mehl", "2 Eier"),
// as a good share of those lines. The region starts at the first of them.
func extendIngredients(lines []textLine, start int) int {
	top, n, scanned := -1, 0, 0
	for k := start - 1; k >= 0 && k >= start-ingredientReach; k-- {
		l := lines[k]
		if l.rule != "" || l.strong {
			break
		}
		scanned++
		if l.quantity || startsWithAmount(l.text) && l.runes <= 80 {
			n++
			top = k
		}
	}
	if n < 4 || n*3 < start-top {
		return start
	}
	// A heading of the list ("Für den Teig:", "Zutaten für 12 Stück")
	// comes with it.
	for k := 0; k < 2 && top > 0; k++ {
		h := lines[top-1]
		if h.rule != "" || h.runes > 60 || !strings.HasSuffix(h.text, ":") && !dates.HasDigit(h.text) {
			break
		}
		top--
	}
	return top
}

// ingredientReach is how far above the region a list of ingredients is
// looked for.
const ingredientReach = 40

// startsWithAmount reports whether a line opens with a number or a
// fraction and a word: "2 Eier", "½ Zitrone".
func startsWithAmount(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return (r >= '0' && r <= '9' || strings.ContainsRune("½¼¾⅓⅔⅛", r)) && strings.Contains(s, " ")
}

// markUnmarkedLists marks as list items, inside the article, the short
// lines set close together under a line ending with a colon: a list whose
// markers the dump lost, as a browser's innerText does. Two items at least.
func markUnmarkedLists(lines []textLine, start, end int) {
	for i := start; i < end-2; i++ {
		if lines[i].bullet || lines[i].rule != "" || !announcesList(lines[i].text) {
			continue
		}
		j := i + 1
		for j < end && (j == i+1 || !lines[j].blankBefore) && !lines[j].bullet && !lines[j].strong && lines[j].rule == "" && !lines[j].repeat && !lines[j].code && lines[j].runes <= 200 && !strings.HasSuffix(lines[j].text, ":") {
			j++
		}
		if j-i-1 < 2 || !keepList(lines[i+1:j], false) {
			continue
		}
		for k := i + 1; k < j; k++ {
			lines[k].bullet = true
		}
		i = j - 1
	}
}

// announcesList reports whether a line announces a list under it: it ends
// with a colon, or breaks off with an ellipsis ("Menschen, die ...").
func announcesList(s string) bool {
	return strings.HasSuffix(s, ":") || strings.HasSuffix(s, "...") || strings.HasSuffix(s, "…")
}

// extendList takes in a list that closes the article: list items of
// running words right under the region, perhaps under a line that
// announces them ("Das brauchen Sie:"). Their lines are short, so the
// region stopped above them; a menu's items (a few words, no stop words)
// are not taken.
func extendList(lines []textLine, end int) int {
	i := end
	if i < len(lines) && !lines[i].bullet && lines[i].rule == "" && !lines[i].repeat && announcesList(lines[i].text) {
		i++
	}
	j := i
	for j < len(lines) && lines[j].bullet && lines[j].rule == "" && !lines[j].repeat {
		j++
	}
	if j == i && i > 0 && announcesList(lines[i-1].text) {
		// A browser's dump keeps no list markers: the items are the short
		// lines set close under the colon, up to an empty line.
		for j < len(lines) && (j == i || !lines[j].blankBefore) && !lines[j].strong && lines[j].rule == "" && !lines[j].repeat && !lines[j].code && lines[j].runes <= 200 {
			j++
		}
		if j-i >= 2 && keepList(lines[i:j], false) {
			for k := i; k < j; k++ {
				lines[k].bullet = true
			}
		}
	}
	if j-i < 2 || !keepList(lines[i:j], false) {
		return end
	}
	return j
}

// bestSpan returns the stretch of lines[from:to] with the highest sum of
// values, as its sum, start and end, or a start of -1 when none is positive.
func bestSpan(lines []textLine, from, to int) (float64, int, int) {
	best, bestStart, bestEnd := 0.0, -1, -1
	sum, s := 0.0, from
	for i := from; i < to; i++ {
		if sum <= 0 {
			sum, s = 0, i
		}
		sum += lines[i].value
		if sum > best {
			best, bestStart, bestEnd = sum, s, i+1
		}
	}
	return best, bestStart, bestEnd
}

// firstEnd returns the first line above line before that heads a comment
// section or a block of related links, or -1.
func firstEnd(lines []textLine, before int) int {
	for i := 0; i < before; i++ {
		if r := lines[i].rule; (r == clean.CommentsHeading.Name || r == clean.RelatedHeading.Name) && !lines[i].bullet && !(lines[i].repeat && shownOften(lines, i)) {
			return i
		}
	}
	return -1
}

// shownOften reports whether the page shows line i three times or more, as
// a prompt under every post is ("Add a comment"); a heading shown twice
// (a link to the comments, then their heading) is not.
func shownOften(lines []textLine, i int) bool {
	return lines[i].shown >= 3
}
