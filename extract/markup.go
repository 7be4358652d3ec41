package extract

import (
	"bytes"
	"context"
	"fmt"

	"github.com/pare-dev/pare/extract/internal/stop"
	"golang.org/x/net/html/atom"
)

// voidElements are the elements that have no end tag and hold nothing.
var voidElements = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true,
	atom.Hr: true, atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true,
	atom.Source: true, atom.Track: true, atom.Wbr: true, atom.Param: true, atom.Keygen: true,
}

// selfClosing are the elements that an element of their own kind closes
// when it opens in them: a <p> in a <p>, an <li> in an <li>.
var selfClosing = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Dt: true, atom.Dd: true, atom.Tr: true,
	atom.Td: true, atom.Th: true, atom.Option: true,
}

// rawText are the elements whose content is text up to their end tag,
// never markup: a "<b" in a script opens nothing.
var rawText = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Textarea: true, atom.Title: true,
	atom.Xmp: true, atom.Iframe: true, atom.Noembed: true, atom.Noframes: true,
	atom.Noscript: true, atom.Plaintext: true,
}

// The kinds of elements the markup count tells apart, as bits.
const (
	voidKind        = 1 << iota // voidElements
	selfClosingKind             // selfClosing
	rawTextKind                 // rawText
)

// tagKinds maps the elements of voidElements, selfClosing and rawText to
// their kinds.
var tagKinds = func() map[atom.Atom]uint8 {
	m := map[atom.Atom]uint8{}
	for kind, set := range map[uint8]map[atom.Atom]bool{voidKind: voidElements, selfClosingKind: selfClosing, rawTextKind: rawText} {
		for a, in := range set {
			if in {
				m[a] |= kind
			}
		}
	}
	return m
}()

// kindSlot is one slot of kindTable: an element of tagKinds and its kinds.
type kindSlot struct {
	a    atom.Atom
	kind uint8
}

// kindTable holds tagKinds in an open-addressed table (linear probing),
// looked up without hashing a map key: one look-up a tag. It is held to
// tagKinds by TestTagKind.
var kindTable = func() (t [kindTableSize]kindSlot) {
	for a, kind := range tagKinds {
		i := kindHash(a)
		for t[i].a != 0 {
			i = (i + 1) % kindTableSize
		}
		t[i] = kindSlot{a, kind}
	}
	return t
}()

// kindTableSize is the slots of kindTable, a power of two many times the
// elements of tagKinds, so that a probe rarely goes past its first slot.
const kindTableSize = 256

// kindHash is the first slot of kindTable probed for a.
func kindHash(a atom.Atom) uint32 {
	return (uint32(a) ^ uint32(a)>>8 ^ uint32(a)>>13) % kindTableSize
}

// tagKind returns tagKinds[a].
func tagKind(a atom.Atom) uint8 {
	for i := kindHash(a); ; i = (i + 1) % kindTableSize {
		switch s := kindTable[i]; s.a {
		case a:
			if a == 0 {
				return 0
			}
			return s.kind
		case 0:
			return 0
		}
	}
}

// checkMarkup counts the elements of a page and how deep they nest, before
// a tree is built, and refuses a page over the limits.
//
// It is one pass over the bytes, no tokens made: an element is a start tag,
// "<" and a letter, outside comments, declarations, quoted attribute values
// and the content of the raw-text elements (script, style, title, ...);
// that is what an HTML tokenizer counts as start tags, give or take
// malformed markup. The depth is an estimate: an end tag closes the
// innermost open element of its name among the last matchWindow, void
// elements and tags closed by "/>" hold nothing, and a <p> or <li> closes
// its open sibling.
func checkMarkup(ctx context.Context, b []byte, lim Limits) error {
	_, _, err := measureMarkup(ctx, b, lim)
	return err
}

// measureMarkup is checkMarkup that also returns the elements counted and
// the deepest nesting, up to where it stopped.
func measureMarkup(ctx context.Context, b []byte, lim Limits) (elements, depth int, err error) {
	var open []atom.Atom
	for i := 0; ; {
		k := bytes.IndexByte(b[i:], '<')
		if k < 0 || i+k+1 >= len(b) {
			return elements, depth, nil
		}
		i += k + 1
		c := b[i]
		switch {
		case isLetter(c):
			a, end, selfClosed := readTag(b, i)
			i = end
			elements++
			if lim.MaxElements >= 0 && elements > lim.MaxElements {
				return elements, depth, fmt.Errorf("%w: more than %d elements (Limits.MaxElements)", ErrLimit, lim.MaxElements)
			}
			if elements%(16*stop.CheckEvery) == 0 {
				if err := stop.Stopped(ctx); err != nil {
					return elements, depth, err
				}
			}
			kind := tagKind(a)
			if selfClosed || kind&voidKind != 0 {
				continue
			}
			if kind&rawTextKind != 0 {
				i = skipRawText(b, i, a)
			}
			if kind&selfClosingKind != 0 && len(open) > 0 && open[len(open)-1] == a {
				continue
			}
			open = append(open, a)
			depth = max(depth, len(open))
			if lim.MaxDepth >= 0 && len(open) > lim.MaxDepth {
				return elements, depth, fmt.Errorf("%w: elements nested more than %d deep (Limits.MaxDepth)", ErrLimit, lim.MaxDepth)
			}
		case c == '/' && i+1 < len(b) && isLetter(b[i+1]):
			a, end, _ := readTag(b, i+1)
			i = end
			for j := len(open) - 1; j >= 0 && j >= len(open)-matchWindow; j-- {
				if open[j] == a {
					open = open[:j]
					break
				}
			}
		case c == '!' && bytes.HasPrefix(b[i:], []byte("!--")):
			i = skipComment(b, i+3)
		case c == '!' || c == '?' || c == '/':
			i = skipPast(b, i, ">")
		}
	}
}

// matchWindow is how many open elements an end tag is matched against: an
// end tag without its start tag does not close everything above it.
const matchWindow = 64

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

// readTag reads the tag whose name starts at b[i]: it returns the name's
// atom (0 for a name it does not know), the index just past the tag's ">"
// (or the end of b) and whether the tag ends in "/>". A ">" in a quoted
// attribute value does not end the tag.
func readTag(b []byte, i int) (a atom.Atom, end int, selfClosed bool) {
	j := i
	for j < len(b) && !isSpace(b[j]) && b[j] != '/' && b[j] != '>' {
		j++
	}
	a = lookupLower(b[i:j])
	for j < len(b) {
		switch b[j] {
		case '>':
			return a, j + 1, b[j-1] == '/'
		case '=':
			j++
			for j < len(b) && isSpace(b[j]) {
				j++
			}
			if j < len(b) && (b[j] == '"' || b[j] == '\'') {
				q := bytes.IndexByte(b[j+1:], b[j])
				if q < 0 {
					return a, len(b), false
				}
				j += q + 2
			}
		default:
			j++
		}
	}
	return a, len(b), false
}

// lookupLower returns the atom of a tag name in any case; 0 for a name no
// atom has.
func lookupLower(name []byte) atom.Atom {
	var buf [24]byte
	if len(name) > len(buf) {
		return 0
	}
	for k, c := range name {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[k] = c
	}
	// The commonest names without hashing them (TestLookupLower).
	switch string(buf[:len(name)]) {
	case "a":
		return atom.A
	case "p":
		return atom.P
	case "li":
		return atom.Li
	case "div":
		return atom.Div
	case "span":
		return atom.Span
	case "img":
		return atom.Img
	case "td":
		return atom.Td
	case "tr":
		return atom.Tr
	case "br":
		return atom.Br
	}
	return atom.Lookup(buf[:len(name)])
}

// skipRawText returns the index of the end tag of the raw-text element a
// whose content starts at b[i] ("</" and its name in any case), or the end
// of b: its content holds no tags.
func skipRawText(b []byte, i int, a atom.Atom) int {
	if a == atom.Plaintext {
		return len(b) // nothing ends it
	}
	name := a.String()
	for {
		k := bytes.Index(b[i:], []byte("</"))
		if k < 0 {
			return len(b)
		}
		i += k
		rest := b[i+2:]
		if len(rest) >= len(name) && bytes.EqualFold(rest[:len(name)], []byte(name)) &&
			(len(rest) == len(name) || isSpace(rest[len(name)]) || rest[len(name)] == '/' || rest[len(name)] == '>') {
			return i
		}
		i += 2
	}
}

// skipComment returns the index just past the end of the comment whose
// text starts at b[i] ("-->", "--!>", or the ">" of an empty "<!-->" or
// "<!--->"), or the end of b.
func skipComment(b []byte, i int) int {
	if bytes.HasPrefix(b[i:], []byte(">")) {
		return i + 1
	}
	if bytes.HasPrefix(b[i:], []byte("->")) {
		return i + 2
	}
	for {
		k := bytes.Index(b[i:], []byte("--"))
		if k < 0 {
			return len(b)
		}
		i += k + 2
		for i < len(b) && b[i] == '-' {
			i++
		}
		if bytes.HasPrefix(b[i:], []byte(">")) {
			return i + 1
		}
		if bytes.HasPrefix(b[i:], []byte("!>")) {
			return i + 2
		}
	}
}

// skipPast returns the index just past the first sep at or after b[i], or
// the end of b.
func skipPast(b []byte, i int, sep string) int {
	k := bytes.Index(b[i:], []byte(sep))
	if k < 0 {
		return len(b)
	}
	return i + k + len(sep)
}
