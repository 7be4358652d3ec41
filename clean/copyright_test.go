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
		{"licence", "Unless noted otherwise, this work is licensed under a Creative Commons Attribution 4.0 License.", true},
		{"german licence", "Alle Texte dieser Seite stehen unter einer Creative-Commons-Lizenz.", true},
		{"about the licences", "Creative Commons wurde 2001 in den USA gegründet, sagte die Sprecherin.", false},
		{"article", "Das Urheberrecht wurde 2019 in der EU reformiert, sagte die Expertin.", false},
	})
}
