package clean

import "testing"

func TestMoreOnTopic(t *testing.T) {
	runTextRule(t, MoreOnTopic, []textRuleCase{
		{"german topic", "Mehr zu Wasserstoff und Windkraft", true},
		{"german all news", "Alle Nachrichten aus dem Landkreis", true},
		{"german videos", "Weitere Videos", true},
		{"german more topics", "Weitere interessante Themen", true},
		{"english", "More about the harbour festival", true},
		{"spanish", "Más sobre economía", true},
		{"french linked", "Articles liés", true},
		{"discover", "Entdecke weitere Gartenideen", true},
		{"most read with site", "Die meistgelesenen Artikel bei beispiel.de/Sport", true},
		{"from the archive", ":: Aus dem Archiv: Der alte Hafen", true},
		{"sentence on the archive", "Aus dem Archiv holte der Verein alte Fotos, die nun im Rathaus hängen.", false},
		{"sentence", "Mehr zu tun gibt es im Herbst, wenn die Blätter fallen.", false},
		{"heading of the article", "Mehr Geld für die Schulen", false},
		{"long line", "Mehr über die Geschichte des alten Hafens und seiner Fischer erzählt die Ausstellung im Rathaus", false},
	})
}
