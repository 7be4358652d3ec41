package clean

import "testing"

func TestShareButtonLabel(t *testing.T) {
	runTextRule(t, ShareButtonLabel, []textRuleCase{
		{"share word, any network", "Click to share on Harbourlink (Opens in new window)", true},
		{"known network", "Click to share on Facebook (Opens in new window)", true},
		{"print in German", "Klicken zum Ausdrucken (Wird in neuem Fenster geöffnet)", true},
		{"mail to a friend", "Click to email a link to a friend (Opens in new window)", true},
		{"French", "Cliquez pour partager sur Twitter (s’ouvre dans une nouvelle fenêtre)", true},
		{"French straight quote", "Cliquez pour partager sur Twitter (s'ouvre dans une nouvelle fenêtre)", true},
		{"no note", "Click to share on Facebook", false},
		{"link in text", "The council published its report on the harbour (opens in new window)", false},
		{"print link in text", "You can print the form from the council's page and bring it along (opens in new window)", false},
		{"note alone", "(Opens in new window)", false},
	})
}
