package clean

import "math/bits"

// phraseSet finds which of a list of phrases a text contains, in one pass
// over the text's bytes, whatever the number of phrases: an automaton
// (Aho and Corasick's) over the bytes of the phrases, made once when the
// package loads. in(s) is containsAny(s, phrases...): the text rules ask
// it of every line of a dump, for lists of up to a hundred phrases, and
// one strings.Contains a phrase cost a scan of the line each.
type phraseSet struct {
	automaton
	group   *phraseGroup // the group that scans for it with others, or nil
	bit     uint64       // its bit in its group's findings
	phrases []string
}

// automaton is the machine of a phraseSet or of a phraseGroup.
type automaton struct {
	class  [256]uint8 // a byte's class: 0 for bytes in no phrase
	width  int        // the number of classes
	next   []int32    // next[row+class]: the row of the state after a byte, -row-1 when something ends there
	found  []uint64   // what ends at a state: its phrases' bits
	minLen int        // the length of the shortest phrase
	maxLen int        // the length of the longest phrase
}

// newPhraseSet makes the phraseSet of phrases.
func newPhraseSet(phrases ...string) *phraseSet {
	return &phraseSet{automaton: newAutomaton(phrases, func(i int) uint64 { return 1 << min(i, 63) }), phrases: phrases}
}

// newAutomaton makes the automaton of phrases, in which phrase i finds
// bit(i).
func newAutomaton(phrases []string, bit func(i int) uint64) automaton {
	p := automaton{minLen: -1}
	for _, ph := range phrases {
		if p.minLen < 0 || len(ph) < p.minLen {
			p.minLen = len(ph)
		}
		p.maxLen = max(p.maxLen, len(ph))
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
		p.found[st] |= bit(i)
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
	order := []int32{0} // the states breadth first
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		order = append(order, st)
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
	// The states are numbered breadth first, so that the shallow ones a
	// scan spends most of its time in lie together. A state's row starts
	// at its number times width; a state where something ends is marked
	// negative, so that the scan reads found only there.
	num := make([]int32, len(trie))
	for k, st := range order {
		num[st] = int32(k)
	}
	found := make([]uint64, len(trie))
	p.next = make([]int32, len(trie)*p.width)
	for st, e := range trie {
		found[num[st]] = p.found[st]
		for c, t := range e {
			row := num[t] * int32(p.width)
			if p.found[t] != 0 {
				row = -row - 1
			}
			p.next[int(num[st])*p.width+c] = row
		}
	}
	p.found = found
	return p
}

// in reports whether s contains one of the phrases.
func (p *automaton) in(s string) bool {
	if len(s) < p.minLen || p.minLen < 0 {
		return false
	}
	if p.found[0] != 0 {
		return true // an empty phrase
	}
	row := int32(0)
	for i := 0; i < len(s); i++ {
		if row = p.next[int(row)+int(p.class[s[i]])]; row < 0 {
			return true
		}
	}
	return false
}

// count returns how many of the phrases s contains. It counts phrases
// from the 64th on as one.
func (p *automaton) count(s string) int {
	if len(s) < p.minLen || p.minLen < 0 {
		return 0
	}
	return bits.OnesCount64(p.scan(s))
}

// scan returns the bits of all that s contains.
func (p *automaton) scan(s string) uint64 {
	if len(s) < p.minLen || p.minLen < 0 {
		return 0
	}
	if p.maxLen > 0 && len(s) >= 2*p.maxLen+32 {
		return p.scanTwo(s)
	}
	seen := p.found[0]
	row := int32(0)
	for i := 0; i < len(s); i++ {
		if row = p.next[int(row)+int(p.class[s[i]])]; row < 0 {
			row = -row - 1
			seen |= p.found[int(row)/p.width]
		}
	}
	return seen
}

// scanTwo is scan for a text of twice the longest phrase or more: it reads
// its two halves in the same loop, so that the reads of one need not wait
// for those of the other (each step of a scan waits for the last). The
// second half starts maxLen-1 bytes early, so that each phrase lies whole
// in one half.
func (p *automaton) scanTwo(s string) uint64 {
	mid := len(s) / 2
	a, b := s[:mid], s[mid-p.maxLen+1:]
	seen := p.found[0]
	ra, rb := int32(0), int32(0)
	next, class := p.next, &p.class
	for i := 0; i < len(a); i++ {
		ra = next[int(ra)+int(class[a[i]])]
		rb = next[int(rb)+int(class[b[i]])]
		if ra|rb < 0 {
			if ra < 0 {
				ra = -ra - 1
				seen |= p.found[int(ra)/p.width]
			}
			if rb < 0 {
				rb = -rb - 1
				seen |= p.found[int(rb)/p.width]
			}
		}
	}
	for i := len(a); i < len(b); i++ {
		if rb = next[int(rb)+int(class[b[i]])]; rb < 0 {
			rb = -rb - 1
			seen |= p.found[int(rb)/p.width]
		}
	}
	return seen
}

// phraseGroup scans a text once for the phrases of up to 64 phraseSets:
// the rules of a line ask a dozen sets each whether the line holds one of
// their phrases, and a Line asks its group once for all (Line.lowerHas,
// Line.textHas).
type phraseGroup struct {
	automaton
}

// newPhraseGroup makes the group of sets; each set learns its group and
// its bit in the group's findings. A set belongs to one group at most, and
// a group holds 64 sets at most: the others scan on their own.
func newPhraseGroup(sets ...*phraseSet) *phraseGroup {
	g := &phraseGroup{}
	var all []string
	var setOf []int
	for k, p := range sets {
		if p.group != nil || k >= 64 {
			continue // it scans on its own
		}
		p.group, p.bit = g, 1<<k
		for _, ph := range p.phrases {
			all = append(all, ph)
			setOf = append(setOf, k)
		}
	}
	g.automaton = newAutomaton(all, func(i int) uint64 { return 1 << setOf[i] })
	return g
}
