package textdump

import (
	"strings"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// documentKinds name a kind of document that a page labels itself with,
// over its headline: "Medienmitteilung der Direktion", "Press release from
// the ministry", "Communiqué du ministère".
var documentKinds = lang.WordSet(`medienmitteilung pressemitteilung pressemeldung pressemitteilungen presseinformation
	communiqué comunicado komunikat`)

// issuerWords join a kind of document to who issues it.
var issuerWords = lang.WordSet(`der des vom von from of by de du des del prasowy`)

// figureWords open the caption of a figure or a table: "Figure 2.",
// "Abb. 3:", "Tabelle 1".
var figureWords = lang.WordSet(`figure fig abbildung abb tabelle table tab grafik schaubild figura gráfico tableau rysunek tabela`)

// documentLabel reports whether line s, whose words are ws, labels what follows rather than
// being a headline: a kind of document and who issues it ("Medienmitteilung
// der Gesundheitsdirektion", "Press release of the harbour office"), or
// the caption of a figure or a table ("Figure 2. Ferry traffic by month",
// "Visual abstract. Ferries and tides").
func documentLabel(s string, ws []string) bool {
	if len(ws) < 2 {
		return false
	}
	if documentKinds[ws[0]] && issuerWords[ws[1]] || len(ws) > 2 && ws[0] == "press" && ws[1] == "release" && issuerWords[ws[2]] {
		// A label glued to its headline by a colon holds the headline.
		return !strings.Contains(s, ":")
	}
	if figureWords[ws[0]] && len(ws[1]) <= 3 && dates.IsDigits(ws[1]) {
		return true
	}
	return (ws[0] == "visual" || ws[0] == "graphical") && ws[1] == "abstract"
}
