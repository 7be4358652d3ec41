package clean

import "testing"

func TestMoreLink(t *testing.T) {
	runTextRule(t, MoreLink, []textRuleCase{
		{"german", "mehr: Neue Radwege für die Altstadt", true},
		{"english capitals", "MORE: Council backs the harbour plan", true},
		{"read on", "Weiterlesen: Warum der Zug später kommt", true},
		{"glued", "More:Why the river rose", true},
		{"label alone", "mehr:", false},
		{"sentence", "Mehr als die Hälfte der Befragten ist zufrieden.", false},
		{"lower-case after colon", "Mehr: das wollen viele, aber nicht alle.", false},
	})
}
