package clean

import "testing"

func TestTeaser(t *testing.T) {
	runTextRule(t, Teaser, []textRuleCase{
		{"double arrows", ">> Neuer Park am Fluss: Die Stadt legt los <<", true},
		{"trailing arrows", "Mehr dazu in unserer aktuellen Ausgabe >>>", true},
		{"comparison in text", "Der Wert ist deutlich größer als erwartet, sagte sie.", false},
		{"python prompt", ">>> def foo(bar=[]): # bar is optional", false},
		{"link between triple arrows", ">>> Jetzt die neue Ausgabe bestellen! <<<", true},
		{"cut word", "Die Stadt plant einen neuen Park am Fluss, der im kommenden Frühjahr eröffn…", true},
		{"three dots", "The council said the new bridge would open by the end of the yea...", true},
		{"read more", "Alles über den Umbau des Bahnhofs … Weiterlesen", true},
		{"bracketed", "Il progetto è stato presentato ieri in consiglio […]", true},
		{"author's ellipsis", "Und dann kam alles ganz anders …", false},
		{"sentence then ellipsis", "Wir warten ab. Mal sehen...", false},
		{"short", "Mehr…", false},
	})
}
