package clean

import "testing"

func TestPhotoCredit(t *testing.T) {
	runTextRule(t, PhotoCredit, []textRuleCase{
		{"german", "Foto: dpa", true},
		{"a video's source", "Video: dpa/Reuters", true},
		{"a video's title", "VIDEO: Voting on the Harbour's Future", false},
		{"a german video's title", "Video: Die schönsten Tore am Sonntag", false},
		{"german agency path", "Bild: Beispiel/Agentur", true},
		{"english", "Photo: Jane Doe/Reuters", true},
		{"parenthesised", "(Foto: privat)", true},
		{"photograph by", "Photograph by Jane Doe, Wildlife Trust", true},
		{"photo by in a sentence", "Photo by photo, the exhibition tells the story of the town.", false},
		{"caption with photograph credit", "Workers on the picket line last spring. Photograph: Jane Doe/Agency", true},
		{"symbol", "Foto © Max Muster", true},
		{"spanish", "Imagen: archivo", true},
		{"polish", "Fot. Jan Kowalski", false},
		{"caption with credit", "Der Hafen am frühen Morgen. Foto: Archiv", true},
		{"caption with source", "Pociąg na stacji, zdjęcie ilustracyjne / Źródło: Pixabay", true},
		{"caption english", "Officials at the site, photo: City archives", true},
		{"sentence mentioning a photo", "Er zeigte uns ein Foto: Darauf war das alte Haus zu sehen, bevor es abgerissen wurde. Dann ging er.", false},
		{"sentence", "Fotografie war ihre große Leidenschaft: Sie reiste um die Welt.", false},
		{"long", "Bild: " + "ein sehr langer Satz, der weitergeht und weitergeht und nicht aufhört, bis er über hundert Zeichen hat", false},
	})
}
