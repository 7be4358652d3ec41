package textdump

import "testing"

// TestCapitalsNoProse checks that a long line in capitals only (a menu a
// browser ran together, a row of section names) does not read as running
// text, while a sentence with a word in capitals does.
func TestCapitalsNoProse(t *testing.T) {
	cases := []struct {
		name, line string
		prose      bool
	}{
		{"Spanish menu run together", "ÚLTIMAS NOTICIAS DEL PUERTO Y DE LA CIUDADPOLÍTICAECONOMÍA DE LA REGIÓN Y EL MUNDODEPORTES DEL DÍA Y DE LA SEMANA", false},
		{"German section names", "AKTUELLES AUS DER STADT UND DEM LAND SPORT UND KULTUR AM WOCHENENDE", false},
		{"sentence with a word in capitals", "Der Rat der Stadt hat am Donnerstag mit den Stimmen der SPD und der Grünen beschlossen, den alten Fähranleger neu zu bauen.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			l := readLines(c.line)[0]
			if l.prose != c.prose {
				t.Errorf("prose = %v, want %v (%q)", l.prose, c.prose, c.line)
			}
		})
	}
}
