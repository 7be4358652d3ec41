package textdump

import "testing"

func TestIsCaption(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"credit in brackets", "Die Brücke im Winter (Foto: Anna Muster)", true},
		{"credit after the caption", "Die Brücke im Winter. Foto: Anna Muster", true},
		{"German picture credit", "Bild: Anna Muster – Die Brücke im Winter", true},
		{"agency at the end", "A ferry leaves the harbour at dawn Getty Images", true},
		{"copyright sign", "Le port au petit matin © Anne Exemple", true},
		{"Spanish source", "El puerto al amanecer. Fuente: Ana Ejemplo", true},
		{"Spanish gallery counter", "Foto 1 de 1", true},
		{"German gallery counter", "Bild 3 von 10", true},
		{"English gallery counter with a slash", "Photo 2/5", true},
		{"news agency after the caption", "Un grupo de pingüinos en la Antártida. EFE", true},
		{"German agency after the caption", "Die Fähre verlässt den Hafen. dpa", true},
		{"a headline about a gallery", "Bild des Tages: 10 Fähren im Nebel", false},
		{"a headline ending with an abbreviation", "The harbour opens to ferries again. Or not", false},
		{"a headline about a photo", "Neuer Blick auf das Blue-Marble-Foto: Die Erde aus dem All", false},
		{"a headline naming a picture", "Das Bild des Jahres zeigt eine Fähre im Nebel", false},
		{"a plain headline", "Harbour town votes to rebuild its old pier", false},
		{"brackets without a credit", "Harbour town votes to rebuild its pier (again)", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := isCaption(c.line); got != c.want {
				t.Errorf("isCaption(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
