package clean

import "testing"

func TestSiteCredits(t *testing.T) {
	runTextRule(t, SiteCredits, []textRuleCase{
		{"german design", "Design von Anna Muster. Icons von Tom Beispiel.", true},
		{"powered by", "Powered by WordPress | Theme: Harbour by Example Studio", true},
		{"licence", "Sofern nicht anders angegeben, stehen die Inhalte dieser Website unter CC BY 4.0", true},
		{"english licence", "Unless otherwise noted, content on this site is licensed under CC BY-SA.", true},
		{"disclaimer", "The Valley Post is not responsible for the opinions expressed by contributors.", true},
		{"sentence opening with design", "Design von Autos hat sich in den letzten Jahrzehnten stark verändert.", false},
		{"article on design", "Das Design von Autos hat sich in den letzten Jahrzehnten stark verändert, sagen Fachleute.", false},
		{"powered by in a sentence", "Der Bus wird von einem Elektromotor angetrieben und ist powered by Sonnenstrom, wirbt die Stadt.", false},
	})
}
