package htmlpage

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// bodySearch looks for a plain probe (plainProbe) in the folded text of a
// page's body, as descriptionShown does, without folding the long text
// nodes that cannot hold it: most of a body's text bytes are those of its
// scripts, folded only to be searched.
//
// A match of p that lies inside one node's folded text holds each word of
// p whole in the node's raw text, its longest word (key) among them; a
// match that crosses a node's edge has fewer than len(p) bytes in the
// node. So a long node without key is folded only at its two ends, far
// enough for len(p) bytes of folded text each: its head, after the text
// before it, searched; its tail kept for what follows. Folding is a
// stream: its middle left out changes the tail's folded text only by the
// space that may open it.
type bodySearch struct {
	p, key  string
	minSkip int        // the shortest node whose middle may be left out
	tw      textWalker // the folded text gathered, at most foldWindow and p
	tail    textWalker // scratch for the tail of a long node
}

// skipMin is bodySearch.minSkip: below it, a node is folded whole.
const skipMin = 1 << 10

// plainShown reports whether the plain probe p is in the folded text of
// the nodes below body: strings.Contains(collapsedText(body), p). ok is
// false, and found meaningless, when it met a text that is not UTF-8
// before finding p: then collapsedText reads the body otherwise.
func plainShown(body *html.Node, p string, minSkip int) (found, ok bool) {
	s := bodySearch{p: p, key: longestWord(p), minSkip: minSkip}
	held, buf := takeScratch()
	heldTail, tail := takeScratch()
	s.tw.buf, s.tail.buf = buf, tail
	defer func() {
		giveScratch(held, s.tw.buf)
		giveScratch(heldTail, s.tail.buf)
	}()
	if found, ok = s.walk(body); found || !ok {
		return found, ok
	}
	return bytes.Contains(s.tw.buf, []byte(p)), true
}

// longestWord returns the longest of the words of a plain probe.
func longestWord(p string) string {
	key := ""
	for w := range strings.SplitSeq(p, " ") {
		if len(w) > len(key) {
			key = w
		}
	}
	return key
}

// walk adds the text nodes below n in the order of n.Descendants(),
// stopping at the first that shows p, or that is not UTF-8 (ok false).
func (s *bodySearch) walk(n *html.Node) (found, ok bool) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			if strings.Contains(c.Data, s.p) {
				return true, true
			}
			if found, ok = s.add(c.Data); found || !ok {
				return found, ok
			}
		}
		if found, ok = s.walk(c); found || !ok {
			return found, ok
		}
	}
	return false, true
}

// add adds the text t of one node and searches what it has gathered once
// it holds a window of text.
func (s *bodySearch) add(t string) (found, ok bool) {
	if len(t) < s.minSkip || strings.Contains(t, s.key) {
		s.tw.text(t)
		if s.tw.invalid {
			return false, false
		}
		return s.window(), true
	}
	lp := len(s.p)
	reach := 2*lp + 64 // raw bytes read at each end, to begin with
	// The head: until it has written len(p) bytes.
	before := len(s.tw.buf)
	h := 0
	for h < len(t) && len(s.tw.buf)-before < lp {
		next := runeStartAt(t, min(len(t), max(2*h, reach)))
		if next <= h {
			next = len(t) // bytes that are not UTF-8
		}
		s.tw.text(t[h:next])
		h = next
	}
	if s.tw.invalid {
		return false, false
	}
	if h == len(t) {
		return s.window(), true
	}
	if bytes.Contains(s.tw.buf, []byte(s.p)) {
		return true, true
	}
	// The tail: from where it writes len(p) bytes on its own.
	m := len(t)
	for span := reach; ; span *= 2 {
		m = max(h, runeStartAt(t, max(h, len(t)-span)))
		s.tail.buf, s.tail.pending, s.tail.invalid = s.tail.buf[:0], false, false
		s.tail.text(t[m:])
		if len(s.tail.buf) >= lp || m == h {
			break
		}
	}
	if m == h {
		// The node is mostly white space: fold the rest of it on.
		s.tw.text(t[h:])
		if s.tw.invalid {
			return false, false
		}
		return s.window(), true
	}
	if s.tail.invalid || !utf8.ValidString(t[h:m]) {
		return false, false
	}
	s.tw.buf, s.tail.buf = s.tail.buf, s.tw.buf[:0]
	s.tw.pending = s.tail.pending
	return s.window(), true
}

// window searches the text gathered once it holds foldWindow bytes and p,
// and then keeps only its last len(p) bytes, where p may start.
func (s *bodySearch) window() bool {
	tw, lp := &s.tw, len(s.p)
	if len(tw.buf) < foldWindow+lp {
		return false
	}
	if bytes.Contains(tw.buf, []byte(s.p)) {
		return true
	}
	tw.buf = tw.buf[:copy(tw.buf, tw.buf[len(tw.buf)-lp:])]
	return false
}

// runeStartAt returns i, or the start of the character that byte i of s is
// inside of; len(s) for len(s).
func runeStartAt(s string, i int) int {
	for i > 0 && i < len(s) && !utf8.RuneStart(s[i]) {
		i--
	}
	return i
}
