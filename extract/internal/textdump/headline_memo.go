package textdump

import "strings"

// What the features of one region's candidates ask of the same lines
// again and again (is it title-like, a date line, a candidate, does a
// longer line near it show it in full) is worked out once a line and
// kept in the titleSearch: the candidates stand close together, and each
// looks at the lines around it.

// The questions titleSearch.memo keeps the answers to, a line's bit for
// each: the bit says the answer is known, the bit shifted by memoYes that
// it is yes.
const (
	memoTitleLike = 1 << iota // titleLike(lines[j])
	memoDated                 // datedLine(lines[j])
	memoCandidate             // titleCandidate(lines, j)
	memoByline                // bylineLike(lines[j].text)
	memoYes       = 4
)

// known returns the answer to question q about line j and whether it is
// known yet.
func (ts *titleSearch) known(j int, q uint8) (yes, ok bool) {
	if ts.memo == nil {
		ts.memo = make([]uint8, len(ts.lines))
	}
	m := ts.memo[j]
	return m&(q<<memoYes) != 0, m&q != 0
}

// keep keeps the answer to question q about line j, and returns it.
func (ts *titleSearch) keep(j int, q uint8, yes bool) bool {
	ts.memo[j] |= q
	if yes {
		ts.memo[j] |= q << memoYes
	}
	return yes
}

// titleLike is titleLike(ts.lines[j]).
func (ts *titleSearch) titleLike(j int) bool {
	if yes, ok := ts.known(j, memoTitleLike); ok {
		return yes
	}
	return ts.keep(j, memoTitleLike, titleShaped(ts.lines[j]) && !ts.bylineLike(j))
}

// datedLine is datedLine(ts.lines[j]).
func (ts *titleSearch) datedLine(j int) bool {
	if yes, ok := ts.known(j, memoDated); ok {
		return yes
	}
	l := &ts.lines[j]
	return ts.keep(j, memoDated, l.date || l.dates || ts.bylineLike(j))
}

// bylineLike is bylineLike(ts.lines[j].text), which titleLike and
// datedLine both ask.
func (ts *titleSearch) bylineLike(j int) bool {
	if yes, ok := ts.known(j, memoByline); ok {
		return yes
	}
	return ts.keep(j, memoByline, bylineLike(ts.lines[j].text))
}

// titleCandidate is titleCandidate(ts.lines, j).
func (ts *titleSearch) titleCandidate(j int) bool {
	if yes, ok := ts.known(j, memoCandidate); ok {
		return yes
	}
	lines := ts.lines // titleCandidate, with the kept titleLike
	return ts.keep(j, memoCandidate, ts.titleLike(j) || crumbEnd(lines, j) || setInHeading(lines, j) || datedHeadline(lines[j]))
}

// datedBelow is datedBelow(ts.lines, i).
func (ts *titleSearch) datedBelow(i int) bool {
	for j := i + 1; j < min(len(ts.lines), i+5); j++ {
		if ts.datedLine(j) {
			return true
		}
	}
	return false
}

// longerShowing is longerShowing(ts.lines, best, ts.lo, ts.hi).
func (ts *titleSearch) longerShowing(best int) int {
	if ts.longer == nil {
		ts.longer = make([]int32, ts.hi-ts.lo)
	}
	k := best - ts.lo
	if k < 0 || k >= len(ts.longer) {
		return longerShowingIf(ts.lines, best, ts.lo, ts.hi, ts.titleCandidate)
	}
	if ts.longer[k] == 0 {
		ts.longer[k] = int32(longerShowingIf(ts.lines, best, ts.lo, ts.hi, ts.titleCandidate) + 2)
	}
	return int(ts.longer[k]) - 2
}

// repeated is repeated(ts.lines, i). Only lines whose fold ends with the
// same byte as line i's can show its text again: the lines are sorted by
// that byte once.
func (ts *titleSearch) repeated(i int) int {
	f := ts.lines[i].fold
	if f == "" {
		return repeated(ts.lines, i)
	}
	if ts.byLast == nil {
		ts.sortByLast()
	}
	b := f[len(f)-1]
	found := 0
	for _, j := range ts.byLast[ts.lastAt[b]:ts.lastAt[int(b)+1]] {
		g := ts.lines[j].fold
		if int(j) == i || len(g) < len(f) {
			continue
		}
		if g == f {
			return 2
		}
		if found == 0 && strings.HasSuffix(g, f) && stepBefore(g[:len(g)-len(f)]) {
			found = 1
		}
	}
	return found
}

// sortByLast sorts the lines with a fold by its last byte: the lines
// ending with byte b are byLast[lastAt[b]:lastAt[b+1]]. The lines are read
// once; their last bytes are sorted from a list of their own.
func (ts *titleSearch) sortByLast() {
	const none = 256 // no fold
	last := make([]uint16, len(ts.lines))
	var n [258]int32
	for j := range ts.lines {
		b := uint16(none)
		if f := ts.lines[j].fold; f != "" {
			b = uint16(f[len(f)-1])
		}
		last[j] = b
		n[b+1]++
	}
	for b := 1; b < len(n); b++ {
		n[b] += n[b-1]
	}
	copy(ts.lastAt[:], n[:257])
	ts.byLast = make([]int32, n[none])
	for j, b := range last {
		if b != none {
			ts.byLast[n[b]] = int32(j)
			n[b]++
		}
	}
}
