package clean

import (
	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

// blockLines returns the Line of each block's plain text, for the text
// rules that judge blocks (TextBlockRules) to share: each block is read by
// some twenty of them, and counted against all the others.
func blockLines(blocks []article.Block) []Line {
	lines := make([]Line, len(blocks))
	for i, b := range blocks {
		lines[i] = NewLine(b.Plain)
	}
	return lines
}

// blockLine returns the Line of b, the block at c.Index: the one
// ApplyBlocks made, or a new one when c comes from elsewhere.
func (c Context) blockLine(b article.Block) *Line {
	if c.Index >= 0 && c.Index < len(c.lines) && c.Blocks[c.Index].Plain == b.Plain {
		return &c.lines[c.Index]
	}
	l := NewLine(b.Plain)
	return &l
}

// lineAt returns the Line of b, the block at i in c.Blocks: the one
// ApplyBlocks made, or a new one when c comes from elsewhere.
func (c Context) lineAt(i int, b article.Block) *Line {
	if i >= 0 && i < len(c.lines) && i < len(c.Blocks) && c.Blocks[i].Plain == b.Plain {
		return &c.lines[i]
	}
	l := NewLine(b.Plain)
	return &l
}

// foldedTitle returns lang.Fold(c.Title) and how many of its characters
// foldKept counts, made once per ApplyBlocks call.
func (c Context) foldedTitle() (string, int) {
	if c.titleFolded {
		return c.titleFold, c.titleKept
	}
	f := lang.Fold(c.Title)
	return f, foldKept(f, -1)
}

// countLines is CountMatches for a match that reads the blocks' Lines.
func (c Context) countLines(key string, match func(article.Block, *Line) bool) int {
	if n, ok := c.counts[key]; ok {
		return n
	}
	n := 0
	for i, b := range c.Blocks {
		var l *Line
		if i < len(c.lines) {
			l = &c.lines[i]
		} else {
			nl := NewLine(b.Plain)
			l = &nl
		}
		if match(b, l) {
			n++
		}
	}
	if c.counts != nil {
		c.counts[key] = n
	}
	return n
}
