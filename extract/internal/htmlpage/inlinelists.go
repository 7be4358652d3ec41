package htmlpage

import "strings"

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
