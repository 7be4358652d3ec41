package clean

import "testing"

func TestCaptionCredit(t *testing.T) {
	runTextRule(t, CaptionCredit, []textRuleCase{
		{"agency in brackets", "Die Ministerin am Montag in Brüssel (REUTERS/Anna Muster)", true},
		{"photo label in brackets", "A crowd on the square before the vote (AP Photo/Jo Smith)", true},
		{"agency files", "The new bridge over the river opened at dusk. Jo Smith/AFP files", true},
		{"library with domain", "Ein Feld im Herbst. Bild: Muster/Shutterstock.com", true},
		{"label after a long caption", "Einsatzübung: Ehrenamtliche Helferinnen und Helfer bauen am Samstag ein Zelt für hundert Menschen auf, verteilen Decken und Essen und üben, wie man Verletzte versorgt, bevor der Abend kommt. Foto: Muster/Verband", true},
		{"agency alone", "Pinguine am Strand der Insel, am Morgen des 3. März. EFE", true},
		{"agency alone, a full stop after it", "Pinguine am Strand der Insel. AFP.", true},
		{"agency in small letters", "Pinguine am Strand der Insel. afp", false},
		{"agency in capitals, no full stop before it", "Pinguine am Strand der Insel AFP", false},
		{"word in capitals", "Die Partei stellte am Montag ihr Programm vor. NEU", false},
		{"slash in brackets", "Die Einnahmen stiegen im dritten Quartal deutlich (siehe Tabelle/Grafik).", false},
		{"sentence with agency", "Das berichtete die Agentur Reuters am Dienstag unter Berufung auf Diplomaten.", false},
		{"no slash", "Der Hafen am Morgen (Archiv)", false},
		{"price per unit", "Der Preis liegt bei 3 Euro/kg. Das ist viel.", false},
	})
}
