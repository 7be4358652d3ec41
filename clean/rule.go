package clean

import (
	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

// Context is what a block rule may know about the article around a block.
type Context struct {
	Title  string          // the article's title, when known
	Blocks []article.Block // all blocks of the article, in order
	Index  int             // the position of the block being judged

	counts map[string]int // memo of CountMatches, one per ApplyBlocks call
	lines  []Line         // the blocks' plain texts as text rules read them, one per ApplyBlocks call

	titleFold   string // lang.Fold(Title), once per ApplyBlocks call
	titleKept   int    // foldKept(titleFold, -1)
	titleFolded bool
}

// CountMatches returns how many of the article's blocks match, remembering
// the answer under key for the other blocks of the same article.
func (c Context) CountMatches(key string, match func(article.Block) bool) int {
	if n, ok := c.counts[key]; ok {
		return n
	}
	n := 0
	for _, b := range c.Blocks {
		if match(b) {
			n++
		}
	}
	if c.counts != nil {
		c.counts[key] = n
	}
	return n
}

// BlockRule is a named predicate over the blocks of an extracted article.
// Drop reports whether the block at ctx.Index is page chrome.
type BlockRule struct {
	Name string
	Drop func(b article.Block, ctx Context) bool

	text bool // made by TextBlockRules: it drops a block that a text rule matches
}

// ApplyBlocks runs rules over blocks in order and returns the blocks that no
// rule dropped, with a Removal for each block that one did.
func ApplyBlocks(blocks []article.Block, title string, rules []BlockRule) ([]article.Block, []article.Removal) {
	return ApplyBlocksClear(blocks, title, rules, nil)
}

// ApplyBlocksClear is ApplyBlocks for blocks some of whose texts the caller
// has already found no text rule to match: clear[i] says that none of the
// TextRules that rules made by TextBlockRules wrap matches blocks[i].Plain
// (a text dump's reader runs all of DefaultTextRules on each line, and
// most paragraphs are a line). Those rules are not asked of those blocks:
// they would not drop them.
func ApplyBlocksClear(blocks []article.Block, title string, rules []BlockRule, clear []bool) ([]article.Block, []article.Removal) {
	kept := make([]article.Block, 0, len(blocks))
	var removed []article.Removal
	counts := map[string]int{}
	lines := blockLines(blocks)
	titleFold := lang.Fold(title)
	titleKept := foldKept(titleFold, -1)
	for i, b := range blocks {
		ctx := Context{Title: title, Blocks: blocks, Index: i, counts: counts, lines: lines, titleFold: titleFold, titleKept: titleKept, titleFolded: true}
		dropped := false
		known := i < len(clear) && clear[i]
		for _, r := range rules {
			if r.text && known {
				continue
			}
			if r.Drop(b, ctx) {
				removed = append(removed, article.Removal{Rule: r.Name, Text: b.Plain})
				dropped = true
				break
			}
		}
		if !dropped {
			kept = append(kept, b)
		}
	}
	return kept, removed
}

// TextRule is a named predicate over a piece of visible text: a line or a
// paragraph of a text dump, or the plain text of an HTML block. Rules that
// recognise chrome by its words (cookie notes, comment policies, share bars,
// copyright lines…) are TextRules, so that both kinds of input share them.
//
// A rule sets Match, or MatchLower when it reads the text lower-cased, or
// MatchLine when it reads other forms of it (folded, split, counted):
// FirstMatch then makes each form of a line once for all the rules it
// tries, instead of once a rule. Its Gate tells FirstMatch which lines
// it need not try at all.
type TextRule struct {
	Name       string
	Match      func(text string) bool
	MatchLower func(text, lower string) bool // lower is strings.ToLower(text)
	MatchLine  func(l *Line) bool            // the text with the forms rules share
	Gate       *Gate                         // what a text needs for the rule to match it, or nil

	gate uint64 // Gate's bit, set on the package's rules when it loads (newTriggers), or 0: read it through Gate
}

// Matches reports whether the rule matches text.
func (r TextRule) Matches(text string) bool {
	if r.Gate == nil && r.MatchLine == nil {
		// A rule that reads no Line needs none: the Line a rule takes
		// the address of is made on the heap.
		if r.MatchLower != nil {
			return r.MatchLower(text, lang.ToLower(text))
		}
		return r.Match(text)
	}
	l := NewLine(text)
	return r.matchLine(&l)
}

// FirstMatch returns the first of rules that matches text, and whether one
// did.
func FirstMatch(text string, rules []TextRule) (TextRule, bool) {
	l := NewLine(text)
	return FirstMatchLine(&l, rules)
}
