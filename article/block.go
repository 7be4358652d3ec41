package article

import "unicode/utf8"

// Kind is the kind of a Block.
type Kind int

// The kinds of Block an article body is made of.
const (
	Paragraph Kind = iota // running text
	Heading               // a section heading; Level says which
	List                  // a bulleted or numbered list
	Quote                 // a block quote
	Code                  // preformatted code
	Table                 // a table
	Figure                // an image, with its caption when known
	Rule                  // a thematic break
)

var kindNames = [...]string{"paragraph", "heading", "list", "quote", "code", "table", "figure", "rule"}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if k >= 0 && int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// Block is one block of an article body: a paragraph, a heading, a list...
//
// Text is the block rendered as Markdown (without the heading marks for a
// Heading). Plain is its visible text, whitespace folded, which is what rules
// look at. Links is the number of visible characters inside links, so that
// link density can be judged without the markup.
type Block struct {
	Kind  Kind   `json:"kind"`
	Level int    `json:"level,omitempty"` // heading level, 1 to 6
	Text  string `json:"text"`
	Plain string `json:"plain"`
	Links int    `json:"links"`
}

// MarshalText writes the kind's name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// LinkDensity returns the share of the block's visible text that sits inside
// links, from 0 to 1.
func (b Block) LinkDensity() float64 {
	if b.Links == 0 {
		return 0 // most blocks: their text need not be counted
	}
	n := utf8.RuneCountInString(b.Plain)
	if n == 0 {
		return 0
	}
	d := float64(b.Links) / float64(n)
	if d > 1 {
		d = 1
	}
	return d
}

// MinArticleRunes is the least visible text an article may have: below it,
// what is left is a menu word or a label, not an article.
const MinArticleRunes = 25

// TextLengthUnder reports whether blocks hold fewer than n visible
// characters, TextLength(blocks) < n, reading no further than it must: a
// text of 4n bytes or more holds n characters or more (a character takes
// four bytes at most, a byte that is not UTF-8 counts as one).
func TextLengthUnder(blocks []Block, n int) bool {
	for _, b := range blocks {
		if n <= 0 || len(b.Plain)/4 >= n {
			return false
		}
		n -= utf8.RuneCountInString(b.Plain)
	}
	return n > 0
}

// TextLength counts the visible characters of blocks.
func TextLength(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		n += utf8.RuneCountInString(b.Plain)
	}
	return n
}
