package textdump

import (
	"strings"
	"testing"
)

func TestPartOpens(t *testing.T) {
	cases := []struct {
		name, tail string
		want       bool
	}{
		{"a dash", " – zwölf Modelle im Vergleich", true},
		{"a colon", ": zwölf Modelle im Vergleich", true},
		{"brackets", " (okra and onion stir fry)", true},
		{"words run on", " mit ihrer jüngsten Tochter", false},
		{"a bar", " | Die Gartenzeitung", false},
		{"a comma", ", handgestrickt und fair", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rest := strings.TrimLeft(c.tail, " :–—-")
			if got := partOpens(c.tail, rest); got != c.want {
				t.Errorf("partOpens(%q) = %v, want %v", c.tail, got, c.want)
			}
		})
	}
}

func TestLongerShowing(t *testing.T) {
	cases := []struct {
		name, other string
		above, want bool
	}{
		{"the headline in full", "Winterreifen für Kleinwagen im Test – zwölf Modelle im Vergleich", false, true},
		{"a part in brackets", "Winterreifen für Kleinwagen im Test (zwölf Modelle im Vergleich)", false, true},
		{"words run on under it", "Winterreifen für Kleinwagen im Test auf Schnee und Eis", false, true},
		{"words run on above it", "Winterreifen für Kleinwagen im Test auf Schnee und Eis", true, false},
		{"a caption with its credit", "Winterreifen für Kleinwagen im Test auf Schnee und Eis (Foto: Muster)", false, false},
		{"figures run on", "Winterreifen für Kleinwagen im Test 4.5 12 30", false, false},
		{"a site's name", "Winterreifen für Kleinwagen im Test – Autowelt", false, false},
		{"a sentence", "Winterreifen für Kleinwagen im Test: Wir haben zwölf Modelle auf Schnee und Eis gefahren, vom Kleinwagen bis zum Transporter, und die Unterschiede beim Bremsen waren groß.", false, false},
		{"another headline", "Sommerreifen für Kleinwagen im Test – zwölf Modelle im Vergleich", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dump, best := "Ratgeber\nWinterreifen für Kleinwagen im Test\nDienstag, 5. November 2024\n"+c.other, 1
			if c.above {
				dump, best = "Ratgeber\n"+c.other+"\nDienstag, 5. November 2024\nWinterreifen für Kleinwagen im Test", 3
			}
			lines := readLines(dump)
			got := longerShowing(lines, best, 0, len(lines))
			if got >= 0 != c.want {
				t.Errorf("longerShowing = %d, want a line: %v", got, c.want)
			}
		})
	}
}

// TestTextTitleLongerShowing checks that a headline cut short in the
// breadcrumb gives way to the line that shows it in full.
func TestTextTitleLongerShowing(t *testing.T) {
	dump := strings.Join([]string{
		"Autowelt", "Start", "Ratgeber", "Reifen",
		"Start / Ratgeber / Winterreifen für Kleinwagen im Test",
		"Winterreifen für Kleinwagen im Test",
		"Winterreifen für Kleinwagen im Test – zwölf Modelle im Vergleich",
		"Dienstag, 5. November 2024",
		"Alle Tests", "",
		"Zwölf Winterreifen haben wir auf Schnee, Eis und nasser Straße gefahren, vom Kleinwagen bis zum Transporter. " +
			"Die Unterschiede beim Bremsen sind größer, als die Preise vermuten lassen.", "",
		"Am besten schnitt ein Reifen aus der Mittelklasse ab, der auf Eis und Schnee gleich gut bremste. " +
			"Zwei günstige Modelle fielen dagegen auf nasser Straße deutlich ab und bekamen nur ein Ausreichend.", "",
		"Wer wenig fährt, kommt auch mit Ganzjahresreifen gut durch den Winter, sagen die Prüfer.",
	}, "\n")
	wantTextTitle(t, dump, "Winterreifen für Kleinwagen im Test – zwölf Modelle im Vergleich")
}
