package textdump

import "testing"

func TestRunOnText(t *testing.T) {
	cases := []struct {
		name, in string
		want     bool
	}{
		{"two sentences of a standfirst", "Rund um den ersten Markttag kann man auf dem Platz frische Kräuter kaufen. Dabei hilft der Gartenverein mit Beratung zu Sorten", true},
		{"English text cut short", "The council met on Thursday evening to decide the future of the old pier. Most members wanted to keep the ferry running through", true},
		{"a headline of two short sentences", "Der Hafen öffnet wieder. Die Fähren kommen zurück", false},
		{"an ordinal date inside", "Tagung zur Geschichte der Häfen und Fährverbindungen an der Nordseeküste im 19. Jahrhundert und danach in Hafenstadt", false},
		{"an abbreviation", "Neue Regeln für den Hafen: Was die Verordnung Nr. 5 für Fährgäste und Anwohner am Kai bedeutet und was sich ändert", false},
		{"a long headline without a break", "Harbour town votes seven to two to rebuild its old ferry pier after twenty years of debate and a long campaign", false},
		{"a question then a sentence", "Wie lange hält ein Anleger aus Holz im Salzwasser? Experten aus dem Hafenamt geben Antworten und Tipps für Eigentümer", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := readLines(c.in)[0]
			if got := runOnText(l); got != c.want {
				t.Errorf("runOnText(%q) = %v, want %v (%d runes)", c.in, got, c.want, l.runes)
			}
		})
	}
}
