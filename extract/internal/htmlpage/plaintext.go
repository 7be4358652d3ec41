package htmlpage

import (
	"strings"

	"github.com/pare-dev/pare/internal/mdsafe"
	"golang.org/x/net/html"
)

// plainMarkdown returns the Markdown that the converter writes for src,
// and true, when src is a paragraph or a heading of text alone, with no
// element inside (half of the blocks rendered); false for any other
// block, which goes to the converter. For such a block the
// converter joins the text nodes, folds each run of ASCII white space
// into one space and drops it at both ends, marks the text (safePlugin),
// squeezes a heading's runs of spaces and writes its "#" marks, and trims
// Unicode white space; this does the same without copying the block and
// running the converter's passes over the copy. TestPlainMarkdown,
// FuzzPlainMarkdown and TestPlainMarkdownCorpus hold it to the converter.
func (src blockSource) plainMarkdown() (string, bool) {
	level, text, ok := 0, "", true
	if src.node != nil {
		if level = headingLevel(src.node); level < 0 {
			return "", false
		}
		for c := src.node.FirstChild; c != nil && ok; c = c.NextSibling {
			text, ok = addText(text, c)
		}
	} else {
		for _, n := range src.inline { // read as a paragraph
			if text, ok = addText(text, n); !ok {
				break
			}
		}
	}
	if !ok || !plainSafe(text) {
		return "", false
	}
	// Marked text holds no ASCII punctuation, so no "#" at the end of a
	// heading for the converter to escape.
	md := strings.TrimSpace(mdsafe.MarkText(foldSpaces(text)))
	if level == 0 || md == "" {
		return md, true
	}
	return strings.Repeat("#", level) + " " + squeezeSpaceRuns(md), true
}

// headingLevel returns 0 for a paragraph, the level of a heading, and -1
// for any other node.
func headingLevel(n *html.Node) int {
	if n.Type != html.ElementNode {
		return -1
	}
	switch d := n.Data; {
	case d == "p":
		return 0
	case len(d) == 2 && d[0] == 'h' && d[1] >= '1' && d[1] <= '6':
		return int(d[1] - '0')
	}
	return -1
}

// addText returns text followed by the text of n, and false when n is
// not a text node. For the first node it returns the node's own string.
func addText(text string, n *html.Node) (string, bool) {
	if n.Type != html.TextNode {
		return "", false
	}
	return text + n.Data, true
}

// plainSafe reports whether text can take the plain path: it holds none
// of the characters that send a tree to the converter with its escaping
// on (a NUL, a bell: see newConverter), nor the converter's own mark for a
// line break in code (U+F002), which it turns into a line break.
func plainSafe(text string) bool {
	return strings.IndexByte(text, 0) < 0 && strings.IndexByte(text, '\a') < 0 &&
		!strings.Contains(text, "\uF002")
}

// foldSpaces replaces each run of the white space that the converter
// folds (space, tab, line feed, carriage return; not a form feed, nor any
// space outside ASCII) by one space, and drops it at both ends. It returns
// s itself when that changes nothing.
func foldSpaces(s string) string {
	return foldRuns(strings.Trim(s, foldable))
}

// foldable is the white space that the converter folds.
const foldable = " \t\n\r"

func isFoldable(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// squeezeSpaceRuns replaces each run of spaces in s by one, as the converter
// does in a heading (a run that marking made of entities such as "&#32;").
func squeezeSpaceRuns(s string) string {
	if !strings.Contains(s, "  ") {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' || i == 0 || s[i-1] != ' ' {
			sb.WriteByte(s[i])
		}
	}
	return sb.String()
}
