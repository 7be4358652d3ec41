package textdump

import (
	"strings"
	"unicode"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// legalForms end the name of a company or an association: "Muster GmbH",
// "Example Ltd", "Ejemplo S.L.", "Przykład sp. z o.o.".
var legalForms = lang.WordSet(`gmbh ag kg ohg ug mbh e.v. ev gbr kgaa se ltd ltd. limited llc inc inc. corp corp. plc llp
	ab oy oyj asa as a/s aps bv b.v. nv n.v. sa s.a. sas s.a.s. sarl s.à.r.l. srl s.r.l. sl s.l. spa s.p.a. o.o. sp.k.`)

// maxCompanyWords is how long a company's name may be.
const maxCompanyWords = 6

// companyName reports whether a line is the name of a company or an
// association, as an imprint or a footer gives it: a few words ending
// with a legal form, all capitalised but for small words ("Muster Verlag
// GmbH", "Harbour Media Ltd", "Ejemplo Medios S.L."). A headline that
// names a company says what it does.
func companyName(s string) bool {
	if !strings.Contains(s, " ") {
		return false
	}
	t := strings.TrimRight(s, " ,;")
	// Its last word first: most lines end with no legal form. Lowered,
	// it is the last of strings.Fields(t).
	u := strings.TrimRightFunc(t, unicode.IsSpace)
	if !legalForms[lang.ToLower(u[strings.LastIndexFunc(u, unicode.IsSpace)+1:])] {
		return false
	}
	n := 0
	for range strings.FieldsSeq(t) {
		if n++; n > maxCompanyWords {
			return false // too long: spare making its words
		}
	}
	f := strings.Fields(t)
	if len(f) < 2 || len(f) > maxCompanyWords {
		return false
	}
	last := lang.ToLower(f[len(f)-1])
	if f[len(f)-1] == lang.ToLower(f[len(f)-1]) && last != "e.v." && last != "o.o." && last != "sp.k." {
		// "ab" and "as" are words too: a legal form is written in capitals.
		return false
	}
	if !legalForms[last] {
		return false
	}
	// A name: its words are capitalised, but for small words and the
	// parts of the legal form ("Przykład sp. z o.o."). "Werft verklagt
	// Muster AG" says what happens.
	for _, w := range f[:len(f)-1] {
		lw := lang.ToLower(w)
		if !startsUpper(w) && !dates.HasDigit(w) && lang.StopLangs[lw] == nil && !legalForms[lw] && lw != "&" && lw != "sp." {
			return false
		}
	}
	return true
}

// postcodeTown reports whether a line is a postal code and a town, as the
// last line of an address: "113 25 Stockholm", "D-10115 Berlin", "75001
// Paris", "8001 Zürich".
func postcodeTown(s string) bool {
	if !dates.HasDigit(s) {
		return false
	}
	f := strings.Fields(s)
	if len(f) < 2 || len(f) > 4 {
		return false
	}
	digits := 0
	k := 0
	for ; k < len(f); k++ {
		w := strings.TrimPrefix(strings.TrimPrefix(f[k], "D-"), "CH-")
		w = strings.TrimPrefix(strings.TrimPrefix(w, "A-"), "F-")
		if !dates.IsDigits(strings.ReplaceAll(w, "-", "")) {
			break
		}
		digits += len(strings.ReplaceAll(w, "-", ""))
	}
	if k == 0 || k == len(f) || digits < 4 || digits > 6 || len(f)-k > 2 {
		return false
	}
	if digits == 4 && (k > 1 || len(f)-k > 1 || factUnits[lang.ToLower(f[k])] || strings.HasPrefix(f[0], "19") || strings.HasPrefix(f[0], "20")) {
		// Four figures are a code in a few countries, and an amount or a
		// year anywhere: "1000 Euro Zuschuss", "2024 Rückblick".
		return false
	}
	for _, w := range f[k:] {
		if !startsUpper(w) || dates.HasDigit(w) {
			return false
		}
	}
	return true
}
