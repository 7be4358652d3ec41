package textdump

import (
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// dateFieldWords name a point in time in the label of a date field.
var dateFieldWords = lang.WordSet(`fecha hora date time datum zeit uhrzeit heure data godzina ora`)

// publishWords name a publication or an update in the label of a date
// field.
var publishWords = lang.WordSet(`publicación publication publishing veröffentlichung erscheinungsdatum aktualisierung
	actualización publikacji pubblicazione publicação atualização`)

// maxDateLabelWords is how long the label of a date field may be.
const maxDateLabelWords = 6

// dateLabel reports whether line s, whose words are ws, is the label of a date without its
// date, as a page's template leaves it when the date stands elsewhere or
// is missing: "Fecha de publicación", "Date of publication",
// "Datum der Veröffentlichung". It names a time and a publication or an
// update, and holds no figure and few words.
func dateLabel(s string, ws []string) bool {
	if len(ws) > maxDateLabelWords || dates.HasDigit(s) {
		return false
	}
	t, p := false, false
	for _, w := range ws {
		t = t || dateFieldWords[w]
		p = p || publishWords[w]
	}
	return t && p
}
