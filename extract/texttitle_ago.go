package extract

import "strings"

// agoUnits name the units of time a page counts back in, by language.
var agoUnits = map[string]bool{
	"minute": true, "minuten": true, "minutes": true, "stunde": true, "stunden": true, "hour": true, "hours": true,
	"tag": true, "tagen": true, "day": true, "days": true, "minuto": true, "minutos": true, "hora": true, "horas": true,
	"día": true, "días": true, "heure": true, "heures": true, "jour": true, "jours": true,
}

// relativeDate reports whether a short line dates a post, with a label,
// by how long ago it was published or updated: "Erstellt: vor 4
// Stunden", "Published: 3 hours ago", "Publicado: hace 5 horas".
func relativeDate(l textLine) bool {
	if l.words > 6 {
		return false
	}
	label, t, ok := strings.Cut(strings.ToLower(l.text), ": ")
	if !ok || len(strings.Fields(label)) > 2 {
		return false
	}
	ws := strings.Fields(t)
	for k := 0; k+1 < len(ws); k++ {
		if !isDigits(ws[k]) || !agoUnits[strings.Trim(ws[k+1], ".,")] {
			continue
		}
		before, after := strings.Join(ws[:k], " "), strings.Join(ws[k+2:], " ")
		if before == "vor" || before == "hace" || before == "il y a" || before == "" && after == "ago" {
			return true
		}
	}
	return false
}
