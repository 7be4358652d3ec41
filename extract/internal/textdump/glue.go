package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// unglueTitle takes apart what a text browser set on the headline's line
// with it, when the page had them in separate elements without a space
// between: a kicker before a spaced colon ("Kicker : Headline",
// "Kicker :Headline"), a kicker before a quotation ("Kicker"Quoted
// headline"), breadcrumb entries run together ("HomeNewsHeadline"), and a
// headline doubled ("Site - HeadlineHeadline"). A French spaced colon is
// the language's own and stays.
func unglueTitle(t string) string {
	if h, ok := doubledTail(t); ok {
		t = h
	}
	if i := strings.LastIndex(t, " :"); i > 0 && !frenchLine(t) {
		head, rest := t[:i], strings.TrimSpace(t[i+2:])
		if len(strings.Fields(head)) <= 8 && len(strings.Fields(rest)) >= 3 && startsUpper(rest) {
			t = rest
		}
	}
	if rest, ok := afterGluedQuote(t); ok {
		t = rest
	}
	if rest, ok := afterGluedCrumbs(t); ok {
		t = rest
	}
	return t
}

// doubledTail finds a line that ends with the same words twice, glued:
// "Site - Some HeadlineSome Headline" → "Some Headline". The doubled part
// must run to three words or more.
func doubledTail(t string) (string, bool) {
	// A tail longer than half of t cannot stand twice: start at half.
	for i := max(1, len(t)-len(t)/2); i < len(t); i++ {
		if !utf8.RuneStart(t[i]) {
			continue
		}
		tail := t[i:]
		if len(tail)*2 > len(t) || t[i-1] != t[len(t)-1] {
			continue
		}
		if strings.HasSuffix(t[:i], tail) && len(strings.Fields(tail)) >= 3 {
			return tail, true
		}
	}
	return "", false
}

// afterGluedQuote returns the quotation that a short kicker is glued to:
// `Die Zukunft der Arbeit"Wir dekorieren um"` → `"Wir dekorieren um"`.
func afterGluedQuote(t string) (string, bool) {
	const quotes = "\"„“”«»"
	i := strings.IndexAny(t, quotes)
	if i <= 0 {
		return "", false
	}
	prev, _ := utf8.DecodeLastRuneInString(t[:i])
	q, n := utf8.DecodeRuneInString(t[i:])
	next, _ := utf8.DecodeRuneInString(t[i+n:])
	if !unicode.IsLetter(prev) || !unicode.IsUpper(next) || q == '”' || q == '»' {
		return "", false
	}
	head, rest := t[:i], t[i:]
	if !strings.ContainsAny(rest[n:], quotes) {
		return "", false // no closing quote: the mark closes a quotation
	}
	if k := len(strings.Fields(head)); k >= 1 && k <= 6 && len(strings.Fields(rest)) >= 3 {
		return rest, true
	}
	return "", false
}

// afterGluedCrumbs returns what follows breadcrumb entries run together at
// the start of a line: "StartseiteKulturDrei Nüsse" → "Drei Nüsse". The
// first word must change from a small to a capital letter twice, which a
// word of its own ("iPhone", "MedienpädagogIn") rarely does.
func afterGluedCrumbs(t string) (string, bool) {
	word, _, _ := strings.Cut(t, " ")
	cuts, last := 0, 0
	var prev rune
	for i, r := range word {
		if i > 0 && unicode.IsLower(prev) && unicode.IsUpper(r) {
			cuts++
			last = i
		}
		prev = r
	}
	if cuts < 2 || len(strings.Fields(t)) < 3 {
		return "", false
	}
	return t[last:], true
}

// startsUpper reports whether s begins with a capital letter or a figure.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// frenchLine reports whether the stop words of s are mostly French, whose
// typography sets a space before a colon.
func frenchLine(s string) bool {
	fr, other := 0, 0
	for _, w := range lang.LineWords(s) {
		langs := lang.StopLangs[w]
		if langs == nil {
			continue
		}
		isFr := false
		for _, l := range langs {
			if l == "fr" {
				isFr = true
			}
		}
		if isFr {
			fr++
		} else {
			other++
		}
	}
	return fr > 0 && fr >= other
}
