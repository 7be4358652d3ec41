package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// AuthorBio matches the short biography of the author set under an article:
// "Ich bin Anna, Gärtnerin und Autorin dieses Blogs…", "Jane Doe writes
// about science for…", "Max Muster ist Redakteur im Ressort…".
var AuthorBio = TextRule{
	Name: "author-bio",
	// Past its openings, a biography starts with a capital and has
	// "is", "ist" or a verb of bioVerbs as a word, between spaces; the
	// gates read ASCII blanks as spaces (blankAutomaton), and a line
	// with other white space passes.
	Gate: &Gate{Max: 600, Prefixes: bioPrefixes, Words: bioWords, WordsNeed: UpperStart},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		if !ln.RunesOver(19) || ln.RunesOver(600) {
			return false
		}
		l := ln.Lower()
		l = strings.TrimLeftFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
		for _, p := range bioSelf {
			if strings.HasPrefix(l, p) && strings.Contains(l[len(p):], ",") && startsWithName(s[len(p):]) {
				return true
			}
		}
		// "First Last writes about…": two or three capitalised words, then
		// a verb that introduces a person.
		for _, p := range bioAuthor {
			// A headline may name the author too: "Die Autorin Anna
			// Muster im Gespräch über ihren Roman" ends no sentence.
			if strings.HasPrefix(l, p) && (endsSentence(s) || ln.NumFields() <= 4) {
				return true
			}
		}
		// Every test below needs a capitalised first word: spare
		// splitting the lines that do not start with a capital.
		if !startsUpper(s) {
			return false
		}
		// and three words at least, the second capitalised or "is",
		// "ist", and "is", "ist" or a verb of bioVerbs second to fourth.
		var four [4]string
		if f := lang.FieldsInto(four[:0], s); len(f) < 3 || f[1] != "is" && f[1] != "ist" && !allCapitalised(f[1:2]) || !bioTurn(f[1:]) {
			return false
		}
		// The tests below read the first nine words at most.
		var wa, la [9]string
		ws, lws := lang.FieldsInto(wa[:0], s), lang.FieldsInto(la[:0], ln.Lower()) // lws[i] is strings.ToLower(ws[i])
		if len(ws) > 0 && bioNotNames[lws[0]] {
			return false // "The Bod Pod is a…" names a thing
		}
		// "Jake is the co-founder of…", "Inga ist Head of Social…": one
		// name will do when a role follows.
		if len(ws) > 3 && allCapitalised(ws[:1]) && !strings.ContainsAny(ws[0], ",;:") {
			if ws[1] == "is" && bioArticles[lws[2]] && bioRoles[strings.Trim(lws[3], ",")] ||
				ws[1] == "ist" && bioRoles[lws[2]] {
				return true
			}
		}
		for k := 2; k <= 3 && k < len(ws); k++ {
			if !allCapitalised(ws[:k]) || strings.ContainsAny(ws[k-2], ",;:") {
				break // "Today, Argentina is a…" is no name
			}
			if bioVerbs[lws[k]] {
				// "Jane Doe writes that…", "As Tom Muster reports in
				// the paper:" quote someone in the article's text.
				return !reportsSpeech(s, ws[k+1:])
			}
			// "Jane Doe is a senior writer…", "Max Muster ist Redakteur…".
			if k+1 < len(ws) && (ws[k] == "is" && bioArticles[lws[k+1]] && roleWithin(ws[k+2:], 4) || ws[k] == "ist" && bioRoles[lws[k+1]]) {
				return true
			}
		}
		return false
	},
}

// bioSelf open a biography in the first person, bioAuthor one about
// "the author"; bioPrefixes are both.
var (
	bioSelf     = []string{"hallo, ich bin ", "hallo! ich bin ", "hi, i'm ", "hi, ich bin ", "ich bin ", "hej! ", "hallo ihr lieben, ich bin "}
	bioAuthor   = []string{"der autor ", "die autorin ", "unser autor ", "unsere autorin ", "the author ", "l'auteur ", "l’auteur ", "l'autrice ", "el autor ", "la autora "}
	bioPrefixes = joined(bioSelf, bioAuthor)
	bioWords    = func() []string {
		w := []string{" is ", " ist "}
		for _, v := range keysOf(bioVerbs) {
			w = append(w, " "+v)
		}
		for r := rune(0x80); r <= 0x3000; r++ {
			if unicode.IsSpace(r) {
				w = append(w, string(r))
			}
		}
		return w
	}()
)

// bioTurn reports whether one of the words is "is", "ist" or, lower-cased,
// one of the bioVerbs: where a biography turns from the name to the person.
func bioTurn(ws []string) bool {
	var buf [24]byte
	for _, w := range ws {
		if w == "is" || w == "ist" {
			return true
		}
		if len(w) <= len(buf) && lang.IsASCII(w) {
			// Lowered on the stack: no copy for the look-up.
			if bioVerbs[string(lang.LowerASCII(buf[:], w))] {
				return true
			}
		} else if bioVerbs[lang.ToLower(w)] {
			return true
		}
	}
	return false
}

// reportsSpeech reports whether a line that names a person before a verb
// of writing quotes what they wrote rather than presents them: a clause
// follows the verb ("writes that", "schreibt, dass"), or the line ends
// in a colon that opens a quote.
func reportsSpeech(s string, after []string) bool {
	if strings.HasSuffix(strings.TrimSpace(s), ":") {
		return true
	}
	return len(after) > 0 && speechWords[strings.Trim(strings.ToLower(after[0]), ",")]
}

// speechWords open what a person wrote or said: "that", "dass", "que"…
var speechWords = lang.WordSet(`that dass daß que che że`)

var bioVerbs = lang.WordSet(`writes covers reports leitet schreibt arbeitet beschäftigt studierte berichtet lehrt
	escribe trabaja écrit travaille scrive pisze`)

// bioNotNames open a sentence about a thing, not a person: articles,
// demonstratives, question words and pronouns.
var bioNotNames = lang.WordSet(`the this that these a an der die das dieser diese dieses ein eine
	el la los las le les un una une il lo gli de het een ten
	was wer wie wo warum what who how why where it he she es er sie wir`)

// bioArticles follow "is" in an English biography: "is a professor".
var bioArticles = lang.WordSet(`a an the`)

// bioRoles follow "ist" in a German biography ("ist Redakteurin"), or
// "is the" in an English one with a first name only ("is the founder").
var bioRoles = lang.WordSet(`redakteur redakteurin autor autorin journalist journalistin reporter reporterin
	korrespondent korrespondentin professor professorin chefredakteur chefredakteurin freier freie
	politikwissenschaftler politikwissenschaftlerin historiker historikerin
	gründer gründerin mitgründer mitgründerin head chef leiter leiterin inhaber inhaberin
	geschäftsführer geschäftsführerin volontär volontärin
	founder co-founder cofounder editor writer author journalist reporter correspondent columnist`)

// startsWithName reports whether s begins with a capitalised word.
func startsWithName(s string) bool {
	for _, r := range strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		return unicode.IsUpper(r)
	}
	return false
}

// startsUpper reports whether the first field of s (strings.Fields)
// begins with a capital letter, as allCapitalised asks of it.
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf && !blankByte(s[0]) {
		return 'A' <= s[0] && s[0] <= 'Z' // an ASCII start, no white space before it
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(s, unicode.IsSpace))
	return unicode.IsUpper(r)
}

// allCapitalised reports whether every word begins with a capital letter.
func allCapitalised(ws []string) bool {
	for _, w := range ws {
		// Two characters at least, the first a capital.
		if r, n := utf8.DecodeRuneInString(w); n == len(w) || !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// roleWithin reports whether one of the first n words names a person's
// role: "(is a) senior writer", "(is an) award-winning author".
func roleWithin(ws []string, n int) bool {
	for i, w := range ws {
		if i >= n {
			break
		}
		if bioRoles[strings.Trim(strings.ToLower(w), ".,;:")] || englishRoles[strings.Trim(strings.ToLower(w), ".,;:")] {
			return true
		}
	}
	return false
}

// englishRoles are the roles an English biography gives its subject.
var englishRoles = lang.WordSet(`writer writers editor journalist reporter author correspondent columnist photographer
	professor researcher student founder co-founder producer contributor blogger designer developer engineer
	scientist historian consultant expert lecturer director manager lawyer doctor teacher coach mom mother
	father dad analyst fellow graduate member host novelist poet critic`)
