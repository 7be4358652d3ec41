package clean

import "testing"

func TestCopyright(t *testing.T) {
	runTextRule(t, Copyright, []textRuleCase{
		{"symbol", "© 2024 Beispiel Verlag GmbH", true},
		{"word", "Copyright 2019 by Example Media", true},
		{"german", "Nachrichten aus der Region. Alle Rechte vorbehalten.", true},
		{"spanish", "Todos los derechos reservados", true},
		{"french", "Tous droits réservés", true},
		{"polish", "Wszelkie prawa zastrzeżone", true},
		{"inside", "Texte und Bilder © Muster", true},
		{"article", "Das Urheberrecht wurde 2019 in der EU reformiert, sagte die Expertin.", false},
	})
}
