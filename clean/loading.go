package clean

import "strings"

// WidgetLoading matches the placeholder a widget shows until its script has
// run, as a dump keeps it: "Gefällt mir Wird geladen …", "Like Loading...",
// "Cargando…", "Loading comments...".
var WidgetLoading = TextRule{
	Name: "widget-loading",
	Gate: &Gate{Max: 60, Shapes: EndsDot},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		t := strings.TrimSpace(s)
		if !strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "…") || ln.runesOverTrim(t, 60) || strings.Count(t, " ") > 4 {
			return false // a placeholder ends with its dots, in five words at most
		}
		l := strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), ".… ")
		for _, p := range loadingWords {
			if strings.HasSuffix(l, p) && l != strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), " ") {
				return true // the word with its dots: "Loading..."
			}
		}
		return strings.HasPrefix(l, "loading ") && strings.HasSuffix(strings.TrimSpace(s), "...") && len(strings.Fields(l)) <= 4
	},
}

var loadingWords = phraseList(`
	wird geladen
	loading
	chargement
	cargando
	caricamento
	ładowanie
`)
