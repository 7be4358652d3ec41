package clean

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// words returns the words of s, lower-cased, with the punctuation around
// them trimmed; a word keeps inner hyphens, dots and apostrophes ("e-mail").
func words(s string) []string {
	return lang.SplitWords(s, func(r rune) bool {
		return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•'
	})
}

// phraseList splits a list of phrases, one a line, lower-cased and with
// white space folded.
func phraseList(list string) []string {
	var out []string
	for _, l := range strings.Split(list, "\n") {
		if l = strings.Join(strings.Fields(strings.ToLower(l)), " "); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// folded returns s lower-cased, white space folded, outer punctuation and
// counts trimmed: "  3 Kommentare: " → "kommentare".
func folded(s string) string {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	return strings.TrimFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r)
	})
}

// runeLen returns the number of characters of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// onlyWords reports whether every word of s is in vocab and at least one is
// in key (key may be nil: any word of vocab does).
func onlyWords(s string, vocab, key map[string]bool) bool {
	ws := words(s)
	if len(ws) == 0 {
		return false
	}
	found := key == nil
	for _, w := range ws {
		if !vocab[w] {
			return false
		}
		if key != nil && key[w] {
			found = true
		}
	}
	return found
}

// startsWithAny reports whether the folded text starts with one of the
// phrases, followed by the end or a non-letter.
func startsWithAny(f string, phrases []string) bool {
	for _, p := range phrases {
		if strings.HasPrefix(f, p) {
			rest := f[len(p):]
			if r, _ := utf8.DecodeRuneInString(rest); rest == "" || !unicode.IsLetter(r) {
				return true
			}
		}
	}
	return false
}

// containsAny reports whether s contains one of the substrings.
func containsAny(s string, subs ...string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}
