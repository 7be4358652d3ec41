package dates

import (
	"bytes"
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// MentionsPublication reports whether a line says it gives the date of
// publication: "Veröffentlicht am", "Published", "Publié le".
func MentionsPublication(s string) bool {
	var buf [lowerBuf]byte
	if b, ok := lowerASCII(buf[:], s); ok {
		// The same questions of s lowered in buf: a phrase outside
		// ASCII is in no ASCII line.
		for _, w := range publicationPhrases {
			if bytes.Contains(b, []byte(w)) {
				return true
			}
		}
		for _, w := range dateLabels {
			if rest, ok := bytes.CutPrefix(b, []byte(w)); ok && (len(rest) == 0 || rest[0] == ' ' || rest[0] == ':') {
				return OpensWithDate(strings.TrimLeft(string(rest), " :"))
			}
		}
		return false
	}
	l := lang.ToLower(s)
	for _, w := range publicationPhrases {
		if strings.Contains(l, w) {
			return true
		}
	}
	// A label before the date: "Datum: 3.5.2021", "Date 12 May 2020".
	for _, w := range dateLabels {
		if rest, ok := strings.CutPrefix(l, w); ok && (rest == "" || rest[0] == ' ' || rest[0] == ':') {
			return OpensWithDate(strings.TrimLeft(rest, " :"))
		}
	}
	return false
}

// publicationPhrases say, lower-cased, that a line gives the date of
// publication; dateLabels, before a date, that it gives a date.
var (
	publicationPhrases = []string{"veröffentlich", "publiziert", "erschienen", "erstellt am", "published", "posted on", "publié", "publicado",
		"pubblicato", "gepubliceerd", "opublikowano", "publikacja"}
	dateLabels    = []string{"datum", "date", "fecha", "data", "datum publikacji"}
	updatePhrases = []string{"aktualisiert", "update", "zuletzt", "geändert", "bearbeitet", "modified",
		"actualiza", "mis à jour", "modifié", "aggiornat", "bijgewerkt", "zaktualizowano", "stand:"}
)

// lowerBuf is how long a line MentionsPublication and MentionsUpdate
// lower on the stack may be.
const lowerBuf = 256

// lowerASCII returns lang.ToLower(s) written into buf, when s is ASCII
// and fits there; ok is false otherwise.
func lowerASCII(buf []byte, s string) (b []byte, ok bool) {
	if len(s) > len(buf) || !lang.IsASCII(s) {
		return nil, false
	}
	return lang.LowerASCII(buf, s), true
}

// DatelineCandidate reports whether a line may date the article: not a
// quoted post ("— Name (@handle) May 2, 2020"), not a weather report.
func DatelineCandidate(s string) bool {
	return !strings.HasPrefix(s, "—") && !strings.Contains(s, "(@") && !strings.Contains(s, "°") && !ArchiveNav(s)
}

// DatelineCandidateAt is DatelineCandidate of a line whose first date
// (FindTextDate) ends at end; found is false when it holds none.
func DatelineCandidateAt(s string, end int, found bool) bool {
	return !strings.HasPrefix(s, "—") && !strings.Contains(s, "(@") && !strings.Contains(s, "°") && !archiveNavAt(s, end, found)
}

// MentionsUpdate reports whether a date line gives the date of an update
// rather than of publication.
func MentionsUpdate(s string) bool {
	var buf [lowerBuf]byte
	if b, ok := lowerASCII(buf[:], s); ok {
		for _, w := range updatePhrases {
			if bytes.Contains(b, []byte(w)) {
				return true
			}
		}
		return false
	}
	l := lang.ToLower(s)
	for _, w := range updatePhrases {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// OpensWithDate reports whether a paragraph opens with a dateline: the date,
// perhaps behind a place or an agency ("Wien, 14. Mai 2021 –", "(dpa) 3.5.2020:"),
// before the text begins.
func OpensWithDate(s string) bool {
	_, start, _, ok := FindTextDate(s)
	return OpensWithDateAt(s, start, ok)
}

// OpensWithDateAt is OpensWithDate of a line whose first date
// (FindTextDate) starts at start; found is false when it holds none.
func OpensWithDateAt(s string, start int, found bool) bool {
	if !found || start > 40 {
		return false
	}
	lead := s[:start]
	ws := strings.Fields(lead)
	if HasDigit(lead) || len(ws) > 4 || len(ws) > 2 && strings.Contains(lead, ". ") {
		return false
	}
	for _, w := range ws {
		if lang.StopLangs[lang.ToLower(strings.Trim(w, "(,:"))] != nil {
			return false // "Am 3. Mai", "Wir suchen zum": a sentence, not a place
		}
	}
	return true
}

// ArchiveNav reports whether a line is a blog's archive navigation: a date
// range or a month followed by bare years ("Jan 2014 2013 2014 2015").
func ArchiveNav(s string) bool {
	_, _, end, ok := FindTextDate(s)
	return archiveNavAt(s, end, ok)
}

// archiveNavAt is ArchiveNav of a line whose first date ends at end.
func archiveNavAt(s string, end int, found bool) bool {
	if !found {
		return false
	}
	years := 0
	for _, w := range strings.Fields(s[end:]) {
		if len(w) == 4 && HasDigit(w) && strings.Trim(w, "0123456789") == "" && (w[:2] == "19" || w[:2] == "20") {
			years++
		}
	}
	return years >= 2
}
