package clean

import (
	"strings"
	"testing"
)

func TestFigureCaption(t *testing.T) {
	runTextRule(t, FigureCaption, []textRuleCase{
		{"numbered German figure", "Abbildung 7: typische Hangneigung.", true},
		{"abbreviated", "Abb. 2: Der Hafen im Jahr 1900", true},
		{"unnumbered chart", "Grafik: Wahlbeteiligung seit 1990", true},
		{"English figure", "Figure 3: Error rate against training time", true},
		{"Spanish figure", "Figura 1: Evolución de los precios", true},
		{"a sentence about a figure", "Figure 3 shows how the error rate falls with training time.", false},
		{"a label alone", "Abbildung:", false},
		{"a word that starts like a label", "Graphics cards: what to buy in 2024 and why prices are falling again", false},
		{"a long paragraph", "Abbildung 4: " + strings.Repeat("eine lange Beschreibung der Grafik und ihrer Achsen, ", 5), false},
	})
}
