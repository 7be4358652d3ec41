package extract

import "strings"

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

// longerShowing returns a line near headline best that shows it in full,
// or -1: a headline cut short in a breadcrumb or a teaser
// ("Winterreifen im Test") stands near the line that runs on
// ("Winterreifen im Test: zwölf Modelle im Vergleich"). The longer line
// must begin with the whole of the shorter one and add a part of three
// words or more after a separator or in brackets (a site's name after the
// headline adds fewer words, a caption runs on without a mark); it is no
// full sentence.
func longerShowing(lines []textLine, best, lo, hi int) int {
	f := lines[best].fold
	for j := max(lo, best-3); j < min(hi, best+4); j++ {
		if j == best || !titleCandidate(lines, j) {
			continue
		}
		g := lines[j].fold
		if len(g) <= len(f) || !strings.HasPrefix(g, f) {
			continue
		}
		tail := g[len(f):]
		rest := strings.TrimLeft(tail, " :–—-")
		if lines[j].strong || len(strings.Fields(rest)) < 3 || !partOpens(tail, rest) {
			continue
		}
		return j
	}
	return -1
}
