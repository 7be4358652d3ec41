package clean

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// Line is a piece of text as the text rules read it, with the forms of it
// that several rules need (lower-cased, folded, split, counted) made on
// first use and kept: FirstMatch runs some forty rules over every line of a
// dump, and each used to make its own copy of the same forms.
//
// A Line is not safe for use by several goroutines at once.
type Line struct {
	text                string
	lower               string
	fold                string
	fields              []string
	lowerF              []string
	words               []string
	runes               int // the number of characters of text, or -1 until counted
	done                lineForms
	lowerHits, textHits uint64 // what lowerGroup and textGroup found in the lower-cased text and the text
	foldWord            string // firstWordOf(fold), made without folding when it can be
	pass, cand, known   uint64 // the bits of the gates the text passes, may pass, and is known to pass or not (mayMatch)
	shape               Shape
}

// lineForms records which forms of a Line have been made.
type lineForms uint16

const (
	hasLower lineForms = 1 << iota
	hasFold
	hasFields
	hasLowerFields
	hasWords
	hasLowerHits
	hasTextHits
	hasFoldWord
	hasGates    // its length and shape read into pass and cand
	hasStarts   // its start read into pass
	hasWordHits // its words read into pass
)

// NewLine returns the Line of text.
func NewLine(text string) Line {
	return Line{text: text, runes: -1}
}

// NewLineLower returns the Line of text whose lower-cased form and length
// the caller has made already: lower must be strings.ToLower(text) and
// runes utf8.RuneCountInString(text).
func NewLineLower(text, lower string, runes int) Line {
	return Line{text: text, lower: lower, done: hasLower, runes: runes}
}

// Text returns the text itself.
func (l *Line) Text() string { return l.text }

// Lower returns strings.ToLower(l.Text()).
func (l *Line) Lower() string {
	if l.done&hasLower == 0 {
		l.lower, l.done = lang.ToLower(l.text), l.done|hasLower
	}
	return l.lower
}

// Folded returns folded(l.Text()): lower-cased, white space folded, outer
// punctuation and counts trimmed.
func (l *Line) Folded() string {
	if l.done&hasFold == 0 {
		// folded(text), made from the lower-cased text: its white space
		// folded as folded folds it, then its ends trimmed.
		l.fold, l.done = strings.TrimFunc(lang.Collapse(l.Lower()), notLetter), l.done|hasFold
	}
	return l.fold
}

// foldedFirstWord returns firstWordOf(l.Folded()), the folded text up to
// its first space, for the rules that look a folded line up by its start:
// a rule whose phrases no line starting so can be spares folding it. When
// the lower-cased text is ASCII up to the end of that word, the word is
// read straight from it: Folded only folds white space and trims what is
// no letter at the ends.
func (l *Line) foldedFirstWord() string {
	if l.done&hasFoldWord == 0 {
		l.foldWord, l.done = foldedFirstWordOf(l), l.done|hasFoldWord
	}
	return l.foldWord
}

// foldedFirstWordOf computes foldedFirstWord.
func foldedFirstWordOf(l *Line) string {
	if l.done&hasFold != 0 {
		return firstWordOf(l.fold)
	}
	s := l.Lower()
	i, j := 0, len(s)
	for i < j && s[i] < utf8.RuneSelf && !asciiLetter(s[i]) {
		i++
	}
	for j > i && s[j-1] < utf8.RuneSelf && !asciiLetter(s[j-1]) {
		j--
	}
	if j > i && s[j-1] >= utf8.RuneSelf {
		// Whether the text ends in a letter, where Folded's trimming
		// stops, takes decoding: all of the rest may be trimmed.
		return firstWordOf(l.Folded())
	}
	// s[i:j] ends with a letter and starts with one, or with a character
	// outside ASCII that the loop below leaves to Folded.
	for k := i; k < j; k++ {
		switch c := s[k]; {
		case c >= utf8.RuneSelf:
			return firstWordOf(l.Folded())
		case c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r':
			return s[i:k]
		}
	}
	return s[i:j]
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool {
	return 'a' <= c|0x20 && c|0x20 <= 'z'
}

// Fields returns strings.Fields(l.Text()). The slice is shared: callers
// must not change it.
func (l *Line) Fields() []string {
	if l.done&hasFields == 0 {
		l.fields, l.done = strings.Fields(l.text), l.done|hasFields
	}
	return l.fields
}

// LowerFields returns strings.Fields(l.Lower()), the lower-cased Fields.
// The slice is shared: callers must not change it.
func (l *Line) LowerFields() []string {
	if l.done&hasLowerFields == 0 {
		l.lowerF, l.done = strings.Fields(l.Lower()), l.done|hasLowerFields
	}
	return l.lowerF
}

// NumFields returns len(l.Fields()), without splitting the text when it
// has not been split.
func (l *Line) NumFields() int {
	if l.done&hasFields != 0 {
		return len(l.fields)
	}
	n, in := 0, false
	for _, r := range l.text {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// Words returns words(l.Text()): lower-cased, punctuation around them
// trimmed. The slice is shared: callers must not change it.
func (l *Line) Words() []string {
	if l.done&hasWords == 0 {
		l.words, l.done = wordsOfLower(l.Lower()), l.done|hasWords
	}
	return l.words
}

// onlyWords reports onlyTheseWords(l.Words(), vocab, key) reading the
// words one at a time up to the first that vocab lacks, without splitting
// the line: most lines fail at their first word.
func (l *Line) onlyWords(vocab, key map[string]bool) bool {
	if l.done&hasWords != 0 {
		return onlyTheseWords(l.words, vocab, key)
	}
	some, found := false, key == nil
	s := l.Lower()
	for s != "" {
		// A field: what lies between runs of wordGap, as
		// strings.FieldsFunc splits, told without decoding ASCII.
		i := gapEnd(s, 0, true)
		j := gapEnd(s, i, false)
		w := lang.TrimWord(s[i:j])
		s = s[j:]
		if w == "" {
			continue
		}
		if !vocab[w] {
			return false
		}
		some = true
		found = found || key[w]
	}
	return some && found
}

// gapEnd returns the index of the first character of s from i on for
// which wordGap is not gap, or len(s).
func gapEnd(s string, i int, gap bool) int {
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			if (c == ' ' || c == '|' || c == '/' || '\t' <= c && c <= '\r') != gap {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if wordGap(r) != gap {
			return i
		}
		i += n
	}
	return i
}

// lowerHas reports whether the lower-cased text contains one of p's
// phrases, p.in(l.Lower()); the sets of lowerGroup are answered from one
// scan of the line for all of them.
func (l *Line) lowerHas(p *phraseSet) bool {
	if p.group != lowerGroup {
		return p.in(l.Lower())
	}
	if l.done&hasLowerHits == 0 {
		l.lowerHits, l.done = lowerGroup.scan(l.Lower()), l.done|hasLowerHits
	}
	return l.lowerHits&p.bit != 0
}

// lowerGroupCount returns how many of the lowerGroup sets whose bits are
// in mask the lower-cased text contains, from the line's one scan.
func (l *Line) lowerGroupCount(mask uint64) int {
	if l.done&hasLowerHits == 0 {
		l.lowerHits, l.done = lowerGroup.scan(l.Lower()), l.done|hasLowerHits
	}
	return bits.OnesCount64(l.lowerHits & mask)
}

// textHas reports whether the text contains one of p's phrases,
// p.in(l.Text()), as lowerHas does for the text as it is (textGroup).
func (l *Line) textHas(p *phraseSet) bool {
	if p.group != textGroup {
		return p.in(l.text)
	}
	if l.done&hasTextHits == 0 {
		l.textHits, l.done = textGroup.scan(l.text), l.done|hasTextHits
	}
	return l.textHits&p.bit != 0
}

// Runes returns the number of characters of the text.
func (l *Line) Runes() int {
	if l.runes < 0 {
		l.runes = utf8.RuneCountInString(l.text)
	}
	return l.runes
}

// RunesOver reports whether the text has more than n characters, counting
// them only when its length in bytes does not tell (see runesOver).
func (l *Line) RunesOver(n int) bool {
	switch {
	case len(l.text) <= n:
		return false
	case len(l.text) > 4*n:
		return true
	}
	return l.Runes() > n
}

// runesOverTrim is runesOver(t, n) for t, the text with the white space
// at its ends trimmed: the count of the text answers when nothing was
// trimmed, as in the lines of a dump.
func (l *Line) runesOverTrim(t string, n int) bool {
	if len(t) == len(l.text) {
		return l.RunesOver(n)
	}
	return runesOver(t, n)
}

// matchLine runs rule r on l with whichever of its functions it has,
// when l passes its gate.
func (r TextRule) matchLine(l *Line) bool {
	if r.Gate != nil && !l.mayMatch(r.Gate) {
		return false
	}
	return r.run(l)
}

// run runs rule r on l, its gate not asked.
func (r *TextRule) run(l *Line) bool {
	switch {
	case r.MatchLine != nil:
		return r.MatchLine(l)
	case r.MatchLower != nil:
		return r.MatchLower(l.text, l.Lower())
	}
	return r.Match(l.text)
}

// FirstMatchLine is FirstMatch on a Line, whose forms the caller may have
// made already or may read afterwards.
//
// It reads all that the gates ask of l at once (Line.readAll): the first
// rule with a gate asks for the line's words, which tell every gate's
// answer, so reading them all first costs nothing more, and the loop over
// the rules is then a test of a bit each.
func FirstMatchLine(l *Line, rules []TextRule) (TextRule, bool) {
	fail := ^l.readAll()
	for i := range rules {
		r := &rules[i]
		if r.gate&fail != 0 {
			continue
		}
		// A gate with no bit is no gate of gatedRules: it lets every
		// line through (readFor).
		if g := r.Gate; r.gate == 0 && g != nil && g.bit&fail != 0 {
			continue
		}
		if r.run(l) {
			return *r, true
		}
	}
	return TextRule{}, false
}
