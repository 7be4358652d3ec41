package textdump

import (
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestSiteName(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"German magazine", "HAFEN magazin", true},
		{"English blog", "Anna's Garden Blog", true},
		{"a newspaper", "Kieler Hafen Zeitung", true},
		{"a wiki", "Harbour Town Wiki", true},
		{"German tagline", "Annas Blog über Gärten, Balkone und das Leben in der Stadt", true},
		{"English tagline", "The magazine for people who love old boats", true},
		{"Spanish tagline", "El blog sobre cocina de temporada", true},
		{"a headline about a blog", "Warum ich nach zehn Jahren mit dem Blog aufhöre", false},
		{"a headline ending with a newspaper's name", "Streit um den Anleger erreicht die Zeitung", false},
		{"one word", "Blog", false},
		{"an English headline", "Harbour town votes to rebuild its old pier", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := siteName(lang.LineWords(c.line)); got != c.want {
				t.Errorf("siteName(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}
