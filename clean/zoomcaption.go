package clean

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ZoomCaption matches a picture's caption that carries the label of its
// zoom button, as a dump runs them together: "Vergrößern Die neue Brücke
// am Abend", "Der Plan der Altstadt. Zum Vergrößern auf das Bild klicken.",
// "Click to enlarge". The text is a caption, not the article's.
var ZoomCaption = TextRule{
	Name: "zoom-caption",
	Gate: &Gate{Max: 400, Words: joined(zoomPhrases, zoomLabels)},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(400) || !ln.textHas(zoomHints) {
			return false // no word of a zoom button
		}
		if ln.lowerHas(zoomSet) {
			return true
		}
		// The button's label glued before the caption: one word, then a
		// capital.
		f := ln.Fields()
		if len(f) < 3 || !slices.Contains(zoomLabels, strings.ToLower(f[0])) {
			return false
		}
		r, _ := utf8.DecodeRuneInString(f[1])
		return unicode.IsUpper(r)
	},
}

// zoomHints are pieces of a zoom button's words, in either case.
var (
	zoomHints = newPhraseSet("größ", "gröss", "GRÖSS", "GRÖß", "nlarge", "NLARGE", "grandir", "GRANDIR", "mpliar", "MPLIAR", "oom", "OOM", "owiększ", "OWIĘKSZ")
	zoomSet   = newPhraseSet(zoomPhrases...)
)

var zoomPhrases = phraseList(`
	zum vergrößern
	zum vergrössern
	klicken zum vergrößern
	bild vergrößern
	click to enlarge
	click image to enlarge
	click to zoom
	cliquez pour agrandir
	cliquer pour agrandir
	clic para ampliar
	haz clic para ampliar
	kliknij, aby powiększyć
`)

var zoomLabels = phraseList(`
	vergrößern
	vergrössern
	enlarge
	agrandir
	ampliar
	powiększ
`)
