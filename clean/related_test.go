package clean

import (
	"strings"
	"testing"
)

func TestRelatedHeading(t *testing.T) {
	runTextRule(t, RelatedHeading, []textRuleCase{
		{"german similar", "Ähnliche Beiträge", true},
		{"german more", "Mehr zum Thema", true},
		{"german latest", "Letzte Artikel", true},
		{"german question", "Das könnte Sie auch interessieren:", true},
		{"english", "You may also like", true},
		{"french", "À lire aussi", true},
		{"spanish", "Noticias relacionadas", true},
		{"polish", "Zobacz także", true},
		{"explore further", "Explore further", true},
		{"count", "Ähnliche Beiträge (4)", true},
		{"longer phrase over its start", "Related posts", true},
		{"rioplatense see also", "Mirá también", true},
		{"german read too", "Auch lesen:", true},
		{"portuguese", "Veja também", true},
		{"french liked", "Vous aimerez aussi", true},
		{"german recommended", "Die Redaktion empfiehlt", true},
		{"heading with a colon", "Lesen Sie auch diese Beiträge:", true},
		{"link is not a heading", "Lesen Sie auch: Die Bahn streikt wieder", false},
		{"word prefix only", "Relatedness of species", false},
		{"sentence", "Mehr zum Thema Wohnungsbau will die Ministerin im Herbst vorstellen, kündigte sie an.", false},
	})
}

func TestRelatedLink(t *testing.T) {
	runTextRule(t, RelatedLink, []textRuleCase{
		{"german", "Lesen Sie auch: Die Bahn streikt wieder", true},
		{"german here", "Lesen Sie hier: Neue Radwege für die Altstadt", true},
		{"polish", "Dowiedz się więcej: Nowy most nad rzeką", true},
		{"english", "Read more: A new law for old bridges", true},
		{"spanish", "PUEDES VER: ¿Qué pasó en la cumbre?", true},
		{"spanish see also", "VEA TAMBIÉN: Entre lluvias y calor, la semana en la ciudad", true},
		{"arrow", "Mehr zum Thema » Wohnungsbau in der Stadt", true},
		{"heading alone", "Lesen Sie auch", false},
		{"sentence", "Read more carefully: the contract has a second page that nobody saw, the lawyer said.", false},
	})
}

// TestRelatedMayStart checks that the quick test lets every heading
// through, as it stands and with its white space unfolded, and stops a
// line that starts with none.
func TestRelatedMayStart(t *testing.T) {
	for _, p := range relatedHeadings {
		t.Run(p, func(t *testing.T) {
			for _, l := range []string{p, p + ": weiter", strings.Replace(p, " ", "  ", 1), strings.Replace(p, " ", "\t", 1)} {
				if !relatedMayStart(l) {
					t.Errorf("relatedMayStart(%q) = false", l)
				}
			}
		})
	}
	tests := []struct {
		l    string
		want bool
	}{
		{"quiet streets at night", false},
		{"x", false},
		{"zwölf bäume fallen", true}, // a first word outside ASCII: the full test decides
	}
	for _, tt := range tests {
		t.Run(tt.l, func(t *testing.T) {
			if got := relatedMayStart(tt.l); got != tt.want {
				t.Errorf("relatedMayStart(%q) = %v, want %v", tt.l, got, tt.want)
			}
		})
	}
}
