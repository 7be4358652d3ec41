package textdump

import (
	"strings"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// dateInPhrase reports whether the date in s, which begins at at, is
// part of a headline's phrase rather than the point of the line: four
// words or more stand before it, and it follows a comma or a small word
// written small ("Bericht zur Lage vom 22.04.2020 – was nun?", "Andacht in der
// Stadtkirche, 11. November 2021, 18 Uhr"). A date line opens with its
// date or a short label ("Veröffentlicht am 3. März 2021"), and a date
// set after a separator or in brackets is the page's own ("Wirtschaft -
// 15. Februar 2022", "Bericht (12.02.2021)").
func dateInPhrase(s string, at int) bool {
	head := strings.TrimRight(s[:at], " \u00a0")
	ws := strings.Fields(head)
	if len(ws) < 4 {
		return false
	}
	if r, _ := utf8.DecodeLastRuneInString(head); r == ',' {
		return true
	}
	w := ws[len(ws)-1] // a small word, written small: not a letter that names a class ("Staffel A")
	return w == lang.ToLower(w) && (lang.StopLangs[w] != nil || dateLeads[w])
}

// dateLeads lead into a date in a phrase, beside the stop words: "Bericht
// vom 2. Mai", "gültig seit 1. März", "depuis le 3 mai".
var dateLeads = lang.WordSet("vom seit ab since until depuis desde hasta dal od")

// datedHeadline reports whether a line read as a date line is a headline
// that names a day in its phrase ("Protokoll der Sitzung vom 10. Oktober
// 2019"), as titleLike would take it but for its date.
func datedHeadline(l textLine) bool {
	if !l.date || l.dates {
		return false
	}
	_, at, _, ok := dates.FindTextDate(l.text)
	if !ok || !dateInPhrase(l.text, at) {
		return false
	}
	l.date = false
	return titleLike(l)
}
