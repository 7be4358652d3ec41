package mdsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// escapeMarkdownOneArena is escapeMarkdown as it was before each unit's
// cells were made again in the same array: the cells of all the lines in
// one array, made with room for all of md.
func escapeMarkdownOneArena(md string, plainSpaces bool) string {
	if md == "" {
		return md
	}
	var w lineWriter
	w.sb.Grow(len(md) + len(md)/8)
	cells := make([]cell, 0, utf8.RuneCountInString(md))
	var unit []mdLine
	emit := func() {
		renderUnit(&w, unit, plainSpaces)
		unit = unit[:0]
	}
	fence := ""
	for raw := range strings.SplitSeq(md, "\n") {
		if fence != "" {
			w.line(unmarkAll(raw))
			if closesFence(raw, fence) {
				fence = ""
			}
			continue
		}
		var ln mdLine
		ln, cells = parseLine(raw, cells)
		if f := opensFence(ln); f != "" {
			emit()
			w.line(unmarkAll(raw))
			fence = f
			continue
		}
		if len(ln.cells) == 0 {
			emit()
			w.line(ln.prefix)
			continue
		}
		if ln.item || ln.heading || ln.table || len(unit) > 0 && (unit[0].heading || unit[0].table) {
			emit()
		}
		unit = append(unit, ln)
	}
	emit()
	return w.sb.String()
}

// unitCases are Markdown of many units: lists, headings, tables, fences,
// lines of a unit longer than the longest line before them.
var unitCases = []struct{ name, md string }{
	{"a list", "- one *a*\n- two [b](https://x.org/b)\n- three_c_"},
	{"items with more lines", "- a\n  longer line that goes on and on *here*\n- b\n  c\n  d"},
	{"a heading then text", "## Head *x*\nText after it, with a # and a *star*\nmore text"},
	{"a table", "| a | b |\n| --- | --- |\n| *x* | y |\nafter"},
	{"a fence", "text *a*\n```\ncode *b*\n```\n- item *c*"},
	{"empty lines", "a *b*\n\nc _d_\n\n\n- e"},
	{"a long line after short ones", "- a\n- b\n" + strings.Repeat("long *words* ", 40)},
	{"an ordered list", "1. one\n2) two\n10. ten *x*"},
	{"quotes", "> a *b*\n> c\n\n> - d\n> - e"},
	{"non-ASCII", "- ü “ñ” *中文*\n- \u00a0lead\n- é"},
}

func TestUnitCells(t *testing.T) {
	for _, tt := range unitCases {
		t.Run(tt.name, func(t *testing.T) {
			for _, md := range []string{tt.md, markContent(tt.md)} {
				for _, ps := range []bool{true, false} {
					if got, want := escapeMarkdown(md, ps), escapeMarkdownOneArena(md, ps); got != want {
						t.Errorf("escapeMarkdown(%q, %v) = %q, with one array %q", md, ps, got, want)
					}
				}
			}
		})
	}
}

// FuzzUnitCells holds escapeMarkdown, which makes each unit's cells again
// in the same array, to the version with one array for all, on Markdown
// as it comes and with its lines' content marked.
func FuzzUnitCells(f *testing.F) {
	for _, tt := range unitCases {
		f.Add(tt.md)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, md := range []string{s, markContent(s)} {
			for _, ps := range []bool{true, false} {
				if got, want := escapeMarkdown(md, ps), escapeMarkdownOneArena(md, ps); got != want {
					t.Fatalf("escapeMarkdown(%q, %v) = %q, with one array %q", md, ps, got, want)
				}
			}
		}
	})
}

// opensFence returns the fence that a line's content opens, or "": the
// reading of the cells that rawFence replaced.
func opensFence(ln mdLine) string {
	c := ln.cells
	if len(c) < 3 || c[0].text || c[0].r != '`' && c[0].r != '~' {
		return ""
	}
	n := 0
	for n < len(c) && !c[n].text && c[n].r == c[0].r {
		n++
	}
	if n < 3 {
		return ""
	}
	return strings.Repeat(string(c[0].r), n)
}
