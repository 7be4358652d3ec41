package clean

import (
	"strings"
	"unicode"
)

// FigureCaption matches the caption of a numbered figure, set apart from
// the text: "Abbildung 4: Eine klassische Schwachschicht", "Fig. 2: The
// harbour in 1900", "Grafik: Wahlbeteiligung seit 1990". The figure itself
// is not in the output, so its caption reads as a stray line.
var FigureCaption = TextRule{
	Name: "figure-caption",
	Gate: &Gate{Max: 200, Prefixes: figureLabels},
	MatchLine: func(ln *Line) bool {
		t := strings.TrimSpace(ln.Text())
		if ln.runesOverTrim(t, 200) {
			return false
		}
		l := strings.TrimSpace(ln.Lower())
		for _, p := range figureLabels {
			rest, ok := strings.CutPrefix(l, p)
			if !ok {
				continue
			}
			rest = strings.TrimLeftFunc(rest, func(r rune) bool { return unicode.IsDigit(r) || r == ' ' || r == '.' })
			if strings.HasPrefix(rest, ":") && len(strings.TrimSpace(rest[1:])) > 0 {
				return true
			}
		}
		return false
	},
}

// figureLabels open a figure's caption, in the languages pare knows.
var figureLabels = []string{
	"abbildung", "abb.", "schaubild", "grafik", "figure", "fig.", "illustration", "chart", "graph",
	"figura", "gráfico", "grafico", "rysunek", "rys.", "wykres", "afbeelding", "figuur",
}
