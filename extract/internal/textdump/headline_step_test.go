package textdump

import (
	"strings"
	"testing"
)

func TestStepBefore(t *testing.T) {
	cases := []struct {
		name, head string
		want       bool
	}{
		{"a space", "home > rezepte > ", true},
		{"a trail run together", "start>leute>", true},
		{"guillemets run together", "start»rezepte»", true},
		{"inside a word", "winter", false},
		{"a hyphen", "nord-", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := stepBefore(c.head); got != c.want {
				t.Errorf("stepBefore(%q) = %v, want %v", c.head, got, c.want)
			}
		})
	}
}

// TestTextTitleTrailRunTogether checks that the end of a breadcrumb whose
// steps run together with their marks counts as a showing of the headline
// under it, which then wins over the standfirst.
func TestTextTitleTrailRunTogether(t *testing.T) {
	dump := strings.Join([]string{
		"Stern und Glanz", "Stars", "Royals", "Mode", "Gewinnspiele",
		"Startseite>Stars>Musik>Comeback! Sängerin (71) singt wieder",
		"Comeback! Sängerin (71) singt wieder",
		"Die Sängerin gibt nach zwölf Jahren wieder ein Konzert in ihrer Heimatstadt",
		"1/3", "© Foto: Agentur", "",
		"Zwölf Jahre lang hat sie keine Bühne mehr betreten, nun kehrt die Sängerin zurück: Sie gibt im Mai ein Konzert in ihrer Heimatstadt. " +
			"Die Karten für den Abend waren in wenigen Stunden verkauft.", "",
		"Sie habe die Bühne nie vergessen, sagt die Sängerin über ihr Comeback, und singt wieder täglich, und ihre Band habe all die Jahre weiter geprobt. " +
			"Das Konzert soll aufgezeichnet und im Herbst im Fernsehen gezeigt werden.", "",
		"Weitere Termine sind noch nicht geplant.",
	}, "\n")
	wantTextTitle(t, dump, "Comeback! Sängerin (71) singt wieder")
}
