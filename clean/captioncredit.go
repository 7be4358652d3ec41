package clean

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// CaptionCredit matches an image caption that ends with its credit, a
// photographer and an agency or a picture library set apart by a slash:
// "Der Hafen am Morgen (REUTERS/Anna Muster)", "The new bridge at dusk.
// Jo Smith/AFP files", "Ein Feld im Herbst. Bild: Muster/Shutterstock.com",
// and such a credit after a longer caption than PhotoCredit judges. An
// article's sentence does not end with a credit.
var CaptionCredit = TextRule{
	Name: "caption-credit",
	// A credit with a slash, or an agency's name after a sentence.
	Gate: &Gate{Max: 400, Words: append([]string{"/"}, agencyAfterSentence...)},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		t := strings.TrimSpace(s)
		if len(t) > 2000 || ln.runesOverTrim(t, 400) {
			return false
		}
		if !strings.Contains(t, "/") {
			return agencyAfter(t)
		}
		// A credit in brackets closing the line.
		if strings.HasSuffix(t, ")") {
			if i := strings.LastIndex(t, "("); i > 0 {
				c := t[i+1 : len(t)-1]
				return !runesOver(c, 60) && strings.Contains(c, "/") && (agencyCredit(c) || creditLabel(c))
			}
		}
		// A credit after the caption's last sentence.
		i := strings.LastIndex(t, ". ")
		if i < 0 {
			return false
		}
		c := strings.TrimRight(t[i+2:], ". ")
		return !runesOver(c, 60) && strings.Contains(c, "/") && (agencyCredit(c) || creditLabel(c))
	},
}

// agencyAfter reports whether a short caption ends with an agency's name
// alone after its sentence: "Die Bucht am Morgen. EFE".
func agencyAfter(t string) bool {
	// The agency is the line's last word (what follows the last ". " and
	// holds no space is what follows the last space): one that starts
	// with a small letter is no word in capitals.
	u := strings.TrimRight(t, ". ")
	if w := u[strings.LastIndexByte(u, ' ')+1:]; w == "" || 'a' <= w[0] && w[0] <= 'z' {
		return false
	}
	i := strings.LastIndex(t, ". ")
	if i < 0 || runesOver(t, 200) {
		return false
	}
	c := strings.TrimRight(t[i+2:], ". ")
	if c == "" || strings.Contains(c, " ") || strings.ToUpper(c) != c {
		return false // one word in capitals: "EFE", "AFP"
	}
	return agencies[strings.ToLower(c)]
}

// creditLabel reports whether c opens with a credit's label and a colon:
// "Foto: Muster/Agentur".
func creditLabel(c string) bool {
	l := strings.ToLower(c)
	for _, p := range creditPrefixes {
		if strings.HasPrefix(l, p) && strings.HasPrefix(strings.TrimLeft(l[len(p):], " "), ":") {
			return true
		}
	}
	return false
}

// agencyCredit reports whether c names a news agency or a picture library
// as one of its words: "REUTERS/Anna Muster", "Jo Smith/AFP files".
func agencyCredit(c string) bool {
	for _, w := range words(c) {
		if agencies[strings.TrimSuffix(w, ".com")] {
			return true
		}
	}
	return false
}

// agencyAfterSentence are the agencies' names after a sentence's end, as
// agencyAfter finds them in a lower-cased line.
var agencyAfterSentence = func() []string {
	var out []string
	for _, a := range keysOf(agencies) {
		out = append(out, ". "+a)
	}
	return out
}()

var agencies = lang.WordSet(`
	reuters afp ap dpa efe epa getty imago keystone apa ansa xinhua anadolu
	shutterstock istock istockphoto alamy depositphotos unsplash pixabay
`)
