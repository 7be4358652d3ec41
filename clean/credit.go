package clean

import "strings"

// PhotoCredit matches an image caption's credit line: "Foto: dpa",
// "Bild: Beispiel/Agentur", "(Foto: privat)", or a caption that ends with
// its credit: "Der Hafen am Morgen. Foto: Archiv".
var PhotoCredit = TextRule{
	Name: "photo-credit",
	Match: func(s string) bool {
		t := strings.TrimSpace(s)
		if runeLen(t) > 250 {
			return false
		}
		l := strings.ToLower(strings.TrimPrefix(t, "("))
		for _, p := range creditPrefixes {
			if strings.HasPrefix(l, p) {
				rest := strings.TrimSpace(l[len(p):])
				if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "©") || strings.HasPrefix(rest, "/") {
					return runeLen(t) <= 100
				}
			}
			// A caption ending with its credit: the credit is the last
			// words of the line.
			for _, sep := range []string{" " + p + ":", "(" + p + ":", "/ " + p + ":", "| " + p + ":"} {
				if i := strings.LastIndex(l, sep); i > 0 {
					credit := l[i+len(sep):]
					if runeLen(credit) <= 60 && !strings.ContainsAny(strings.TrimRight(credit, ". )"), ".!?") {
						return true
					}
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
	titelbild
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
	źródło
	illustration
	grafik
	video
`)
