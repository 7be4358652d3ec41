package textdump

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// ratingWords name a rating and its votes.
var ratingWords = lang.WordSet(`rating ratings rated vote votes stars star bewertung bewertungen sterne stimmen
	valoración valoraciones votos estrellas note notes étoiles avis ocena oceny głosów gwiazdki`)

// ratingLine reports whether a line, whose words are ws, gives a rating: a word of ratings and
// a score out of a highest one ("4.5/5", "6.0 out of 6", "4 von 5"), as a
// rating widget shows it: "Rating: 4.5/5 (12 votes cast)", "Rated 4 out
// of 5 based on 30 ratings".
func ratingLine(ws []string) bool {
	// A word of ratings first: most lines have none, and their words
	// need no reading as figures.
	rated := false
	for _, w := range ws {
		if ratingWords[w] {
			rated = true
			break
		}
	}
	if !rated {
		return false
	}
	for i, w := range ws {
		if a, b, ok := strings.Cut(w, "/"); ok && figure(a) && figure(b) {
			return true
		}
		if i+2 < len(ws) && figure(w) && (ws[i+1] == "out" && ws[i+2] == "of" || ws[i+1] == "von" || ws[i+1] == "de" || ws[i+1] == "sur" || ws[i+1] == "na") {
			return true
		}
	}
	return false
}
