package clean

import "testing"

func TestRelatedHeading(t *testing.T) {
	runTextRule(t, RelatedHeading, []textRuleCase{
		{"german similar", "Ähnliche Beiträge", true},
		{"german more", "Mehr zum Thema", true},
		{"german question", "Das könnte Sie auch interessieren:", true},
		{"english", "You may also like", true},
		{"french", "À lire aussi", true},
		{"spanish", "Noticias relacionadas", true},
		{"polish", "Zobacz także", true},
		{"word prefix only", "Relatedness of species", false},
		{"sentence", "Mehr zum Thema Wohnungsbau will die Ministerin im Herbst vorstellen, kündigte sie an.", false},
	})
}
