package mdsafe

import "strings"

// dropUnsafeLinks finds the links and images the converter wrote (their
// syntax is not marked) and drops those whose target is unsafe: a link
// keeps its text, an image goes. Code spans and link targets become skip
// cells, link titles title cells.
func dropUnsafeLinks(cs []cell) []cell {
	var stack []int
	dropped := false
	for i := 0; i < len(cs); i++ {
		c := cs[i]
		if c.text || c.skip {
			continue
		}
		switch c.r {
		case '`':
			n := runAt(cs, i, false)
			if k := nextRun(cs, i+n, n, false); k >= 0 {
				for j := i; j < k+n; j++ {
					cs[j].skip = true
				}
				i = k + n - 1
			} else {
				i += n - 1
			}
		case '[':
			stack = append(stack, i)
		case ']':
			if len(stack) == 0 || i+1 >= len(cs) || cs[i+1].text || cs[i+1].r != '(' {
				continue
			}
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			end, dest := converterTail(cs, i+1)
			if end < 0 {
				continue
			}
			if !safeCells(dest) {
				dropped = true
				if o > 0 && !cs[o-1].text && cs[o-1].r == '!' {
					for j := o - 1; j < end; j++ {
						cs[j].gone = true
					}
				} else {
					cs[o].gone = true
					for j := i; j < end; j++ {
						cs[j].gone = true
					}
				}
			}
			i = end - 1
		}
	}
	if !dropped {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if !c.gone {
			out = append(out, c)
		}
	}
	return out
}

// safeCells is SafeTarget of the target held by cells: at once for one
// that starts with http: or https:, which SafeTarget reads unchanged.
func safeCells(dest []cell) bool {
	const https = "https:"
	k := 0
	for k < len(dest) && k < len(https) && dest[k].r == rune(https[k]) {
		k++
	}
	if k == len(https) || k == len("http") && k < len(dest) && dest[k].r == ':' {
		return true
	}
	var sb strings.Builder
	for _, c := range dest {
		sb.WriteRune(c.r)
	}
	return SafeTarget(sb.String())
}

// converterTail reads the target and title of a link the converter wrote,
// from its opening parenthesis at p; it returns the index after the
// closing one and the cells of the target, or -1.
func converterTail(cs []cell, p int) (int, []cell) {
	q := p + 1
	syntax := func(q int, r rune) bool { return q < len(cs) && !cs[q].text && cs[q].r == r }
	depth := 0
	for q < len(cs) && !syntax(q, ' ') && !cs[q].nl {
		if syntax(q, '(') {
			depth++
		}
		if syntax(q, ')') {
			if depth == 0 {
				break
			}
			depth--
		}
		if cs[q].text {
			cs[q].pct = true
		}
		q++
	}
	dest := cs[p+1 : q]
	if syntax(q, ' ') && (syntax(q+1, '"') || syntax(q+1, '\'')) {
		quote := cs[q+1].r
		t := q + 2
		for t < len(cs) && !syntax(t, quote) {
			t++
		}
		if t >= len(cs) {
			return -1, nil
		}
		for j := q + 2; j < t; j++ {
			cs[j].title = true
		}
		q = t + 1
	}
	if !syntax(q, ')') {
		return -1, nil
	}
	for j := p; j <= q; j++ {
		cs[j].skip = true
	}
	return q + 1, dest
}

// escapeTitles escapes in link titles what would end them or be read as
// an escape or an entity.
func escapeTitles(cs []cell) {
	for i := len(cs) - 1; i >= 0; i-- {
		c := &cs[i]
		if !c.title || !c.text {
			continue
		}
		switch c.r {
		case '"', '\'':
			// The converter quotes a title with ", or with ' when it
			// holds " (it sees no marked quote: always ").
			c.esc = c.r == '"'
		case '\\':
			c.esc = i+1 < len(cs) && (cs[i+1].esc || cs[i+1].r < 0x80 && IsASCIIPunct(byte(cs[i+1].r)))
		case '&':
			c.esc = EntityLen(string(runesOf(cs[i:min(len(cs), i+40)]))) > 0
		}
	}
}

func runesOf(cs []cell) []rune {
	rs := make([]rune, len(cs))
	for i, c := range cs {
		rs[i] = c.r
		if c.nl {
			rs[i] = '\n'
		}
	}
	return rs
}

// escapeHeadingEnd escapes a run of # that would close a heading.
func escapeHeadingEnd(cs []cell) {
	e := len(cs)
	for e > 0 && cs[e-1].r == ' ' {
		e--
	}
	k := e
	for k > 0 && cs[k-1].r == '#' && !cs[k-1].esc {
		k--
	}
	if k < e && cs[k].text && (k == 0 || cs[k-1].r == ' ') {
		cs[k].esc = true
	}
}
