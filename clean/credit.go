package clean

import "strings"

// PhotoCredit matches an image caption's credit line: "Foto: dpa",
// "Bild: Beispiel/Agentur", "(Foto: privat)", or a caption that ends with
// its credit: "Der Hafen am Morgen. Foto: Archiv".
var PhotoCredit = TextRule{
	Name: "photo-credit",
	// Each way of matching finds a credit's label in the line.
	Gate: &Gate{Max: 250, Words: creditPrefixes},
	MatchLine: func(ln *Line) bool {
		t := strings.TrimSpace(ln.Text())
		if len(t) > 1000 || ln.runesOverTrim(t, 250) {
			return false
		}
		l := strings.TrimPrefix(strings.TrimSpace(ln.Lower()), "(")
		for _, p := range []string{"photograph by ", "photo by ", "photos by ", "foto von ", "fotos von ", "foto de ", "photo de "} {
			if strings.HasPrefix(l, p) && !ln.runesOverTrim(t, 100) && !endsSentence(t) {
				return true
			}
		}
		for _, p := range creditIndex.startingAs(l) {
			if strings.HasPrefix(l, p) {
				rest := strings.TrimSpace(l[len(p):])
				if strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "©") || strings.HasPrefix(rest, "/") {
					return !ln.runesOverTrim(t, 100) && !(p == "video" && videoTitle(rest))
				}
			}
		}
		if !strings.ContainsAny(t, ":/") && !strings.Contains(t, "©") {
			return false
		}
		// A caption ending with its credit: "…. Foto: Archiv" — the credit
		// is the last words of the line.
		i := strings.LastIndex(l, ":")
		if i <= 0 {
			return false
		}
		credit := l[i+1:]
		if runesOver(credit, 60) || strings.ContainsAny(strings.TrimRight(credit, ". )"), ".!?") {
			return false
		}
		before := strings.TrimRight(l[:i], " ")
		for _, p := range creditPrefixes {
			if strings.HasSuffix(before, p) {
				rest := strings.TrimRight(before[:len(before)-len(p)], " ")
				if rest == "" || strings.HasSuffix(rest, ".") || strings.HasSuffix(rest, "(") || strings.HasSuffix(rest, "/") ||
					strings.HasSuffix(rest, "|") || strings.HasSuffix(rest, ",") || strings.HasSuffix(before[:len(before)-len(p)], " ") {
					return true
				}
			}
		}
		return false
	},
}

// videoTitle reports whether what follows "Video:" names the video rather
// than its source: "Video: Die schönsten Tore am Sonntag" against "Video:
// dpa/Reuters". A credit is a name or two, or a path of agencies.
func videoTitle(rest string) bool {
	rest = strings.TrimLeft(rest, ": ")
	return len(strings.Fields(rest)) >= 4 && !strings.ContainsAny(rest, "/©")
}

var creditIndex = newPrefixIndex(creditPrefixes)

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
	photograph
	photographs
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
