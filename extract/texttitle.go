package extract

import (
	"strings"

	"github.com/pare-dev/pare/clean"
)

// titleWindow is how many lines above the article region the headline is
// looked for.
const titleWindow = 30

// findTitle returns the index of the headline: a short line without a
// sentence's end, close above the article region, and preferably one that the
// page repeats (as an image caption or at the end of a breadcrumb). It
// returns the first occurrence of the chosen text, or -1.
func findTitle(lines []textLine, start, end int) int {
	best, bestScore := -1, -1e9
	lo := max(0, start-titleWindow)
	hi := min(end, start+3)
	for i := lo; i < hi; i++ {
		l := lines[i]
		if !titleLike(l) {
			continue
		}
		score := 0.0
		if i < start {
			score -= float64(start - i)
		} else {
			score -= float64(3*(i-start) + 4)
		}
		if repeated(lines, i) {
			score += 8
		}
		if l.words >= 3 && l.words <= 20 {
			score += 2
		}
		if l.strong {
			score -= 8
		} else if l.prose {
			score -= 1
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return -1
	}
	f := clean.Fold(lines[best].text)
	for i := lo; i < best; i++ {
		if clean.Fold(lines[i].text) == f {
			return i
		}
	}
	return best
}

// titleLike reports whether a line could be a headline.
func titleLike(l textLine) bool {
	if l.rule != "" || l.date || l.bullet || l.runes < 8 || l.runes > 200 || l.words < 2 || l.words > 35 {
		return false
	}
	if strings.HasSuffix(l.text, ".") && !strings.HasSuffix(l.text, "...") {
		return false
	}
	if strings.HasSuffix(l.text, ":") || strings.HasSuffix(l.text, ",") {
		return false
	}
	return !isByline(l.text)
}

// repeated reports whether the page shows line i's text again: the same
// line elsewhere, or a line that ends with it (a breadcrumb).
func repeated(lines []textLine, i int) bool {
	f := clean.Fold(lines[i].text)
	for j, l := range lines {
		if j == i || l.runes < lines[i].runes {
			continue
		}
		g := clean.Fold(l.text)
		if g == f || strings.HasSuffix(g, " "+f) {
			return true
		}
	}
	return false
}

// findDate returns the index of the date line closest to the headline (or
// to the region's start when there is no headline), or -1.
func findDate(lines []textLine, anchor, start, end int) int {
	lo := max(0, anchor-6)
	hi := min(len(lines), max(anchor, start)+12, max(end, anchor+1))
	best, bestDist := -1, 1<<30
	for i := lo; i < hi; i++ {
		if !lines[i].date {
			continue
		}
		d := i - anchor
		if d < 0 {
			d = -2 * d // below the headline is likelier than above it
		}
		if d < bestDist {
			best, bestDist = i, d
		}
	}
	return best
}

// bylinePrefixes open a byline: "Von Anna Beispiel", "By Jane Doe".
var bylinePrefixes = []string{"von ", "by ", "por ", "par ", "di ", "door ", "autor: ", "autorin: ", "author: ", "text: ", "written by ", "geschrieben von "}

// isByline reports whether a line is a byline.
func isByline(s string) bool {
	_, ok := bylineName(s)
	return ok
}

// bylineName reads the name of a byline, dropping what follows it (a date,
// a place).
func bylineName(s string) (string, bool) {
	l := strings.ToLower(s)
	for _, p := range bylinePrefixes {
		if !strings.HasPrefix(l, p) {
			continue
		}
		name := s[len(p):]
		if i := strings.IndexAny(name, "|,·•("); i >= 0 {
			name = name[:i]
		}
		if i := strings.Index(name, " - "); i >= 0 {
			name = name[:i]
		}
		if _, start, _, ok := findTextDate(name); ok {
			name = name[:start]
		}
		name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), "und"))
		ws := strings.Fields(name)
		if len(ws) == 0 || len(ws) > 5 {
			return "", false
		}
		for _, w := range ws {
			if stopLangs[strings.ToLower(w)] != nil && len(ws) <= 2 {
				return "", false
			}
		}
		return name, true
	}
	return "", false
}

// findAuthor returns the byline near the headline: its line index and the
// name, or -1.
func findAuthor(lines []textLine, anchor, start int) (int, string) {
	lo := max(0, anchor-3)
	hi := min(len(lines), max(anchor, start)+4)
	for i := lo; i < hi; i++ {
		t := lines[i].text
		if lines[i].runes > 80 {
			continue
		}
		if name, ok := bylineName(t); ok {
			return i, name
		}
		switch strings.ToLower(strings.TrimSuffix(t, ":")) {
		case "von", "by", "por", "par", "autor", "author":
			if i+1 < len(lines) && lines[i+1].words <= 5 && lines[i+1].words > 0 && !lines[i+1].prose {
				return i, lines[i+1].text
			}
		}
	}
	return -1, ""
}
