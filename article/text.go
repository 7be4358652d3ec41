package article

import (
	stdhtml "html"
	"io"
	"strconv"
	"strings"

	"github.com/pare-dev/pare/internal/mdsafe"
	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Bullet starts each item of an unordered list in plain text. It is no
// Markdown list marker, so plain text cannot be read as Markdown.
const Bullet = "• "

// mdParser reads the Markdown of blocks for the plain-text writer: the
// CommonMark pare writes, with tables and strikethrough. It keeps no state
// between calls.
var mdParser parser.Parser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

// PlainText returns the title and the body as plain text, with no
// Markdown syntax and no escapes: blocks apart by a blank line, headings
// on lines of their own, list items each on a line starting with Bullet
// (ordered ones with their number, "1. "; nested ones indented by two
// spaces a level), table rows as lines of tab-separated cells, links and
// images as their text, quotes and code as their lines. No-break spaces
// are kept where the Markdown keeps them (a text dump's lines).
func (d *Document) PlainText() string {
	var sb strings.Builder
	if d.Title != "" {
		sb.WriteString(oneLine(d.Title) + "\n\n")
	}
	first := true
	for _, b := range d.Blocks {
		t := BlockText(b)
		if t == "" {
			continue
		}
		if !first {
			sb.WriteString("\n")
		}
		first = false
		sb.WriteString(t)
		sb.WriteString("\n")
	}
	return sb.String()
}

// WriteText writes the document as plain text (PlainText) in one call.
func (d *Document) WriteText(w io.Writer) error {
	_, err := io.WriteString(w, d.PlainText())
	return err
}

// oneLine folds the white space of s to single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// BlockText returns one block as plain text (see PlainText), without a
// final line break; "" for a thematic break.
func BlockText(b Block) string {
	switch b.Kind {
	case Rule:
		return ""
	case Code:
		return codeText(b.Text)
	}
	src := b.Text
	if b.Kind == Heading {
		src = "# " + src
	}
	source := []byte(src)
	doc := mdParser.Parse(text.NewReader(source))
	var pw plainWriter
	pw.src = source
	pw.blocks(doc, "")
	out := strings.TrimRight(pw.sb.String(), "\n")
	if b.Kind == Heading {
		out = oneLine(out)
	}
	return out
}

// codeText returns a code block's lines without their fence.
func codeText(md string) string {
	lines := strings.Split(md, "\n")
	if len(lines) >= 2 {
		f := strings.TrimSpace(lines[0])
		if strings.HasPrefix(f, "```") || strings.HasPrefix(f, "~~~") {
			lines = lines[1:]
			if last := strings.TrimSpace(lines[len(lines)-1]); len(last) >= 3 && strings.Trim(last, f[:1]) == "" {
				lines = lines[:len(lines)-1]
			}
		}
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n")
}

// plainWriter writes parsed Markdown as plain text.
type plainWriter struct {
	src []byte
	sb  strings.Builder
}

// blocks writes the block children of n, each line after indent, a blank
// line between paragraphs and none inside lists.
func (pw *plainWriter) blocks(n gast.Node, indent string) {
	_, inItem := n.(*gast.ListItem)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		// Blocks stand a blank line apart; inside a list item, and
		// before a nested list, they go on the next line.
		if c != n.FirstChild() && !inItem && c.Kind() != gast.KindList {
			pw.sb.WriteString("\n")
		}
		pw.block(c, indent)
	}
}

// block writes one block node.
func (pw *plainWriter) block(n gast.Node, indent string) {
	switch n := n.(type) {
	case *gast.List:
		num := n.Start
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			marker := Bullet
			if n.IsOrdered() {
				marker = strconv.Itoa(num) + ". "
				num++
			}
			var sub plainWriter
			sub.src = pw.src
			sub.blocks(it, "")
			lines := strings.Split(strings.TrimRight(sub.sb.String(), "\n"), "\n")
			pad := strings.Repeat(" ", len([]rune(marker)))
			if n.IsOrdered() {
				pad = "  "
			}
			for i, l := range lines {
				switch {
				case i == 0:
					pw.sb.WriteString(indent + marker + l + "\n")
				case l == "":
					pw.sb.WriteString("\n")
				default:
					pw.sb.WriteString(indent + pad + l + "\n")
				}
			}
		}
	case *east.Table:
		for row := n.FirstChild(); row != nil; row = row.NextSibling() {
			var cells []string
			for c := row.FirstChild(); c != nil; c = c.NextSibling() {
				cells = append(cells, oneLine(pw.inlineText(c)))
			}
			pw.sb.WriteString(indent + strings.Join(cells, "\t") + "\n")
		}
	case *gast.FencedCodeBlock, *gast.CodeBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			pw.sb.WriteString(indent + strings.TrimRight(string(seg.Value(pw.src)), "\n") + "\n")
		}
	case *gast.Blockquote:
		pw.blocks(n, indent)
	case *gast.ThematicBreak:
	case *gast.HTMLBlock:
		lines := n.Lines()
		for i := 0; i < lines.Len(); i++ {
			seg := lines.At(i)
			pw.sb.WriteString(indent + strings.TrimRight(string(seg.Value(pw.src)), "\n") + "\n")
		}
	default:
		if n.Type() == gast.TypeBlock && n.HasChildren() && n.FirstChild().Type() == gast.TypeBlock {
			pw.blocks(n, indent)
			return
		}
		for _, l := range strings.Split(pw.inlineText(n), "\n") {
			pw.sb.WriteString(indent + strings.TrimSpace(l) + "\n")
		}
	}
}

// inlineText returns the text of n's inline children: escapes and
// entities read, links and images as their text, soft breaks as spaces,
// hard breaks as line breaks.
func (pw *plainWriter) inlineText(n gast.Node) string {
	var sb strings.Builder
	pw.inline(&sb, n)
	return sb.String()
}

func (pw *plainWriter) inline(sb *strings.Builder, n gast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *gast.Text:
			v := c.Segment.Value(pw.src)
			if c.IsRaw() {
				sb.Write(v)
			} else {
				sb.WriteString(unescapeIn(pw.src, c.Segment.Start, c.Segment.Stop))
			}
			switch {
			case c.HardLineBreak():
				sb.WriteString("\n")
			case c.SoftLineBreak():
				sb.WriteString(" ")
			}
		case *gast.String:
			if c.IsCode() || c.IsRaw() {
				sb.Write(c.Value)
			} else {
				sb.WriteString(unescape(string(c.Value)))
			}
		case *gast.CodeSpan:
			var code strings.Builder
			for t := c.FirstChild(); t != nil; t = t.NextSibling() {
				if s, ok := t.(*gast.Text); ok {
					code.Write(s.Segment.Value(pw.src))
				} else if s, ok := t.(*gast.String); ok {
					code.Write(s.Value)
				}
			}
			sb.WriteString(code.String())
		case *gast.AutoLink:
			sb.Write(c.Label(pw.src))
		case *gast.RawHTML:
			segs := c.Segments
			for i := 0; i < segs.Len(); i++ {
				s := segs.At(i)
				sb.Write(s.Value(pw.src))
			}
		default:
			pw.inline(sb, c)
		}
	}
}

// unescape reads a text's backslash escapes and character references as
// CommonMark does.
func unescape(s string) string { return unescapeIn([]byte(s), 0, len(s)) }

// unescapeIn is unescape for the text src[from:to], which it reads in its
// context.
func unescapeIn(src []byte, from, to int) string {
	s := string(src[:to])
	if !strings.ContainsAny(s[from:], `\&*_`) {
		return s[from:]
	}
	var sb strings.Builder
	for i := from; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && mdsafe.IsASCIIPunct(s[i+1]):
			sb.WriteByte(s[i+1])
			i++
		case c == '*' && i+1 < len(s) && s[i+1] == c && (i+2 >= len(s) || s[i+2] != c) && (i == 0 || s[i-1] != c) && touchesText(src, i, i+2):
			// An unescaped ** against text is strong emphasis
			// that a CommonMark reader did not pair (a converter's
			// **33%**of): markup, not text.
			i++
		case c == '&':
			if n := mdsafe.EntityLen(s[i:]); n > 0 {
				sb.WriteString(stdhtml.UnescapeString(s[i : i+n]))
				i += n - 1
				continue
			}
			sb.WriteByte(c)
		default:
			sb.WriteByte(c)
		}
	}
	return sb.String()
}

// touchesText reports whether s[a:b] has a character other than a space
// on at least one side.
func touchesText(s []byte, a, b int) bool {
	return a > 0 && s[a-1] != ' ' || b < len(s) && s[b] != ' '
}

// Words returns the number of words in the body (the title not counted),
// as white-space separated runs of its plain text.
func (d *Document) Words() int {
	n := 0
	for _, b := range d.Blocks {
		n += len(strings.Fields(BlockText(b)))
	}
	return n
}
