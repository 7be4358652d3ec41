package clean

import "math/bits"

// phraseSet finds which of a list of phrases a text contains, in one pass
// over the text's bytes, whatever the number of phrases: an automaton
// (Aho and Corasick's) over the bytes of the phrases, made once when the
// package loads. in(s) is containsAny(s, phrases...): the text rules ask
// it of every line of a dump, for lists of up to a hundred phrases, and
// one strings.Contains a phrase cost a scan of the line each.
type phraseSet struct {
	class  [256]uint8 // a byte's class: 0 for bytes in no phrase
	width  int        // the number of classes
	next   []int32    // next[state*width+class]: the state after a byte
	found  []uint64   // the phrases that end at a state: bit i for phrase i (the last bit for all from 63 on)
	minLen int        // the length of the shortest phrase
}

// newPhraseSet makes the phraseSet of phrases.
func newPhraseSet(phrases ...string) *phraseSet {
	p := &phraseSet{minLen: -1}
	for _, ph := range phrases {
		if p.minLen < 0 || len(ph) < p.minLen {
			p.minLen = len(ph)
		}
		for i := 0; i < len(ph); i++ {
			if p.class[ph[i]] == 0 {
				p.width++
				p.class[ph[i]] = uint8(p.width)
			}
		}
	}
	p.width++ // class 0
	// The trie of the phrases; -1 marks a missing edge.
	edge := func() []int32 {
		e := make([]int32, p.width)
		for i := range e {
			e[i] = -1
		}
		return e
	}
	trie := [][]int32{edge()}
	p.found = []uint64{0}
	for i, ph := range phrases {
		st := int32(0)
		for k := 0; k < len(ph); k++ {
			c := p.class[ph[k]]
			if trie[st][c] < 0 {
				trie[st][c] = int32(len(trie))
				trie = append(trie, edge())
				p.found = append(p.found, 0)
			}
			st = trie[st][c]
		}
		p.found[st] |= 1 << min(i, 63)
	}
	// Breadth first, each state's missing edges lead where its longest
	// proper suffix that is a trie state leads (its fail state), and it
	// finds what its fail state finds.
	fail := make([]int32, len(trie))
	queue := make([]int32, 0, len(trie))
	for c, t := range trie[0] {
		if t < 0 {
			trie[0][c] = 0
		} else {
			fail[t] = 0
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		p.found[st] |= p.found[fail[st]]
		for c, t := range trie[st] {
			if t < 0 {
				trie[st][c] = trie[fail[st]][c]
			} else {
				fail[t] = trie[fail[st]][c]
				queue = append(queue, t)
			}
		}
	}
	p.next = make([]int32, 0, len(trie)*p.width)
	for _, e := range trie {
		p.next = append(p.next, e...)
	}
	return p
}

// in reports whether s contains one of the phrases.
func (p *phraseSet) in(s string) bool {
	if len(s) < p.minLen || p.minLen < 0 {
		return false
	}
	if p.found[0] != 0 {
		return true // an empty phrase
	}
	st := int32(0)
	for i := 0; i < len(s); i++ {
		st = p.next[int(st)*p.width+int(p.class[s[i]])]
		if p.found[st] != 0 {
			return true
		}
	}
	return false
}

// count returns how many of the phrases s contains. It counts phrases
// from the 64th on as one.
func (p *phraseSet) count(s string) int {
	if len(s) < p.minLen || p.minLen < 0 {
		return 0
	}
	seen := p.found[0]
	st := int32(0)
	for i := 0; i < len(s); i++ {
		st = p.next[int(st)*p.width+int(p.class[s[i]])]
		seen |= p.found[st]
	}
	return bits.OnesCount64(seen)
}
