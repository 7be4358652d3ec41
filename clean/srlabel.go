package clean

import (
	"cmp"
	"slices"
	"strings"
)

// A page's DOM text (every text node, hidden ones too) holds what the page
// hides from sight but keeps in its document; a text browser or innerText
// would not show it.

// ScreenReaderLabel matches a line made of nothing but the labels a page
// writes for screen readers and hides from sight: skip links ("Skip to
// content", "Direkt zum Hauptinhalt"), notes that a link opens a new
// window or leaves the site, and what an icon-only button does ("Open
// search", "Close menu"), alone or run together.
var ScreenReaderLabel = TextRule{
	Name: "screen-reader-label",
	// The line is labels only: it starts with the first word of one.
	Gate: &Gate{Max: 200, FirstWords: firstWords(srLabels)},
	MatchLine: func(l *Line) bool {
		s := l.Text()
		if l.RunesOver(200) || !l.lowerHas(srLabelWords) {
			return false
		}
		rest := " " + strings.Join(strings.Fields(strings.ToLower(strings.Trim(s, " ()[]"))), " ") + " "
		found := false
		for _, p := range srLabels {
			if strings.Contains(rest, " "+p+" ") {
				rest = strings.ReplaceAll(rest, " "+p+" ", " ")
				found = true
			}
		}
		return found && strings.Trim(rest, " ()[],.:;|-–") == ""
	},
}

// srLabels are screen-reader labels, longest first, so that a label that
// holds another is taken whole.
var srLabels = longestFirst(phraseList(`
	skip to main content
	skip to content
	skip to navigation
	skip to main navigation
	skip to footer
	skip to search
	skip navigation
	jump to main content
	jump to navigation
	zum inhalt springen
	zum hauptinhalt springen
	direkt zum inhalt
	direkt zum hauptinhalt
	direkt zum hauptseiteninhalt
	direkt zur hauptnavigation
	direkt zur unternavigation
	direkt zur navigation
	direkt zur suche
	direkt zur fusszeile
	direkt zur fußzeile
	direkt zur übersicht der hauptinhalte
	springe zum inhalt
	springe zum hauptinhalt
	zur hauptnavigation
	zum seitenende
	aller au contenu
	aller au contenu principal
	aller à la navigation
	ir al contenido
	ir al contenido principal
	saltar al contenido
	passa al contenuto
	vai al contenuto
	przejdź do treści
	opens in a new window
	opens in a new tab
	opens in new window
	opens in new tab
	open in a new window
	link opens in a new window
	external link
	öffnet in neuem fenster
	öffnet in einem neuen fenster
	öffnet in neuem tab
	öffnet eine externe seite
	öffnet ein neues fenster
	externer link
	link zur startseite
	s'ouvre dans une nouvelle fenêtre
	ouvre une nouvelle fenêtre
	nouvelle fenêtre
	se abre en una nueva ventana
	abre en una nueva ventana
	si apre in una nuova finestra
	open search
	close search
	open menu
	close menu
	toggle navigation
	toggle menu
	menü öffnen
	menü schließen
	suche öffnen
	suche schließen
`))

// srLabelWords holds the longest word of each label. A line that holds a
// label holds its words in its lower-cased text, so a line without one of
// these is no label, and the rule need not fold it and look for every label
// in turn (which cost a quarter of a dump's time).
var srLabelWords = func() *phraseSet {
	var words []string
	for _, p := range srLabels {
		longest := ""
		for _, w := range strings.Fields(p) {
			if len(w) > len(longest) {
				longest = w
			}
		}
		words = append(words, longest)
	}
	return newPhraseSet(words...)
}()

// longestFirst sorts phrases by length, longest first.
func longestFirst(phrases []string) []string {
	slices.SortStableFunc(phrases, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return phrases
}
