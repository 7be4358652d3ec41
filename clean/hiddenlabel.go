package clean

import (
	"cmp"
	"slices"
	"strings"
	"unicode"

	"github.com/pare-dev/pare/internal/lang"
)

// Rules for text that a page hides from sight but keeps in its document:
// a dump of the DOM's text content (every text node, hidden ones too)
// holds it where a text browser or innerText would not.

// SVGGenerator matches the title or description a drawing program writes
// into an SVG icon ("Created with Sketch.", "Generator: Adobe Illustrator
// 24.0.1, SVG Export Plug-In") or a chart library into its chart ("Created
// with Highcharts 9.0.1"): the name of the tool that made the picture.
var SVGGenerator = TextRule{
	Name: "svg-generator",
	MatchLower: func(s, lower string) bool {
		if runesOver(s, 120) {
			return false
		}
		rest, ok := cutAny(strings.TrimSpace(lower), "created with ", "created by ", "generator: ", "made with ")
		if !ok {
			return false
		}
		for _, tool := range svgTools {
			if strings.HasPrefix(rest, tool) {
				return true
			}
		}
		return false
	},
}

// svgTools are the drawing programs and chart libraries whose name an SVG
// picture's title or description gives.
var svgTools = phraseList(`
	sketch
	adobe illustrator
	inkscape
	figma
	fabric.js
	potrace
	highcharts
	amcharts
	snap.svg
	raphaël
	raphael
	method draw
	svg-edit
	vectr
	affinity designer
	coreldraw
`)

// cutAny returns s without the first of prefixes it starts with.
func cutAny(s string, prefixes ...string) (string, bool) {
	for _, p := range prefixes {
		if rest, ok := strings.CutPrefix(s, p); ok {
			return rest, true
		}
	}
	return s, false
}

// LanguageSwitcher matches a line of nothing but language codes, as a
// language menu leaves them when its entries run together: "DE FR IT EN",
// "de | en", "EN/ES". Two codes at least; each one once.
var LanguageSwitcher = TextRule{
	Name: "language-switcher",
	MatchLower: func(s, lower string) bool {
		if runesOver(s, 60) {
			return false
		}
		ws := strings.FieldsFunc(lower, func(r rune) bool {
			return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•'
		})
		if len(ws) < 2 {
			return false
		}
		seen := map[string]bool{}
		for _, w := range ws {
			if !languageCodes[w] || seen[w] {
				return false
			}
			seen[w] = true
		}
		return true
	},
}

// languageCodes are ISO 639-1 codes of the languages sites most often
// offer in a language menu.
var languageCodes = lang.WordSet(`de en fr it es nl pl pt ru uk cs sk hu ro bg hr sl sr el tr
	da sv no nb fi et lv lt ar he fa zh ja ko hi th vi id ms`)

// ScreenReaderLabel matches a line made of nothing but the labels a page
// writes for screen readers and hides from sight: skip links ("Skip to
// content", "Direkt zum Hauptinhalt"), notes that a link opens a new
// window or leaves the site, and what an icon-only button does ("Open
// search", "Close menu"), alone or run together.
var ScreenReaderLabel = TextRule{
	Name: "screen-reader-label",
	Match: func(s string) bool {
		if runesOver(s, 200) {
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

// longestFirst sorts phrases by length, longest first.
func longestFirst(phrases []string) []string {
	slices.SortStableFunc(phrases, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return phrases
}

// ShareButtonLabel matches the label a share button gives screen readers,
// which the page hides and its DOM text keeps: the action, a network's or
// a share word, then a note that it opens a new window ("Click to share on
// Facebook (Opens in new window)", "Klicken zum Ausdrucken (Wird in neuem
// Fenster geöffnet)").
var ShareButtonLabel = TextRule{
	Name: "share-button-label",
	MatchLower: func(s, lower string) bool {
		if runesOver(s, 120) {
			return false
		}
		head, ok := strings.CutSuffix(strings.TrimSpace(lower), ")")
		if !ok {
			return false
		}
		i := strings.LastIndexByte(head, '(')
		if i <= 0 || !newWindowNote[strings.ReplaceAll(strings.Join(strings.Fields(head[i+1:]), " "), "’", "'")] {
			return false
		}
		ws := lang.LineWords(head[:i])
		if len(ws) == 0 || len(ws) > 12 {
			return false
		}
		for _, w := range ws {
			if shareKeys[w] || shareActions[w] {
				return true
			}
		}
		return false
	},
}

// newWindowNote are the notes that a link opens a new window.
var newWindowNote = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range phraseList(`
		opens in new window
		opens in a new window
		opens in new tab
		opens in a new tab
		wird in neuem fenster geöffnet
		öffnet in neuem fenster
		öffnet in einem neuen fenster
		s'ouvre dans une nouvelle fenêtre
		ouvre dans une nouvelle fenêtre
		se abre en una ventana nueva
		se abre en una nueva ventana
		si apre in una nuova finestra
		otwiera się w nowym oknie
		opent in een nieuw venster
	`) {
		m[p] = true
	}
	return m
}()

// shareActions are words of a share button's label besides the share
// words themselves: printing, mailing to a friend.
var shareActions = lang.WordSet(`ausdrucken friend freund freundin ami amigo amico
	imprimer imprimir stampare drucken mailen`)
