package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// partOpens reports whether tail, what a longer line adds to a headline,
// opens a part of its own: a separator or a bracket before its first
// word, rest (" – Teil 2", ": die Bilanz", " (mit Video)").
func partOpens(tail, rest string) bool {
	sep := strings.TrimSpace(tail[:len(tail)-len(rest)])
	if sep == "" {
		return strings.HasPrefix(rest, "(")
	}
	return sep == ":" || sep == "–" || sep == "—" || sep == "-"
}

// runsOn reports whether tail, what a longer line adds to a headline,
// runs on in words: a space and a letter (" für die ganze Familie").
func runsOn(tail string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimPrefix(tail, " "))
	return strings.HasPrefix(tail, " ") && unicode.IsLetter(r)
}

// longerShowing returns a line near headline best that shows it in full,
// or -1: a headline cut short in a breadcrumb or a teaser
// ("Winterreifen im Test") stands near the line that runs on
// ("Winterreifen im Test: zwölf Modelle im Vergleich"). The longer line
// must begin with the whole of the shorter one and add three words or
// more: a part after a separator or in brackets, or, under the shorter
// line, words that run on, unless it reads as a caption (a credit in it
// or under it). A site's name after the headline adds fewer words; the
// longer line is no full sentence.
func longerShowing(lines []textLine, best, lo, hi int) int {
	return longerShowingIf(lines, best, lo, hi, func(j int) bool { return titleCandidate(lines, j) })
}

// longerShowingIf is longerShowing with candidate(j) for
// titleCandidate(lines, j).
func longerShowingIf(lines []textLine, best, lo, hi int, candidate func(int) bool) int {
	f := lines[best].fold
	for j := max(lo, best-3); j < min(hi, best+4); j++ {
		if j == best || !candidate(j) {
			continue
		}
		g := lines[j].fold
		if len(g) <= len(f) || !strings.HasPrefix(g, f) {
			continue
		}
		tail := g[len(f):]
		rest := strings.TrimLeft(tail, " :–—-")
		if lines[j].strong || len(strings.Fields(rest)) < 3 || !partOpens(tail, rest) && !(j > best && runsOn(tail) && !creditBelow(lines, j) && !isCaption(lines[j].text)) {
			continue
		}
		return j
	}
	return -1
}
