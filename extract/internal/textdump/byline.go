package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// isByline reports whether a line is a byline.
func isByline(s string) bool {
	_, ok := bylineName(s)
	return ok
}

// bylineName reads the name of a byline, dropping what follows it (a date
// with the word that leads into it, dropDateLead; a place).
func bylineName(s string) (string, bool) {
	if s == "" || s[0] < utf8.RuneSelf && !bylineStarts[s[0]] {
		return "", false // no prefix can open it: spare lowering its head
	}
	if p, ok := bylinePrefix(s); ok {
		name := s[len(p):]
		if i := strings.IndexAny(name, "|,·•("); i >= 0 {
			name = name[:i]
		}
		if i := strings.Index(name, " - "); i >= 0 {
			name = name[:i]
		}
		if _, start, _, ok := dates.FindTextDate(name); ok {
			name = dropDateLead(name[:start])
		}
		name = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(name), "und"))
		ws := strings.Fields(name)
		if len(ws) == 0 || len(ws) > 5 {
			return "", false
		}
		for _, w := range ws {
			if lang.StopLangs[lang.ToLower(w)] != nil && len(ws) <= 2 {
				return "", false
			}
		}
		return name, true
	}
	return "", false
}

// bylinePrefix returns the first of lang.BylinePrefixes that the
// lower-cased s starts with. A head of s in ASCII is lowered in a buffer on
// the stack; any other goes through lowerHead.
func bylinePrefix(s string) (string, bool) {
	var buf [32]byte
	if bylinePrefixLen > len(buf) {
		return bylinePrefixOf(lowerHead(s, bylinePrefixLen))
	}
	n := min(len(s), bylinePrefixLen)
	head := buf[:n]
	for i := range head {
		c := s[i]
		if c >= utf8.RuneSelf {
			return bylinePrefixOf(lowerHead(s, bylinePrefixLen))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		head[i] = c
	}
	if n == 0 {
		return bylinePrefixOf("")
	}
	// Only the prefixes that start as the head does, in their order.
	for _, p := range bylineByFirst[head[0]] {
		if len(p) <= n && string(head[:len(p)]) == p {
			return p, true
		}
	}
	return "", false
}

// bylineByFirst holds lang.BylinePrefixes by their first byte, each list
// in their order; an empty prefix, which every text starts with, would
// stand in every list.
var bylineByFirst = func() (t [256][]string) {
	for _, p := range lang.BylinePrefixes {
		if p == "" {
			for c := range t {
				t[c] = append(t[c], p)
			}
			continue
		}
		t[p[0]] = append(t[p[0]], p)
	}
	return t
}()

// bylinePrefixOf returns the first of lang.BylinePrefixes that l, lowered
// already, starts with.
func bylinePrefixOf(l string) (string, bool) {
	for _, p := range lang.BylinePrefixes {
		if strings.HasPrefix(l, p) {
			return p, true
		}
	}
	return "", false
}

// bylinePrefixLen is the length of the longest of lang.BylinePrefixes.
var bylinePrefixLen = func() int {
	n := 0
	for _, p := range lang.BylinePrefixes {
		n = max(n, len(p))
	}
	return n
}()

// bylineStarts holds the ASCII bytes, in either case, that a line whose
// lower-cased head starts with one of lang.BylinePrefixes may start with.
var bylineStarts = func() (t [utf8.RuneSelf]bool) {
	for _, p := range lang.BylinePrefixes {
		t[p[0]] = true
		t[unicode.ToUpper(rune(p[0]))] = true
	}
	return t
}()

// lowerHead returns strings.ToLower of the first n characters of s, which
// begins with lang.ToLower(s)'s first n bytes at least (a character
// lowers to one byte or more): enough to tell whether the lower-cased s
// begins with a phrase of n bytes or fewer, without lowering all of a long
// line, as bylineName does for every line near a headline.
func lowerHead(s string, n int) string {
	for i := range s {
		if n == 0 {
			return lang.ToLower(s[:i])
		}
		n--
	}
	return lang.ToLower(s)
}

// findAuthor returns the byline near the headline: its line index and the
// name, or -1.
func findAuthor(lines []textLine, anchor, start int) (int, string) {
	lo := max(0, anchor-6)
	hi := min(len(lines), max(anchor, start)+4)
	for i := lo; i < hi; i++ {
		t := lines[i].text
		if lines[i].runes > 80 {
			continue
		}
		if name, ok := bylineName(t); ok {
			return i, name
		}
		// A date line that names its author: "Posted on May 3, 2021 by Sam".
		if _, _, end, ok := dates.FindTextDate(t); ok && lines[i].date {
			if name, ok := bylineName(strings.TrimLeft(t[end:], " ,")); ok {
				return -1, name
			}
		}
		switch lang.ToLower(strings.TrimSuffix(t, ":")) {
		case "von", "by", "por", "par", "autor", "author":
			if i+1 < len(lines) && lines[i+1].words <= 5 && lines[i+1].words > 0 && !lines[i+1].prose {
				return i, lines[i+1].text
			}
		}
	}
	return -1, ""
}

// isCaption reports whether a line reads as an image caption with its
// credit: "Die Brücke im Winter (Foto: Muster)", "Die Brücke im Winter.
// Foto: Muster", "A bridge in winter Getty Images", "A bridge in winter.
// AFP", or as a gallery's counter: "Foto 1 de 5".
func isCaption(s string) bool {
	if hasCredit(s) || galleryCounter(s) || agencyCredit(s) {
		return true
	}
	if !strings.HasSuffix(s, ")") {
		return false
	}
	i := strings.LastIndex(s, "(")
	if i < 0 {
		return false
	}
	in := lang.ToLower(s[i:])
	return strings.Contains(in, "©") || strings.Contains(in, ":") || strings.Contains(in, "/") ||
		strings.Contains(in, "foto") || strings.Contains(in, "photo") || strings.Contains(in, "bild") ||
		strings.Contains(in, "image") || strings.Contains(in, "links") || strings.Contains(in, "rechts") ||
		strings.Contains(in, "archiv")
}

// creditMarks name or introduce the credit of a picture.
var creditMarks = []string{"foto:", "fotos:", "bild:", "photo:", "photo by", "image:", "credit:", "crédit", "quelle:",
	"fuente:", "zdjęcie:", "©", "(c) ", "getty images", "gettyimages", "shutterstock", "istock", "stock.adobe", "adobe stock"}

// hasCredit reports whether a line holds a picture's credit, which a
// headline never does.
func hasCredit(s string) bool {
	l := lang.ToLower(s)
	for _, m := range creditMarks {
		for from := 0; ; {
			i := strings.Index(l[from:], m)
			if i < 0 {
				break
			}
			i += from
			// A word of its own: "Foto: X", not "Blue-Marble-Foto: X".
			if r, _ := utf8.DecodeLastRuneInString(l[:i]); i == 0 || !unicode.IsLetter(r) && r != '-' {
				return true
			}
			from = i + len(m)
		}
	}
	return false
}

// personLike reports whether a line reads as a person's name: two or three
// capitalised words, no small words, no figures.
// Its words are read in place, not split into a list.
func personLike(l textLine) bool {
	if l.stops > 0 || dates.HasDigit(l.text) {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(l.text) {
		if n++; n > 3 {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return n >= 2
}

// actionWords open the label of a button or a link.
var actionWords = lang.WordSet(`jetzt zum zur hier mehr alle click read get sign try learn discover shop buy
	entdecke entdecken sichern bestellen kaufen lesen ansehen anmelden registrieren download herunterladen
	descubre compra lee découvrez achetez lire zobacz sprawdź kup`)
