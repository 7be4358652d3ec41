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
	return lang.SplitWords(s, wordGap)
}

// wordGap reports whether r stands between words for words.
func wordGap(r rune) bool {
	return unicode.IsSpace(r) || r == '|' || r == '/' || r == '·' || r == '•'
}

// wordsOfLower is words(s) for lower, strings.ToLower(s), made already.
func wordsOfLower(lower string) []string {
	return lang.SplitLowerWords(lower, wordGap)
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
//
// It is one pass over s, with one allocation: a dozen rules fold every line
// of a dump.
func folded(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	gap := false
	for _, r := range s {
		r = unicode.ToLower(r)
		if unicode.IsSpace(r) {
			gap = b.Len() > 0
			continue
		}
		if gap {
			b.WriteByte(' ')
			gap = false
		}
		b.WriteRune(r)
	}
	return strings.TrimFunc(b.String(), notLetter)
}

// notLetter reports whether r is no letter.
func notLetter(r rune) bool { return !unicode.IsLetter(r) }

// firstWordOf returns a folded text (or phrase) up to its first space.
func firstWordOf(f string) string {
	if i := strings.IndexByte(f, ' '); i >= 0 {
		return f[:i]
	}
	return f
}

// runeLen returns the number of characters of s.
func runeLen(s string) int { return utf8.RuneCountInString(s) }

// runesOver reports whether s has more than n characters (runeLen(s) > n)
// without counting them when its length in bytes tells: a character takes
// one to four bytes. The rules ask it of every line of a dump, long
// paragraphs included.
func runesOver(s string, n int) bool {
	switch {
	case len(s) <= n:
		return false
	case len(s) > 4*n:
		return true
	}
	return utf8.RuneCountInString(s) > n
}

// onlyWords reports whether every word of s is in vocab and at least one is
// in key (key may be nil: any word of vocab does).
func onlyWords(s string, vocab, key map[string]bool) bool {
	return onlyTheseWords(words(s), vocab, key)
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

// onlyTheseWords is onlyWords on words already split (Line.Words).
func onlyTheseWords(ws []string, vocab, key map[string]bool) bool {
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
