package textdump

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
)

// The headline model's lexical features: the words a candidate opens and
// closes with, and those its neighbours open with, say much of what a
// line is (a caption opens with a credit's word, a bio closes with its
// trade, a promotion opens with a call), in whatever language the corpora
// hold. No list names them: each word, lower-cased, is hashed into one of
// a few hundred buckets of its block (lexBucket), and the model learns a
// weight per bucket (headlineLex, fitted by ./train under a stronger L2
// than the other features). A word with a digit counts as "#".
const (
	lexFirst     = iota // the candidate's first word
	lexFirstTwo         // its first two words
	lexLast             // its last word
	lexPrevFirst        // the first word of the line above it
	lexNextFirst        // the first word of the line under it
	lexBlocks
)

// lexBlockNames name the blocks, as --explain and the trainer show them.
var lexBlockNames = [lexBlocks]string{"first-word", "first-two-words", "last-word", "prev-first-word", "next-first-word"}

// LexBlockNames returns the names of the lexical blocks, in order.
func LexBlockNames() []string { return append([]string(nil), lexBlockNames[:]...) }

// lexKeys returns the words of each block for candidate c of line i ("" where
// there is none): the words of its weighed text (c.words) and the first
// words of the lines around it.
func lexKeys(lines []textLine, i int, ws []string) (k [lexBlocks]string) {
	if len(ws) > 0 {
		k[lexFirst] = lexWord(ws[0])
		k[lexLast] = lexWord(ws[len(ws)-1])
		if len(ws) > 1 {
			k[lexFirstTwo] = k[lexFirst] + " " + lexWord(ws[1])
		}
	}
	if i > 0 {
		k[lexPrevFirst] = lexWord(firstWord(lines[i-1].text))
	}
	if i+1 < len(lines) {
		k[lexNextFirst] = lexWord(firstWord(lines[i+1].text))
	}
	return k
}

// firstWord returns the first word of s, lower-cased, its punctuation
// trimmed, or "".
func firstWord(s string) string {
	for w := range strings.FieldsSeq(s) {
		if w = lang.TrimWord(w); w != "" {
			return lang.ToLower(w)
		}
	}
	return ""
}

// lexWord is the key of word w: "#" for a word with a digit (a number, a
// date, a time), w otherwise.
func lexWord(w string) string {
	if strings.ContainsAny(w, "0123456789") {
		return "#"
	}
	return w
}

// LexBucket returns the bucket of key in a block of n buckets: FNV-1a
// of the block's number and the key, modulo n. Fixed: the weights are
// fitted for it.
func LexBucket(block int, key string, n int) int {
	const offset, prime = 2166136261, 16777619
	h := uint32(offset)
	h = (h ^ uint32(block+1)) * prime
	for i := 0; i < len(key); i++ {
		h = (h ^ uint32(key[i])) * prime
	}
	return int(h % uint32(n))
}

// lexScore returns what candidate c's words add to its score under the
// lexical table in use (headlineLex).
func lexScore(lines []textLine, c *titleCand) float64 {
	s := 0.0
	for _, v := range lexTerms(lines, c, &headlineLex) {
		s += v
	}
	return s
}

// lexTerms returns what candidate c's words add to its score under the
// lexical table t, block by block. With no block in use, no word is
// looked at.
func lexTerms(lines []textLine, c *titleCand, t *[lexBlocks][]float64) (v [lexBlocks]float64) {
	used := false
	for b := range t {
		used = used || len(t[b]) > 0
	}
	if !used {
		return v
	}
	for b, key := range lexKeys(lines, c.line, c.words) {
		if key != "" && len(t[b]) > 0 {
			v[b] = t[b][LexBucket(b, key, len(t[b]))]
		}
	}
	return v
}
