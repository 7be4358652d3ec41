package mdsafe

import (
	"slices"
	"unicode"
)

// opener is a [ or ![ met by the inline scan.
type opener struct {
	pos    int
	image  bool
	active bool
}

// escapeInline runs a CommonMark inline parse over the cells and escapes
// each text character that would take part in a construct: a code span,
// raw HTML, an autolink, an entity, a link or image, emphasis or
// strikethrough. The converter's own constructs are left as they are.
func escapeInline(cs []cell) {
	// Escaping a backtick splits its run, which may give an earlier one a
	// closer: the pass runs again until no new escape is made.
	for escapeInlineOnce(cs) {
	}
	escapeEmphasis(cs, 0, len(cs))
}

// closeBracket handles a ] at i as CommonMark does, escaping text brackets
// that would make a link; it returns the stack and the index to go on
// from.
func closeBracket(cs []cell, stack []opener, i int) ([]opener, int) {
	c := &cs[i]
	for len(stack) > 0 {
		o := stack[len(stack)-1]
		if !o.active {
			return stack[:len(stack)-1], i
		}
		end := -1
		if i+1 < len(cs) && cs[i+1].skip && cs[i+1].r == '(' {
			end = i + 1
			for end < len(cs) && cs[end].skip {
				end++
			}
		} else {
			end = linkTail(cs, i+1)
		}
		op := &cs[o.pos]
		if end < 0 {
			if c.text && !op.text {
				c.esc = true // it would end the converter's link text
				return stack, i
			}
			return stack[:len(stack)-1], i
		}
		if op.text {
			op.esc = true // a link the article did not have
			stack = stack[:len(stack)-1]
			continue
		}
		if c.text {
			c.esc = true
			return stack, i
		}
		// The converter's link or image.
		if o.image && cs[o.pos-1].text {
			cs[o.pos-1].esc = true
			o.image = false
		}
		escapeEmphasis(cs, o.pos+1, i)
		for j := o.pos + 1; j < i; j++ {
			cs[j].done = true
		}
		stack = stack[:len(stack)-1]
		if !o.image {
			for k := range stack {
				if !stack[k].image {
					stack[k].active = false
				}
			}
		}
		return stack, end - 1
	}
	return stack, i
}

// linkTail parses an inline link's (target "title") from p as CommonMark
// does; it returns the index after it, or -1.
func linkTail(cs []cell, p int) int {
	n := len(cs)
	is := func(q int, r rune) bool { return q < n && cs[q].r == r && !cs[q].esc && !cs[q].nl }
	ws := func(q int) int {
		nl := false
		for q < n && (cs[q].r == ' ' || cs[q].r == '\t' || cs[q].nl && !nl) {
			nl = nl || cs[q].nl
			q++
		}
		return q
	}
	if !is(p, '(') {
		return -1
	}
	q := ws(p + 1)
	if is(q, '<') {
		q++
		for q < n && !is(q, '>') {
			if cs[q].nl {
				return -1
			}
			q++
		}
		if q >= n {
			return -1
		}
		q++
	} else {
		depth := 0
		for q < n {
			c := cs[q]
			if c.nl || c.r == ' ' || c.r == '\t' || c.r == '\r' {
				break // goldmark takes other control characters in
			}
			if is(q, '(') {
				depth++
			} else if is(q, ')') {
				if depth == 0 {
					break
				}
				depth--
			}
			q++
		}
		// goldmark ends the target at a space even inside parentheses.
	}
	t := ws(q)
	if t > q && (is(t, '"') || is(t, '\'') || is(t, '(')) {
		closer := cs[t].r
		if closer == '(' {
			closer = ')'
		}
		u := t + 1
		for u < n && !is(u, closer) {
			if closer == ')' && is(u, '(') {
				return -1
			}
			u++
		}
		if u >= n {
			return -1
		}
		t = ws(u + 1)
	}
	if is(t, ')') {
		return t + 1
	}
	return -1
}

// runAt returns the length of the run of backticks at i; any says whether
// text backticks count (else only the converter's).
func runAt(cs []cell, i int, any bool) int {
	n := 0
	for i+n < len(cs) && cs[i+n].r == '`' && !cs[i+n].esc && (any || !cs[i+n].text) {
		n++
	}
	return n
}

// nextRun returns where the next run of exactly n backticks that could
// close a code span starts at or after i, or -1. With any, runs are those
// the output shows: a text backtick escaped (written "\`") closes as well,
// its backslash being literal inside a code span, and starts a run of its
// own.
func nextRun(cs []cell, i, n int, any bool) int {
	for i < len(cs) {
		if cs[i].r != '`' || !any && (cs[i].esc || cs[i].text) {
			i++
			continue
		}
		m := 1 + runAt(cs, i+1, any)
		if m == n {
			return i
		}
		i += m
	}
	return -1
}

// delim is a run of *, _ or ~ for the emphasis parse.
type delim struct {
	ch                rune
	idx               []int // the cells of the run
	lo, hi            int   // what is left of idx
	orig              int
	canOpen, canClose bool
	dead              bool
}

// escapeEmphasis escapes, in cs[a:b], the text characters that would
// open or close emphasis or strikethrough, or change how the converter's
// marks pair: it escapes all of them, then takes back each escape that
// the parse does without (goldmark's delimiter processing, run again).
func escapeEmphasis(cs []cell, a, b int) {
	var cand []int
	for j := a; j < b; j++ {
		c := &cs[j]
		if c.text && !c.esc && !c.skip && !c.done && (c.r == '*' || c.r == '_' || c.r == '~') {
			c.esc = true
			cand = append(cand, j)
		}
	}
	if len(cand) == 0 {
		return
	}
	want := pairDelims(delims(cs, a, b))
	for k := len(cand) - 1; k >= 0; k-- {
		// From the end: the escapes kept are the first ones, on the
		// marks that would open.
		j := cand[k]
		cs[j].esc = false
		if !slices.Equal(pairDelims(delims(cs, a, b)), want) {
			cs[j].esc = true
		}
	}
}

// delims returns the delimiter runs of cs[a:b], as goldmark scans them.
func delims(cs []cell, a, b int) []*delim {
	var ds []*delim
	usable := func(j int, ch rune) bool {
		c := cs[j]
		return c.r == ch && !c.esc && !c.skip && !c.done && !c.nl
	}
	for j := a; j < b; j++ {
		ch := cs[j].r
		if ch != '*' && ch != '_' && ch != '~' || !usable(j, ch) {
			continue
		}
		k := j
		for k < b && usable(k, ch) {
			k++
		}
		before, after := '\n', '\n'
		if j > 0 && !cs[j-1].nl {
			before = cs[j-1].r
		}
		if k < len(cs) && !cs[k].nl {
			after = cs[k].r
			if cs[k].esc {
				after = '\\'
			}
		}
		n := k - j
		if ch == '~' && (n > 2 || before == '~') {
			j = k - 1
			continue
		}
		bp, bs := isPunctRune(before), isSpaceRune(before)
		ap, as := isPunctRune(after), isSpaceRune(after)
		left := !as && (!ap || bs || bp)
		right := !bs && (!bp || as || ap)
		d := &delim{ch: ch, orig: n, hi: n}
		for t := j; t < k; t++ {
			d.idx = append(d.idx, t)
		}
		if ch == '_' {
			d.canOpen = left && (!right || bp)
			d.canClose = right && (!left || ap)
		} else {
			d.canOpen, d.canClose = left, right
		}
		ds = append(ds, d)
		j = k - 1
	}
	return ds
}

func isPunctRune(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) }

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' || unicode.IsSpace(r)
}

// pairDelims runs goldmark's delimiter processing over ds and returns
// the cells each match takes, the matches parted by -1.
func pairDelims(ds []*delim) []int {
	var taken []int
	for ci := 0; ci < len(ds); ci++ {
		closer := ds[ci]
		if closer.dead || !closer.canClose {
			continue
		}
		for {
			found, maybe := -1, false
			consume := 0
			for oi := ci - 1; oi >= 0; oi-- {
				op := ds[oi]
				if op.dead || !op.canOpen || op.ch != closer.ch {
					continue
				}
				maybe = true
				consume = consumption(op, closer)
				if consume > 0 {
					found = oi
					break
				}
			}
			if found < 0 {
				if !maybe && !closer.canOpen {
					closer.dead = true
				}
				break
			}
			op := ds[found]
			taken = append(taken, op.idx[op.hi-consume:op.hi]...)
			taken = append(taken, closer.idx[closer.lo:closer.lo+consume]...)
			taken = append(taken, -1)
			op.hi -= consume
			closer.lo += consume
			for k := found + 1; k < ci; k++ {
				ds[k].dead = true
			}
			if op.hi == op.lo {
				op.dead = true
			}
			if closer.lo == closer.hi {
				closer.dead = true
				break
			}
		}
	}
	return taken
}

// consumption is how many characters an opener and a closer take from
// each other, by goldmark's rule of three.
func consumption(op, cl *delim) int {
	if (op.canClose || cl.canOpen) && (op.orig+cl.orig)%3 == 0 && cl.orig%3 != 0 {
		return 0
	}
	if op.hi-op.lo >= 2 && cl.hi-cl.lo >= 2 {
		return 2
	}
	return 1
}

// escapeBackslashes escapes a text backslash that would escape what
// follows it: punctuation, an escape, or a line break.
func escapeBackslashes(cs []cell) {
	for i := len(cs) - 1; i >= 0; i-- {
		c := &cs[i]
		if !c.text || c.r != '\\' || c.esc || c.title {
			continue
		}
		if i+1 >= len(cs) {
			continue
		}
		next := cs[i+1]
		c.esc = next.esc || next.nl || next.r < 0x80 && IsASCIIPunct(byte(next.r))
	}
}

// escapeInlineOnce is one pass of escapeInline but for emphasis; it
// reports whether it escaped a backtick that was not escaped before.
func escapeInlineOnce(cs []cell) bool {
	var rs []rune // the characters, made for the first < or & met
	runes := func() []rune {
		if rs == nil {
			rs = runesOf(cs)
		}
		return rs
	}
	var stack []opener
	more := false
	for i := 0; i < len(cs); i++ {
		c := &cs[i]
		if c.skip || c.esc || c.nl {
			continue
		}
		switch c.r {
		case '\\':
			if !c.text && i+1 < len(cs) {
				i++ // an escape the converter wrote
			}
		case '`':
			n := runAt(cs, i, true)
			if c.text && nextRun(cs, i+n, n, true) >= 0 {
				// It would open a code span: escaped, the rest of the
				// run is a shorter one, looked at anew.
				c.esc, more = true, true
				continue
			}
			i += n - 1
		case '<':
			rs := runes()
			n := rawHTMLLen(rs, i)
			if n == 0 {
				n = autolinkLen(rs, i)
			}
			if n > 0 {
				if c.text {
					c.esc = true
				} else {
					i += n - 1 // the converter's comment
				}
			}
		case '&':
			if rs := runes(); c.text && EntityLen(string(rs[i:min(len(rs), i+40)])) > 0 {
				c.esc = true
			}
		case '[':
			image := i > 0 && cs[i-1].r == '!' && !cs[i-1].esc && !cs[i-1].skip && !cs[i-1].nl
			stack = append(stack, opener{pos: i, image: image, active: true})
		case ']':
			stack, i = closeBracket(cs, stack, i)
		}
	}
	return more
}
