package textdump

import (
	"strings"
	"testing"
)

func TestUnquoted(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"a French quote", "« Nous resterons ici », dit le maire", `" Nous resterons ici ", dit le maire`},
		{"a Swiss quote at the end", "Anna Muster: «Wir bleiben im Dorf»", `Anna Muster: "Wir bleiben im Dorf"`},
		{"a German quote", "»Wir bleiben im Dorf«, sagt die Bürgermeisterin", `"Wir bleiben im Dorf", sagt die Bürgermeisterin`},
		{"two quotes", "«Ja» oder «Nein»?", `"Ja" oder "Nein"?`},
		{"a link mark after a label", "Weiterlesen »", "Weiterlesen »"},
		{"a link mark before a label", "« Zurück zur Übersicht", "« Zurück zur Übersicht"},
		{"a breadcrumb", "Home » Rezepte » Kuchen", "Home » Rezepte » Kuchen"},
		{"marks with nothing between", "« »", "« »"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := unquoted(c.in); got != c.want {
				t.Errorf("unquoted(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestTextTitleGuillemets checks that a headline quoting someone in
// guillemets is weighed as a headline, not as a link's label.
func TestTextTitleGuillemets(t *testing.T) {
	dump := strings.Join([]string{
		"Le Courrier du Port", "Accueil", "Régions", "Culture",
		"Régions",
		"« Le port doit rester aux pêcheurs »",
		"mardi 12 mars 2024, par Claire Dubois", "",
		"Les pêcheurs du vieux port ont manifesté mardi contre le projet de marina voulu par la mairie. " +
			"Ils craignent de perdre les quais où ils débarquent leur poisson depuis des générations.", "",
		"Le maire assure que les pêcheurs garderont leur place, mais le projet ne dit rien des quais du nord, " +
			"où la marina doit s'étendre dès l'été prochain selon les plans présentés au conseil.", "",
		"Une réunion publique est prévue le mois prochain à la salle des fêtes du port.",
	}, "\n")
	wantTextTitle(t, dump, "« Le port doit rester aux pêcheurs »")
}
