package clean

import "testing"

func TestReadTime(t *testing.T) {
	runTextRule(t, ReadTime, []textRuleCase{
		{"german label", "Lesezeit: 4 Minuten", true},
		{"teaser link", "weiterlesen 7 Minuten", true},
		{"english", "5 min read", true},
		{"french", "Temps de lecture : 3 min", true},
		{"german suffix", "6 Min. Lesezeit", true},
		{"polish less than a minute", "Ten tekst przeczytasz w mniej niż minutę", true},
		{"german less than a minute", "Lesezeit: weniger als eine Minute", true},
		{"recipe time", "25 Min.", false},
		{"read on", "Weiterlesen", false},
		{"sentence", "Lesezeit ist Lebenszeit, sagt sie.", false},
	})
}
