package clean

import "strings"

// PhotoCredit matches an image caption's credit line: "Foto: dpa",
// "Bild: Beispiel/Agentur", "Photo: Jane Doe/Reuters", "(Foto: privat)".
var PhotoCredit = TextRule{
	Name: "photo-credit",
	Match: func(s string) bool {
		t := strings.TrimSpace(s)
		if runeLen(t) > 100 {
			return false
		}
		t = strings.TrimPrefix(t, "(")
		l := strings.ToLower(t)
		for _, p := range creditPrefixes {
			if strings.HasPrefix(l, p) {
				rest := strings.TrimSpace(l[len(p):])
				if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "©") || strings.HasPrefix(rest, "/") {
					return true
				}
			}
		}
		return false
	},
}

var creditPrefixes = phraseList(`
	foto
	fotos
	bild
	bilder
	bildquelle
	quelle
	photo
	photos
	image
	images
	picture
	credit
	credits
	photo credit
	image credit
	imagen
	imágenes
	crédito
	crédit
	crédits
	zdjęcie
	fot
	źródło
	illustration
	grafik
	video
`)
