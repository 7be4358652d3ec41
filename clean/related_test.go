package clean

import "testing"

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
