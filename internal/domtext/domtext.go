// Package domtext writes a page's DOM text content as a plain-text dump:
// what copying the text of every node of the page's body gives, the third
// kind of dump pare reads besides w3m's and a browser's innerText.
//
// The dump holds every text node of the body in document order, whether
// or not the page shows it: menus, hidden panels, SVG <title> icon names,
// screen-reader labels, aria-hidden content and the text of <noscript>
// fallbacks (parsed as a browser with scripting off parses them, so their
// text comes out, not their markup). It leaves out what is not text
// content of the document, or is code: <script> and <style> (SVG's too),
// the contents of <template>
// (a separate fragment in a browser's DOM), raw-text fallbacks
// (<iframe>, <noembed>, <noframes>), the <head>, attributes and alt text.
//
// Layout follows a browser's innerText, where that is about lines:
//
//   - a line break at each block-level element's start and end, two (a
//     blank line) around <p> and <h1>–<h6>; at most one blank line in a row;
//   - <br> breaks the line (two in a row make a blank line);
//   - table cells of a row are a tab apart, each row on its own line
//     (white space between rows and cells is no text); each <option> of
//     a <select> is on a line of its own;
//   - inline elements add nothing, so adjacent inline text nodes are glued
//     as they are (a sprite of SVG icon titles becomes one run of words);
//   - runs of HTML white space (space, tab, line feed, form feed, carriage
//     return) collapse to one space, across node boundaries too, and are
//     dropped at the start and end of a line; no-break spaces are kept;
//   - inside <pre> and <textarea> the text is kept as it is, line breaks
//     included;
//   - lines are trimmed of trailing spaces and tabs; a line of nothing but
//     white space (no-break spaces included) and zero-width characters
//     counts as blank; blank lines
//     at the start and end are dropped; the dump ends with one line feed.
//
// Visible writes, in the same layout, only what a browser shows (as far as
// the markup says: see hiddenEl), a stand-in for a browser's innerText that
// the headline model's trainer fits on as extra data.
//
// The page's bytes are decoded as pare decodes them: a byte-order mark,
// then valid UTF-8 as it is, then the <meta>-declared charset
// (golang.org/x/net/html/charset), else UTF-8 with stray bytes read as
// windows-1252. The dump is always valid UTF-8.
package domtext

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// MaxBytes is the largest page Dump accepts.
const MaxBytes = 32 << 20

// MaxDepth is how deep into the element tree the dump goes; text nested
// deeper is left out (the HTML parser itself keeps the tree far shallower
// on real pages).
const MaxDepth = 1024

// ErrTooLarge is returned for a page over MaxBytes.
var ErrTooLarge = errors.New("domtext: page too large")

// ErrParse is returned when the page cannot be parsed as HTML.
var ErrParse = errors.New("domtext: cannot parse page")

// Dump returns the DOM text content of page, laid out as the package
// documentation describes.
func Dump(page []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := Write(&buf, page); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes the DOM text content of page to w.
func Write(w io.Writer, page []byte) error {
	return write(w, page, false)
}

// Visible returns the text of page as a browser shows it, roughly: Dump's
// layout, less what a page hides from sight (see hiddenEl). It is a
// stand-in for a browser's innerText where none is at hand; it reads no
// style sheet, so what a class hides stays in.
func Visible(page []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := write(&buf, page, true); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// write writes the text of page to w: every text node, or the visible
// ones only.
func write(w io.Writer, page []byte, visible bool) error {
	if len(page) > MaxBytes {
		return fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(page), MaxBytes)
	}
	doc, err := html.ParseWithOptions(bytes.NewReader(toUTF8(page)), html.ParseOptionEnableScripting(false))
	if err != nil {
		return fmt.Errorf("%w: %w", ErrParse, err)
	}
	d := dumper{visible: visible}
	d.walk(root(doc))
	if _, err := w.Write(tidy(d.out.Bytes())); err != nil {
		return fmt.Errorf("domtext: writing dump: %w", err)
	}
	return nil
}

// root is the node whose text content is dumped: the body, or the whole
// document when it has none (a frameset page).
func root(doc *html.Node) *html.Node {
	var body *html.Node
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode && n.DataAtom == atom.Body {
			body = n
			break
		}
	}
	if body == nil {
		return doc
	}
	return body
}

// dumper builds the dump: out holds the text so far, breaks the line
// breaks owed before the next text (0, 1 or 2), sep the separator owed
// within the line ("", " " or "\t").
type dumper struct {
	out     bytes.Buffer
	breaks  int
	sep     string
	visible bool // leave out what the page hides (hiddenEl)
}

// walk dumps n's subtree without recursion, so that no page can exhaust
// the stack.
func (d *dumper) walk(n *html.Node) {
	type frame struct {
		n     *html.Node
		leave bool
	}
	stack := []frame{{n: n}}
	depth := 0
	for len(stack) > 0 {
		f := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if f.leave {
			depth--
			d.close(f.n)
			continue
		}
		switch f.n.Type {
		case html.TextNode:
			if betweenCells(f.n) {
				continue
			}
			if pre(f.n) {
				d.preText(f.n.Data)
			} else {
				d.text(f.n.Data)
			}
			continue
		case html.ElementNode:
			if skipped[f.n.DataAtom] || depth >= MaxDepth || d.visible && hiddenEl(f.n) {
				continue
			}
			d.open(f.n)
			depth++
			stack = append(stack, frame{n: f.n, leave: true})
		case html.DocumentNode:
		default:
			continue
		}
		for c := f.n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{n: c})
		}
	}
}

// skipped are the elements whose content is not dumped.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Head: true,
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true,
}

// open handles an element's start.
func (d *dumper) open(n *html.Node) {
	switch {
	case n.DataAtom == atom.Br:
		d.breaks = min(d.breaks+1, 2)
		d.sep = ""
	case n.DataAtom == atom.Td || n.DataAtom == atom.Th:
		if d.breaks == 0 && d.out.Len() > 0 && !lineStart(d.out.Bytes()) {
			d.sep = "\t"
		}
	default:
		d.block(n)
	}
}

// close handles an element's end.
func (d *dumper) close(n *html.Node) {
	if n.DataAtom != atom.Br && n.DataAtom != atom.Td && n.DataAtom != atom.Th {
		d.block(n)
	}
}

// block owes the line breaks of a block-level element's boundary.
func (d *dumper) block(n *html.Node) {
	if n.Namespace != "" {
		return
	}
	if c := blocks[n.DataAtom]; c > d.breaks {
		d.breaks = c
		d.sep = ""
	}
}

// blocks are the block-level elements and the line breaks at their
// boundaries.
var blocks = map[atom.Atom]int{
	atom.P: 2, atom.H1: 2, atom.H2: 2, atom.H3: 2, atom.H4: 2, atom.H5: 2, atom.H6: 2,
	atom.Address: 1, atom.Article: 1, atom.Aside: 1, atom.Blockquote: 1, atom.Body: 1,
	atom.Caption: 1, atom.Center: 1, atom.Dd: 1, atom.Details: 1, atom.Dialog: 1,
	atom.Dir: 1, atom.Div: 1, atom.Dl: 1, atom.Dt: 1, atom.Fieldset: 1,
	atom.Figcaption: 1, atom.Figure: 1, atom.Footer: 1, atom.Form: 1, atom.Header: 1,
	atom.Hgroup: 1, atom.Hr: 1, atom.Legend: 1, atom.Li: 1, atom.Listing: 1,
	atom.Main: 1, atom.Menu: 1, atom.Nav: 1, atom.Noscript: 1, atom.Ol: 1,
	atom.Option: 1, atom.Optgroup: 1, atom.Plaintext: 1, atom.Pre: 1, atom.Search: 1,
	atom.Section: 1, atom.Select: 1, atom.Summary: 1, atom.Table: 1, atom.Tbody: 1,
	atom.Textarea: 1, atom.Tfoot: 1, atom.Thead: 1, atom.Tr: 1, atom.Ul: 1,
	atom.Video: 1, atom.Audio: 1, atom.Xmp: 1, atom.Frameset: 1, atom.Html: 1,
}

// pre tells whether text node n keeps its white space: inside <pre>,
// <listing>, <xmp>, <plaintext> or <textarea>.
func pre(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type != html.ElementNode || p.Namespace != "" {
			continue
		}
		switch p.DataAtom {
		case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext, atom.Textarea:
			return true
		}
	}
	return false
}

// betweenCells tells whether text node n is white space between the
// parts of a table (rows, cells, column groups), which a browser does not
// render, even inside <pre>.
func betweenCells(n *html.Node) bool {
	p := n.Parent
	if p == nil || p.Type != html.ElementNode || p.Namespace != "" || strings.TrimFunc(n.Data, space) != "" {
		return false
	}
	switch p.DataAtom {
	case atom.Table, atom.Tbody, atom.Thead, atom.Tfoot, atom.Tr, atom.Colgroup:
		return true
	}
	return false
}

// text adds a text node's text, its white space collapsed.
func (d *dumper) text(s string) {
	for s != "" {
		i := strings.IndexFunc(s, space)
		if i < 0 {
			d.word(s)
			return
		}
		if i > 0 {
			d.word(s[:i])
		}
		if d.sep == "" && d.breaks == 0 && d.out.Len() > 0 && !lineStart(d.out.Bytes()) {
			d.sep = " "
		}
		s = strings.TrimLeftFunc(s[i:], space)
	}
}

// preText adds text whose white space is kept.
func (d *dumper) preText(s string) {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			d.flush()
			d.out.WriteByte('\n')
		}
		if line != "" {
			d.word(line)
		}
	}
}

// word writes text after the breaks and separator owed.
func (d *dumper) word(s string) {
	d.flush()
	d.out.WriteString(s)
}

// flush writes the breaks and separator owed.
func (d *dumper) flush() {
	if d.breaks > 0 {
		if b := d.out.Bytes(); len(b) > 0 {
			have := 0
			for have < d.breaks && have < len(b) && b[len(b)-1-have] == '\n' {
				have++
			}
			d.out.WriteString("\n\n"[:d.breaks-have])
		}
		d.breaks = 0
		d.sep = ""
	}
	d.out.WriteString(d.sep)
	d.sep = ""
}

// blankRune reports a character that shows nothing: white space (no-break
// spaces included) and the zero-width characters (a byte-order mark left
// in the text, a zero-width space or joiner).
func blankRune(r rune) bool {
	return unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060'
}

// space reports HTML white space.
func space(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// lineStart tells whether b ends at the start of a line.
func lineStart(b []byte) bool {
	return len(b) == 0 || b[len(b)-1] == '\n'
}

// tidy trims each line's trailing spaces and tabs, keeps at most one blank
// line in a row, drops blank lines at both ends and ends the dump with one
// line feed (an empty dump stays empty). A line of only white space is
// blank. It makes the text valid UTF-8.
func tidy(b []byte) []byte {
	out := make([]byte, 0, len(b)+1)
	blank := false
	for line := range bytes.Lines(b) {
		line = bytes.TrimRight(line, " \t\n")
		if len(bytes.TrimFunc(line, blankRune)) == 0 {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, '\n')
			blank = false
		}
		out = append(out, line...)
		out = append(out, '\n')
	}
	if !utf8.Valid(out) {
		out = bytes.ToValidUTF8(out, []byte("\uFFFD"))
	}
	return out
}
