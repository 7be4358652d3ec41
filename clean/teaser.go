package clean

import "strings"

// Teaser matches the cut-off text of a link to another article: a line that
// ends in an ellipsis or a "read more" link ("Die Stadt plant einen neuen
// Park, der im…", "Alles über den Umbau … Weiterlesen"), or one set between
// double arrows.
var Teaser = TextRule{
	Name: "teaser",
	// Arrows, an ellipsis or a "read more" link at its end.
	Gate: &Gate{Max: 300, Words: append([]string{">>", "<<", "…", "..."}, teaserEnds...)},
	MatchLine: func(ln *Line) bool {
		t := strings.TrimSpace(ln.Text())
		if ln.runesOverTrim(t, 300) {
			return false
		}
		// Its words are counted last, on the few lines shaped as teasers.
		return teaserShape(ln, t) && ln.NumFields() >= 3
	},
}

// teaserEnds end a teaser: a link to read on.
var teaserEnds = []string{"weiterlesen", "mehr lesen", "read more", "continue reading", "lire la suite",
	"leer más", "seguir leyendo", "leggi tutto", "czytaj więcej", "lees meer", "[…]", "[...]", "» mehr", "mehr »", "mehr ›"}

// teaserShape reports whether t, ln's text trimmed, is shaped as a teaser,
// by its arrows or its ending.
func teaserShape(ln *Line, t string) bool {
	// A link set between double arrows: ">> Die Stadt plant einen Park <<",
	// "Mehr im Heft >>>".
	// A Python prompt (">>> def f():") is code.
	if strings.HasPrefix(t, ">>> ") && !strings.HasSuffix(t, "<<") {
		return false
	}
	if strings.HasPrefix(t, ">>") || strings.HasSuffix(t, ">>") || strings.HasSuffix(t, "<<") {
		return true
	}
	l := strings.TrimSpace(ln.Lower())
	for _, end := range teaserEnds {
		if strings.HasSuffix(l, end) {
			return true
		}
	}
	// An ellipsis straight after a cut word at the end of a long line;
	// "…" after a space, a finished sentence or a short line is the
	// author's own.
	if !ln.runesOverTrim(t, 59) {
		return false
	}
	for _, end := range []string{"…", "..."} {
		if strings.HasSuffix(t, end) {
			before := strings.TrimSuffix(t, end)
			return before != "" && !strings.HasSuffix(before, " ") && !strings.ContainsAny(before[len(before)-1:], ".!?")
		}
	}
	return false
}
