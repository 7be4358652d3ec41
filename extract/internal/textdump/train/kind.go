package main

import (
	"fmt"
	"strings"
)

// Kind-specific weights (-kind-copy): the features of every dump are held
// twice already, once for all and once more for the dumps that set
// headings apart (w3m's, told apart at run time). -kind-copy gives the
// innerText-like and the DOM-text-like dumps a copy of the shared block
// each, so that each kind may weigh a feature its own way on top of the
// shared weight. Which copy a page gets is its kind as the data says
// (oracle) or as a detector guesses it from the dump (kinddetect.go).

// The blocks a page's features may be copied to.
const (
	blockNone  = iota // w3m-like: the shared block (and its own @apart) only
	blockInner        // innerText-like
	blockDOM          // DOM-text-like
	nBlocks
)

var blockNames = [nBlocks]string{"", "@inner", "@dom"}

// oracleBlock is the block of a page's kind as the data knows it.
func oracleBlock(kind string) int {
	switch kind {
	case kindInnerText, kindVisible, kindBodyVisible:
		return blockInner
	case kindDOMText, kindBodyDOM:
		return blockDOM
	}
	return blockNone
}

// sharedBlock returns the size of the shared block of features: the
// features before the first "@apart" one.
func sharedBlock(names []string) (int, error) {
	for j, n := range names {
		if strings.HasSuffix(n, "@apart") {
			return j, nil
		}
	}
	return 0, fmt.Errorf("no @apart block among the %d features", len(names))
}

// addKindCopies appends a copy of the first shared features for each
// block after the features names (their names and groups too) and copies
// each page's shared features into its block's copy, block(p) saying
// which (blockNone: none). It returns the new names and groups.
func addKindCopies(pages []page, names, groups []string, shared int, block func(*page) int) ([]string, []string) {
	n := len(names)
	for b := 1; b < nBlocks; b++ {
		for j := 0; j < shared; j++ {
			names = append(names, names[j]+blockNames[b])
			groups = append(groups, groups[j])
		}
	}
	for i := range pages {
		p := &pages[i]
		b := block(p)
		if b == blockNone {
			continue
		}
		off := int32(n + (b-1)*shared)
		for k := range p.cands {
			c := &p.cands[k]
			m := len(c.idx)
			for q := 0; q < m; q++ {
				if int(c.idx[q]) < shared {
					c.idx = append(c.idx, off+c.idx[q])
					c.val = append(c.val, c.val[q])
				}
			}
		}
	}
	return names, groups
}

// blockCounts counts the pages of each kind by the block they got.
func blockCounts(pages []page, block func(*page) int) string {
	type key struct {
		kind string
		b    int
	}
	n := map[key]int{}
	for i := range pages {
		n[key{pages[i].kind, block(&pages[i])}]++
	}
	var parts []string
	for _, k := range kinds {
		var bs []string
		for b := 0; b < nBlocks; b++ {
			if c := n[key{k, b}]; c > 0 {
				name := blockNames[b]
				if name == "" {
					name = "shared"
				}
				bs = append(bs, fmt.Sprintf("%s %d", name, c))
			}
		}
		if len(bs) > 0 {
			parts = append(parts, k+": "+strings.Join(bs, ", "))
		}
	}
	return strings.Join(parts, "; ")
}

// setupKindCopies reads -kind-copy and adds the copies. The copies are for
// measuring: with lexical features, trees or -write (clash) it refuses.
func setupKindCopies(pages []page, names, groups []string, how string, clash bool) ([]string, []string, error) {
	if clash {
		return nil, nil, fmt.Errorf("not with -lex, -trees, -select or -write")
	}
	shared, err := sharedBlock(names)
	if err != nil {
		return nil, nil, err
	}
	var block func(*page) int
	switch how {
	case "oracle":
		block = func(p *page) int { return oracleBlock(p.kind) }
	case "detect":
		block = func(p *page) int { return p.guess }
	default:
		return nil, nil, fmt.Errorf("%q is neither oracle nor detect", how)
	}
	fmt.Printf("kind copies (%s): %s\n", how, blockCounts(pages, block))
	names, groups = addKindCopies(pages, names, groups, shared, block)
	return names, groups, nil
}
