package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestPhotoCredit(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"English", "Photo by Anna Muster on a stock site", true},
		{"German", "Foto von Max Mustermann, Hafenamt", true},
		{"Spanish", "Foto de archivo de la alcaldía", true},
		{"Polish", "Zdjęcie z archiwum portu", true},
		{"Russian", "Фото из архива порта", true},
		{"a gallery's headline", "Fotos aus dem alten Hafen", false},
		{"a headline about a photo", "Das Foto, das die Stadt bewegte", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := photoCredit(lang.LineWords(c.line)); got != c.want {
				t.Errorf("photoCredit(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
