package mdsafe

import (
	"strings"
	"testing"
)

// quickUnitCases are blocks of several units, some the quick rule takes
// and some it leaves to the full escape, next to each other in the ways a
// block's units meet: blank lines, list items, headings, quotes, tables,
// fences.
var quickUnitCases = func() []struct{ name, md string } {
	m := MarkText
	plain := m("Plain words, then") + " *" + m("emphasis") + "* [" + m("a link") + "](https://example.org/a)"
	code := m("Run") + " `" + m("ls -l") + "`"
	star := m("2 * 3 is six")
	lt := m("a < b and c & d")
	return []struct{ name, md string }{
		{"plain then code", plain + "\n\n" + code},
		{"code then plain", code + "\n\n" + plain},
		{"one unit of both", plain + "\n" + code},
		{"items", "- " + plain + "\n- " + star + "\n- " + plain},
		{"nested items", "- " + plain + "\n  - " + lt + "\n  - " + plain + "\n- " + star},
		{"a heading and its text", "## " + m("Part one") + "\n" + plain + "\n\n## " + m("C#") + "\n" + lt},
		{"a heading ending with #", "## " + m("Notes #") + "\n" + plain},
		{"quotes", "> " + plain + "\n>\n> " + star + "\n\n> " + plain},
		{"a table among paragraphs", plain + "\n\n| " + m("a | b") + " | " + m("c") + " |\n| --- | --- |\n" + plain},
		{"a fence", plain + "\n\n```\n" + m("x * y <b>") + "\n```\n\n" + star + "\n\n" + plain},
		{"a tilde fence", plain + "\n~~~~\n" + m("*a*") + "\n~~~~\n" + plain},
		{"a line that is only a prefix", "- " + plain + "\n-\n- " + star},
		{"a marked fence", m("```") + "\n" + plain + "\n" + m("```")},
		{"a marked number", m("1. Step") + "\n\n" + plain},
		{"numbers", "2012 " + m("at noon") + "\n\n17" + m(". Jul") + "\n" + plain + "\n\n- 3" + m(")") + "\n- 4" + m(".5") + "\n\n2" + m(".") + "\n" + plain},
		{"a stray byte", plain + "\n\n" + m("a") + "\xff" + m("b") + "\n\n" + plain},
		{"odd spaces", m("A\u00a0b c") + "\n\n" + plain + "\n\n\u00a0" + m("lead")},
		{"a setext underline", plain + "\n===\n\n" + plain + "\n---"},
		{"an unsafe link", plain + "\n\n" + m("Click") + " [" + m("me") + "](javascript:alert(1))\n\n" + plain},
		{"a title", plain + "\n\n" + m("A") + " [" + m("b") + `](/a "` + m(`a "b"`) + `")`},
		{"odd spaces inside", m("Ago.") + "\u00a0" + m("(AP Photo) and") + " \u00a0" + m("then") + "\u2009" + m("more") + "\u00a0\u00a0" + m("end.")},
		{"odd spaces at line ends", m("one") + "\u00a0\n" + m("two") + " \u00a0\n" + m("three") + "\u00a0"},
		{"odd spaces by emphasis", m("a") + "\u00a0*" + m("b") + "*\u00a0" + m("c") + "\n\n_" + m("d") + "_\u00a0" + m("e")},
		{"odd spaces in a link", "[" + m("a") + "\u00a0" + m("b") + "](/x) " + m("c") + "\u00a0[" + m("d") + "](/y)"},
		{"odd spaces in items and a heading", "- " + m("a") + "\u00a0" + m("b") + "\n  " + m("c") + "\u00a0\n- " + m("d") + "\n\n## " + m("C#") + "\u00a0\n" + m("x") + "\u3000" + m("y")},
		{"a number and an odd space", "1" + m(".") + "\u00a0" + m("Find a topic") + "\n\n2" + m(")") + "\u2009" + m("b") + "\n\n3" + m(".5") + "\u00a0" + m("litres") + "\n\n4\u00a0" + m("c")},
		{"long and short lines", strings.Repeat(plain+" ", 20) + "\n\n" + star + "\n\n" + lt},
	}
}()

// TestQuickUnits holds escapeUnits, which writes a unit the quick rule
// takes as its plain unmark, to the full escape of every unit and to the
// escape as it was before (one array for all cells), with plain spaces
// and without.
func TestQuickUnits(t *testing.T) {
	for _, tt := range quickUnitCases {
		t.Run(tt.name, func(t *testing.T) {
			for _, ps := range []bool{true, false} {
				full := escapeMarkdown(tt.md, ps)
				if got := escapeUnits(tt.md, ps, true); got != full {
					t.Errorf("escapeUnits(%q, %v, quick) = %q, the full escape %q", tt.md, ps, got, full)
				}
				if old := escapeMarkdownOneArena(tt.md, ps); full != old {
					t.Errorf("escapeMarkdown(%q, %v) = %q, with one array %q", tt.md, ps, full, old)
				}
				if got := SafeMarkdown(tt.md, ps); got != full && !strings.Contains(tt.md, "\xff") {
					t.Errorf("SafeMarkdown(%q, %v) = %q, the full escape %q", tt.md, ps, got, full)
				}
			}
		})
	}
}

// TestQuickUnitsTaken checks the quick rule's verdict on one line
// (lineSuffices, which escapeUnits asks of each line): it takes plain
// lines and the converter's syntax, not a line with text to escape, and
// gives the verdict unmarkSuffices gives the line alone.
func TestQuickUnitsTaken(t *testing.T) {
	m := MarkText
	tests := []struct {
		name    string
		content string
		heading bool
		ok      bool
	}{
		{"plain text", m("Plain, words."), false, true},
		{"emphasis and a link", "*" + m("a") + "* [" + m("b") + "](/c)", false, true},
		{"a marked star", m("2 * 3"), false, false},
		{"a heading's #", m("C #"), true, false},
		{"a stray byte", m("a") + "\xff", false, false},
		{"a year", "2012 " + m("at 3:56 pm"), false, true},
		{"a number and a word", "17" + m(". Jul, 2012"), false, false},
		{"a number alone", "3" + m("."), false, false},
		{"a number and a tab", "3" + m(")") + "\tx", false, false},
		{"a decimal", "3" + m(".5 litres"), false, true},
		{"ten digits", "1234567890" + m(". x"), false, true},
		{"digits alone", "42", false, true},
		{"a number in a heading", "3" + m(". Step"), true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, _ := lineSuffices(tt.content, tt.heading, true)
			if ok != tt.ok {
				t.Errorf("lineSuffices(%q, %v) = %v, want %v", tt.content, tt.heading, ok, tt.ok)
			}
			md := tt.content
			if tt.heading {
				md = "## " + md
			}
			if whole, _ := unmarkSuffices(md, true); whole != ok {
				t.Errorf("unmarkSuffices(%q) = %v, lineSuffices %v", md, whole, ok)
			}
		})
	}
}

// FuzzQuickUnits holds escapeUnits with its quick units to the full
// escape, on marked Markdown built as FuzzUnmarkSuffices builds it (stray
// bytes too), and on Markdown as it comes with its lines' content marked.
func FuzzQuickUnits(f *testing.F) {
	for _, tt := range quickUnitCases {
		f.Add(tt.md)
	}
	for _, tt := range unitCases {
		f.Add(tt.md)
	}
	f.Add("\x02a\x02 *\x02b\x02*\n\n\x02c * d\x02\n- [\x02e\x02](/f)\n- \x02`g`\x02")
	f.Add("\x02a.\x02\u00a0\x02(b) c\x02 \u00a0\x02d\x02\u00a0\n\x02e\x02\u2009\u2009*\x02f\x02*\u00a0_\x02g\x02_")
	f.Add("1\x02.\x02\u00a0\x02Find\x02\n\n12\x02)\x02\u3000\x02b\x02")
	f.Add("- \x02a\x02\u00a0\n  [\x02b\u00a0c\x02](/d \"\x02t\x02\")\u00a0\x02e\x02\n## \x02h#\x02\u00a0")
	f.Fuzz(func(t *testing.T, s string) {
		for _, md := range []string{fuzzMarked(s), markContent(s)} {
			for _, ps := range []bool{true, false} {
				if got, want := escapeUnits(md, ps, true), escapeMarkdown(md, ps); got != want {
					t.Fatalf("escapeUnits(%q, %v, quick) = %q, the full escape %q", md, ps, got, want)
				}
			}
		}
	})
}

// FuzzQuietNumber holds quietNumber to escapeOrderedStart: a line content
// starting with a digit that it calls quiet gets no escape there, first in
// its paragraph or not.
func FuzzQuietNumber(f *testing.F) {
	for _, s := range []string{"1\x02.\x02 x", "12\x02)\x02", "3\x02.5\x02", "1234567890\x02.\x02", "7 days", "2\x02.\x02\tx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		content := fuzzMarked(s)
		if content == "" || !isDigit(content[0]) || strings.Contains(content, "\n") || !quietNumber(content) {
			return
		}
		for _, first := range []bool{true, false} {
			ln, _ := parseLine(content, nil)
			if len(ln.prefix) > 0 {
				return // an item's marker: not content
			}
			escapeOrderedStart(ln.cells, 0, len(ln.cells), first)
			for i, c := range ln.cells {
				if c.esc {
					t.Fatalf("quietNumber(%q), but escapeOrderedStart (first %v) escapes cell %d", content, first, i)
				}
			}
		}
	})
}
