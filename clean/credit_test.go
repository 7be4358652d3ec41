package clean

import "testing"

func TestPhotoCredit(t *testing.T) {
	runTextRule(t, PhotoCredit, []textRuleCase{
		{"german", "Foto: dpa", true},
		{"german agency path", "Bild: Beispiel/Agentur", true},
		{"english", "Photo: Jane Doe/Reuters", true},
		{"parenthesised", "(Foto: privat)", true},
		{"symbol", "Foto © Max Muster", true},
		{"spanish", "Imagen: archivo", true},
		{"polish", "Fot. Jan Kowalski", false},
		{"sentence", "Fotografie war ihre große Leidenschaft: Sie reiste um die Welt.", false},
		{"long", "Bild: " + "ein sehr langer Satz, der weitergeht und weitergeht und nicht aufhört, bis er über hundert Zeichen hat", false},
	})
}
