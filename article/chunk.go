package article

import (
	"bytes"
	"encoding/json"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Chunk is a piece of an article for retrieval: the page's metadata (its
// Record, without the whole body), the chunk's index from 0, the
// headings it stands under, from the title down, and its Markdown.
type Chunk struct {
	Record
	Index       int      `json:"chunk"`
	HeadingPath []string `json:"heading_path"`
	Text        string   `json:"text"`
}

// unit is a piece of the body that a chunk takes whole: a block, or a
// part of one too long for a chunk (sentences, list items).
type unit struct {
	text    string
	words   int
	sep     string   // what joins it to the unit before, in one chunk
	head    []string // the heading path it stands under
	heading bool     // a heading's line
}

// Chunks splits the body into chunks of at most about maxWords words
// each: at headings first (a heading starts a chunk), then between
// blocks, then a block too long on its own between list items or
// sentences (never inside a link, emphasis or code span). A table, a code
// block or a sentence longer than maxWords is a chunk of its own. The
// chunks' texts, joined, give back the body (Body) up to white space.
// maxWords < 1 gives the body as one chunk.
func (d *Document) Chunks(maxWords int) []Chunk {
	rec := d.Record()
	rec.Markdown = nil
	var units []unit
	top := 7
	for _, b := range d.Blocks {
		if b.Kind == Heading && b.Level < top {
			top = b.Level
		}
	}
	var path []string
	if d.Title != "" {
		path = []string{oneLine(d.Title)}
	}
	base := len(path)
	var levels []int // the level of each heading in path[base:]
	for _, b := range d.Blocks {
		md := b.Text
		if b.Kind == Heading {
			level := min(b.Level-top+2, 6)
			for len(levels) > 0 && levels[len(levels)-1] >= level {
				levels = levels[:len(levels)-1]
			}
			path = append(path[:base+len(levels)], BlockText(b))
			levels = append(levels, level)
			md = "######"[:level] + " " + md
		}
		head := append([]string(nil), path...)
		words := len(strings.Fields(BlockText(b)))
		if maxWords < 1 || words <= maxWords || b.Kind == Heading {
			units = append(units, unit{text: md, words: words, sep: "\n\n", head: head, heading: b.Kind == Heading})
			continue
		}
		for i, p := range splitBlock(b, md) {
			sep := "\n\n"
			if i > 0 {
				sep = " "
				if b.Kind == List {
					sep = "\n"
				}
			}
			units = append(units, unit{text: p, words: len(strings.Fields(p)), sep: sep, head: head})
		}
	}
	var out []Chunk
	words, headingOnly := 0, false
	for _, u := range units {
		switch {
		case len(out) > 0 && u.heading && headingOnly:
			// Headings in a row: one chunk, under the last.
			c := &out[len(out)-1]
			c.Text += u.sep + u.text
			c.HeadingPath = u.head
			continue
		case len(out) == 0 || u.heading || maxWords >= 1 && words > 0 && words+u.words > maxWords && !headingOnly:
			out = append(out, Chunk{Record: rec, Index: len(out), HeadingPath: u.head, Text: u.text})
			words, headingOnly = u.words, u.heading
			continue
		}
		c := &out[len(out)-1]
		c.Text += u.sep + u.text
		words += u.words
		headingOnly = false
	}
	for i := range out {
		if out[i].HeadingPath == nil {
			out[i].HeadingPath = []string{}
		}
	}
	return out
}

// splitBlock cuts a block's Markdown into parts that each stay valid
// Markdown: a list between its top-level items, a paragraph or quote
// between sentences; other blocks stay whole.
func splitBlock(b Block, md string) []string {
	switch b.Kind {
	case List:
		var parts []string
		for _, l := range strings.Split(md, "\n") {
			if len(parts) > 0 && (l == "" || l[0] == ' ' || !listMarker(l)) {
				parts[len(parts)-1] += "\n" + l
				continue
			}
			parts = append(parts, l)
		}
		return parts
	case Paragraph:
		if !strings.Contains(md, "\n") {
			return sentences(md)
		}
	}
	return []string{md}
}

// listMarker reports whether a line starts a list item.
func listMarker(l string) bool {
	if len(l) >= 2 && (l[0] == '-' || l[0] == '*' || l[0] == '+') && l[1] == ' ' {
		return true
	}
	i := 0
	for i < len(l) && i < 9 && l[i] >= '0' && l[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(l) && (l[i] == '.' || l[i] == ')') && l[i+1] == ' '
}

// sentences cuts a line of Markdown after each sentence's end (. ! ? and
// closing quotes or brackets, then a space and a capital or a digit),
// where no link, emphasis or code span is open.
func sentences(md string) []string {
	var parts []string
	start := 0
	depth, code, stars, unders := 0, false, 0, 0
	for i := 0; i < len(md); i++ {
		c := md[i]
		if c == '\\' {
			i++
			continue
		}
		switch c {
		case '`':
			code = !code
		case '[', '(':
			if !code {
				depth++
			}
		case ']', ')':
			if !code && depth > 0 {
				depth--
			}
		case '*':
			if !code {
				stars++
			}
		case '_':
			if !code {
				unders++
			}
		case '.', '!', '?':
			if code || depth > 0 || stars%2 == 1 || unders%2 == 1 {
				continue
			}
			j := i + 1
			for j < len(md) && strings.IndexByte(`"')]»”’`, md[j]) >= 0 {
				j++
			}
			if j+1 >= len(md) || md[j] != ' ' {
				continue
			}
			r, _ := utf8.DecodeRuneInString(md[j+1:])
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				continue
			}
			parts = append(parts, md[start:j])
			start = j + 1
			i = j
		}
	}
	return append(parts, md[start:])
}

// WriteChunks writes the document's chunks (Chunks) as JSON Lines, one
// record a line, in one call.
func (d *Document) WriteChunks(w io.Writer, maxWords int) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, c := range d.Chunks(maxWords) {
		if err := enc.Encode(c); err != nil {
			return err
		}
	}
	_, err := w.Write(buf.Bytes())
	return err
}
