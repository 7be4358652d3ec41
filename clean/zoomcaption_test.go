package clean

import "testing"

func TestZoomCaption(t *testing.T) {
	runTextRule(t, ZoomCaption, []textRuleCase{
		{"german label glued", "Vergrößern Die neue Brücke über den Fluss am Abend", true},
		{"german note", "Der Plan der Altstadt. Zum Vergrößern auf das Bild klicken.", true},
		{"english", "Map of the harbour (click to enlarge)", true},
		{"french", "Carte du port, cliquez pour agrandir", true},
		{"verb in a sentence", "Vergrößern will die Stadt vor allem den Hafen.", false},
		{"lower-case after label", "Vergrößern lässt sich das Foto nicht.", false},
		{"plain sentence", "Die Firma will ihr Werk vergrößern und sucht Personal.", false},
	})
}
