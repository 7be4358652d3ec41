package textdump

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// bylineDateLeads are the small words that lead from a byline's name to
// its date: "von Anna Muster am 3. März", "by Sam on May 3", "par Claire
// le 3 mai", "por Ana el 3 de mayo".
var bylineDateLeads = map[string]bool{"am": true, "on": true, "le": true, "el": true, "em": true, "il": true, "op": true, "dnia": true}

// dropDateLead drops the word that leads into the date cut off after a
// byline's name: "Anna Muster am " → "Anna Muster".
func dropDateLead(name string) string {
	ws := strings.Fields(name)
	if len(ws) > 1 && bylineDateLeads[lang.ToLower(ws[len(ws)-1])] {
		return strings.Join(ws[:len(ws)-1], " ")
	}
	return name
}
