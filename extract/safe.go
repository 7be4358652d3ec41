package extract

import (
	"bytes"
	stdhtml "html"
	nurl "net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"
)

// Output safety and escaping, one step for both paths.
//
// Both paths write a block's Markdown as "marked" Markdown: the article's
// own text with each ASCII punctuation character (and each odd space)
// moved to a private code point (markText), the Markdown syntax the path
// adds (list markers, emphasis, links, code, table pipes) as it is. The
// HTML path marks the text that html-to-markdown renders (safePlugin), the
// text path marks each line before it adds its syntax. safeMarkdown then
// turns marked Markdown into Markdown: it drops links and images whose
// target is not http(s), mailto or relative, and writes each marked
// character back, with a backslash only where a CommonMark parser would
// otherwise read it as syntax (raw HTML, autolink, entity, code span,
// link, emphasis, strikethrough, or a block's start: heading, quote, list,
// rule, fence, table cell). Text thus renders back to itself, and no HTML,
// link, image or autolink appears that was not in the article.

// markBase is where marked characters go: markBase+c stands for the text
// character c. Plane 15 is private use; a page's own characters there are
// replaced (markText).
const markBase = 0xF0000

// markText returns text as marked text: entities decoded, ASCII
// punctuation marked, zero-width spaces dropped. Odd spaces are left to
// safeMarkdown, for the converter to see them as spaces.
func markText(s string) string {
	s = decodeEntities(s)
	var sb strings.Builder
	sb.Grow(len(s) + len(s)/4)
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && isASCIIPunct(byte(r)):
			sb.WriteRune(markBase + r)
		case r == '\u200B' || r == '\u2060' || r == '\uFEFF':
			// zero-width: dropped
		case r >= markBase && r < markBase+utf8.RuneSelf:
			// Marked already (an attribute rendered twice), or a page's
			// own private character: text either way.
			sb.WriteRune(r)
		case r == '\n' || r == '\r':
			sb.WriteByte(' ')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// oddSpace reports whether r is a space other than the ASCII one that
// writes as one: no-break, figure, narrow and the typographic spaces.
func oddSpace(r rune) bool {
	switch r {
	case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000':
		return true
	}
	return r >= '\u2000' && r <= '\u200A'
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// maxDecode is how many times entities are decoded: text encoded twice
// (&amp;gt;) is still read.
const maxDecode = 3

// decodeEntities decodes the character references in s that a Markdown
// reader would decode (&name; &#nn; &#xhh;), again while new ones appear.
func decodeEntities(s string) string {
	for range maxDecode {
		if !strings.Contains(s, "&") {
			return s
		}
		var sb strings.Builder
		changed := false
		for {
			i := strings.IndexByte(s, '&')
			if i < 0 {
				break
			}
			n := entityLen(s[i:])
			if n == 0 {
				sb.WriteString(s[:i+1])
				s = s[i+1:]
				continue
			}
			sb.WriteString(s[:i])
			sb.WriteString(stdhtml.UnescapeString(s[i : i+n]))
			s = s[i+n:]
			changed = true
		}
		sb.WriteString(s)
		s = sb.String()
		if !changed {
			break
		}
	}
	return s
}

// entityLen returns the length of the entity reference that s starts with,
// as CommonMark reads them, or 0.
func entityLen(s string) int {
	if len(s) < 3 || s[0] != '&' {
		return 0
	}
	i := 1
	switch {
	case s[1] == '#' && len(s) > 2 && (s[2] == 'x' || s[2] == 'X'):
		i = 3
		for i < len(s) && i < 9 && isHex(s[i]) {
			i++
		}
		if i == 3 {
			return 0
		}
	case s[1] == '#':
		i = 2
		for i < len(s) && i < 9 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 2 {
			return 0
		}
	default:
		for i < len(s) && i < 33 && isAlnum(s[i]) {
			i++
		}
		if i == 1 || !isAlpha(s[1]) {
			return 0
		}
	}
	if i >= len(s) || s[i] != ';' {
		return 0
	}
	ref := s[:i+1]
	if ref[1] != '#' && stdhtml.UnescapeString(ref) == ref {
		return 0 // not a name HTML knows
	}
	return i + 1
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isAlpha(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return isAlpha(c) || c >= '0' && c <= '9' }

// MarkdownText returns plain text as Markdown that renders back to it:
// entities decoded, odd spaces made plain, escapes only where needed.
func MarkdownText(s string) string {
	return safeMarkdown(markLine(s), true)
}

// markLine marks a line of text that stands alone: spaces at its ends,
// which a reader does not see, would be Markdown's indentation.
func markLine(s string) string {
	return markText(strings.TrimSpace(s))
}

// MarkdownTitle returns the level-one heading line of a title, without its
// line break.
func MarkdownTitle(title string) string {
	return safeMarkdown("# "+markLine(title), true)
}

// headingMarkdown returns the marked text of a heading as Markdown, its #
// marks not included.
func headingMarkdown(marked string, plainSpaces bool) string {
	return strings.TrimPrefix(safeMarkdown("# "+marked, plainSpaces), "# ")
}

// codeFence returns a fence of backticks longer than any run of them in
// code.
func codeFence(code string) string {
	longest, run := 0, 0
	for i := 0; i < len(code); i++ {
		if code[i] == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	return strings.Repeat("`", max(3, longest+1))
}

// WebURL returns s when it is an absolute http or https URL with a host,
// else "": only such a URL is the page's address, the base of its links.
func WebURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := nurl.Parse(s)
	if err != nil || !isWebURL(u) {
		return ""
	}
	return s
}

func isWebURL(u *nurl.URL) bool {
	if u == nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}

// safeTarget reports whether a link or image target, as Markdown holds it,
// is http, https, mailto or relative. The scheme is read as a browser
// would: escapes and entities decoded, case folded, and control
// characters and white space inside it ignored.
func safeTarget(dest string) bool {
	var sb strings.Builder
	for i := 0; i < len(dest); i++ {
		if dest[i] == '\\' && i+1 < len(dest) && isASCIIPunct(dest[i+1]) {
			continue
		}
		sb.WriteByte(dest[i])
	}
	s := stdhtml.UnescapeString(sb.String())
	if u, err := nurl.PathUnescape(s); err == nil {
		s = u // a scheme hidden by %-escapes
	}
	sb.Reset()
	for _, r := range s {
		if r <= ' ' || r == 0x7F || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) {
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	s = sb.String()
	colon := strings.IndexByte(s, ':')
	if colon < 0 || strings.ContainsAny(s[:colon], "/?#") {
		return true // relative
	}
	switch s[:colon] {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// safePlugin makes html-to-markdown write marked Markdown: it marks the
// text it renders, and the alt text and titles of images and links.
type safePlugin struct{}

func (safePlugin) Name() string { return "pare-safe" }

func (safePlugin) Init(conv *converter.Converter) error {
	conv.Register.TextTransformer(func(_ converter.Context, content string) string {
		return markText(content)
	}, converter.PriorityEarly)
	conv.Register.Renderer(func(_ converter.Context, _ converter.Writer, n *html.Node) converter.RenderStatus {
		if n.Type == html.ElementNode && (n.Data == "a" || n.Data == "img") {
			for i, a := range n.Attr {
				if a.Namespace == "" && (a.Key == "alt" || a.Key == "title") {
					n.Attr[i].Val = markText(a.Val)
				}
			}
		}
		return converter.RenderTryNext
	}, converter.PriorityEarly)
	return nil
}

// yamlText is a front matter value. A Markdown reader that does not know
// front matter reads the block as text: a value that could make raw HTML,
// an autolink or a link there (it holds < or ](, ][) is written
// double-quoted, and guardFrontMatter writes its < and [ as YAML escapes,
// which YAML reads back as they were.
type yamlText string

// markupLike reports whether s could make HTML or a link in Markdown.
func markupLike(s string) bool {
	return strings.Contains(s, "<") || strings.Contains(s, "](") || strings.Contains(s, "][")
}

// MarshalYAML writes the value double-quoted when it looks like markup.
func (s yamlText) MarshalYAML() (any, error) {
	if !markupLike(string(s)) {
		return string(s), nil
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Style: yaml.DoubleQuotedStyle, Tag: "!!str", Value: string(s)}, nil
}

// IsZero reports whether the value is empty, for omitempty.
func (s yamlText) IsZero() bool { return s == "" }

// guardFrontMatter escapes < and [ in the double-quoted values of
// marshalled front matter (one line each: yaml does not fold them).
func guardFrontMatter(fm []byte) []byte {
	if !bytes.ContainsAny(fm, "<[") {
		return fm
	}
	lines := strings.SplitAfter(string(fm), "\n")
	for i, l := range lines {
		if _, v, ok := strings.Cut(l, ": "); ok && strings.HasPrefix(v, `"`) {
			lines[i] = strings.NewReplacer("<", `\u003c`, "[", `\u005b`).Replace(l)
		}
	}
	return []byte(strings.Join(lines, ""))
}
