package textdump

import "github.com/pare-dev/pare/internal/lang"

// photoWords name a picture at the start of its credit, in the singular:
// a gallery's headline speaks of pictures ("Fotos aus dem Hafen").
var photoWords = lang.WordSet(`foto photo image bild bildquelle imagen fotografía zdjęcie fot фото снимок світлина`)

// creditWords link a picture to its source: "Foto von", "Photo by",
// "Foto de", "Фото из".
var creditWords = lang.WordSet(`by via courtesy credit von de par di da z ze od из от з від`)

// photoCredit reports whether a line, whose words are ws, opens with the credit of a picture,
// which a caption does and a headline never: "Photo by Anna Muster",
// "Foto von Max Mustermann", "Foto de archivo", "Фото из архива".
func photoCredit(ws []string) bool {
	return len(ws) >= 2 && photoWords[ws[0]] && creditWords[ws[1]]
}
