package htmlpage

import (
	"strings"

	"golang.org/x/net/html"
)

// The converter marks the end of a list with a comment (listEndMark)
// when, walking the page from the list's end in document order, it meets
// another list before any text, list item or rule (its list-end pass,
// which runs after the collapse pass: the text nodes left empty by
// folding are gone, the others count even when trimmed later). The
// inline reader walks the block in the same order and knows which text
// the collapse pass keeps, so it follows that walk: each list leaves a
// tokEnd after it, which the next list marks unless a kept text or an
// item comes first.

// listEndMark is what the converter writes for a list-end mark.
const listEndMark = "\n\n<!--THE END-->\n\n"

// listOpens is the list-end walk at a list that opens: the list that
// ended last, with nothing between, takes a mark.
func (r *inlineReader) listOpens() {
	if r.ended >= 0 {
		r.toks[r.ended].end = 1
	}
	r.ended = -1
}

// listEnds is the list-end walk at the end of a list: the mark after it
// is to be decided, and no list inside it takes one (the walk from there
// meets this one's mark, or what decides it).
func (r *inlineReader) listEnds() {
	r.ended = len(r.toks)
	r.toks = append(r.toks, token{kind: tokEnd})
}

// textAfterList is the list-end walk at inline code of the given text:
// it reports false when a list ended last and the collapse pass may keep
// or drop the code's text (white space alone), which inlineMarkdown
// leaves to the converter.
func (r *inlineReader) textAfterList(raw string) bool {
	if r.ended < 0 {
		return true
	}
	if strings.TrimSpace(raw) == "" {
		return false
	}
	r.ended = -1
	return true
}

// heading reads a heading inside a list item, a quote or a division: a
// block of inline content, which the second pass writes on a line of its
// own (closeHeading).
func (r *inlineReader) heading(n *html.Node) bool {
	r.block()
	r.toks = append(r.toks, token{kind: tokHead, node: n})
	inner := r.childrenOf(n)
	if !r.content(inner, 0) {
		return false
	}
	if inner.cur != nil {
		r.block()
	}
	r.toks = append(r.toks, token{kind: tokHeadEnd, node: n})
	return true
}

// closeHeading writes the heading t closes, whose content is buf[start:],
// as the converter does: nothing when it is blank, else a block of its
// "#" marks and its content on one line (finishHeading).
func (r *inlineReader) closeHeading(buf []byte, start int, t token) ([]byte, bool) {
	md, ok := finishHeading(string(buf[start:]), headingLevel(t.node))
	if !ok {
		return buf, false
	}
	buf = buf[:start]
	if md != "" {
		buf = append(buf, "\n\n"...)
		buf = append(buf, md...)
		buf = append(buf, "\n\n"...)
	}
	return buf, true
}

// quote reads a quote inside a list item, a quote or a division: flow
// content, which the second pass writes with its lines marked
// (closeQuote).
func (r *inlineReader) quote(n *html.Node) bool {
	r.block()
	r.toks = append(r.toks, token{kind: tokQuote})
	inner := r.childrenOf(n)
	if !r.flow(inner) {
		return false
	}
	if inner.cur != nil {
		r.block()
	}
	r.toks = append(r.toks, token{kind: tokQuoteEnd})
	return true
}

// closeQuote writes the quote whose content is buf[start:] as the
// converter does: nothing when it is blank, else a block of its lines
// marked (quoteLines).
func closeQuote(buf []byte, start int) []byte {
	md := quoteLines(string(buf[start:]))
	buf = buf[:start]
	if md != "" {
		buf = append(buf, "\n\n"...)
		buf = append(buf, md...)
		buf = append(buf, "\n\n"...)
	}
	return buf
}

// wordBreak is the collapse pass at a <wbr>, a void element, which the
// converter writes as nothing: the white space on either side is kept, as
// around code.
func (r *inlineReader) wordBreak() bool {
	r.prev, r.keep = -1, true
	return true
}
