package mdsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestUnmarkSuffices: blocks with the converter's emphasis, links and
// images are told by the quick rule when their text holds nothing that
// the full escape would escape, and left to it otherwise; either way
// SafeMarkdown gives the full escape's output.
func TestUnmarkSuffices(t *testing.T) {
	m := MarkText
	amp := string(markBase + '&') // MarkText would decode what follows
	tests := []struct {
		name  string
		md    string
		quick bool
	}{
		{"emphasis and a link", m("Read it,") + " *" + m("said one") + "* [" + m("here (now)") + "](https://example.org/a_b)" + m("."), true},
		{"strong in an item", "- " + m("Note:") + " **" + m("it's done.") + "**", true},
		{"an image", m("Photo:") + " ![" + m("a cat") + "](https://example.org/c.png)", true},
		{"a relative target with parentheses", m("See") + " [" + m("this") + "](/wiki/A_(b)) " + m("too"), true},
		{"a mailto link", m("Write") + " [" + m("to us") + "](mailto:a@example.org)", true},
		{"two lines", m("One line") + " _" + m("two") + "_\n" + m("and") + " [" + m("x") + "](/x)", true},
		{"a heading", "## " + m("Part") + " *" + m("two") + "*", true},
		{"an unsafe link", m("Click") + " [" + m("me") + "](javascript:alert(1))", false},
		{"an unsafe image", "![x](data:image/png;base64,AAAA) " + m("text"), false},
		{"a marked ! before a link", m("Wow!") + "[" + m("it") + "](/a)", false},
		{"a marked ] in a link's text", m("A") + " [" + m("b]") + "](/a)", false},
		{"a marked [ in the text", m("A [note] here") + " *" + m("b") + "*", false},
		{"a title", m("A") + " [" + m("b") + `](/a "` + m("Read: it's & more") + `")`, true},
		{"a marked quote in a title", m("A") + " [" + m("b") + `](/a "` + m(`a "b"`) + `")`, false},
		{"a marked * in a title", m("A") + " [" + m("b") + `](/a "` + m("*b*") + `")`, false},
		{"an entity in a title", m("A") + " [" + m("b") + `](/a "` + amp + "copy" + m(";") + `")`, false},
		{"a title over two lines", m("A") + " [" + m("b") + `](/a "` + m("b") + "\n" + m("c") + `")`, false},
		{"a title without its )", m("A") + " [" + m("b") + `](/a "` + m("b") + `" )`, false},
		{"a title of a lone ]", m("A") + " " + m("b") + `](/a "` + m("b") + `") *` + m("c") + "*", true},
		{"text in a target", m("A") + " [" + m("b") + "](/a" + m("?q") + ")", false},
		{"a ] without a target", m("A") + " [" + m("b") + "] " + m("c"), false},
		{"a target without its )", m("A") + " [" + m("b") + "](/a", false},
		{"a space in a target", m("A") + " [" + m("b") + "](/a b)", false},
		{"a marked * in the text", m("2 * 3") + " *" + m("x") + "*", false},
		{"emphasis first", "*" + m("Note") + "* " + m("it"), true},
		{"a list of links", "- [" + m("Home") + "](/)\n- [" + m("News & views") + "](/news)", true},
		{"an image first", "![" + m("a") + "](/a.png)", true},
		{"a marked * first", m("* not a list") + " _" + m("x") + "_", false},
		{"a marked [ first", m("[1] a note"), false},
		{"a marked & before a letter", m("A ") + amp + "copy" + m("; B") + " *" + m("c") + "*", false},
		{"a marked & before a #", m("A ") + amp + m("#35; B") + " *" + m("c") + "*", false},
		{"a marked | in a paragraph", m("A | B") + " *" + m("c") + "*", true},
		{"a marked | in a table row", "| " + m("a | b") + " |", false},
		{"a marked \\ before a letter", m(`C:\temp`) + " *" + m("c") + "*", true},
		{"a marked \\ before punctuation", m(`a\*b`) + " *" + m("c") + "*", false},
		{"a marked \\ at a line's end", m(`a\`) + "\n" + m("b") + " *" + m("c") + "*", false},
		{"a marked & at the end", m("A &") + "\n" + m("B") + " *" + m("c") + "*", true},
		{"a heading ending with #", "## " + m("Notes") + " *" + m("x") + "* " + m("#"), false},
		{"code", m("Run") + " `" + m("ls") + "`", false},
		{"strikethrough", m("Old") + " ~~" + m("price") + "~~", false},
		{"a marked number first", m("1. Step") + " *" + m("x") + "*", false},
		{"an odd space", m("A\u00a0b") + " *" + m("c") + "*", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ok, _ := unmarkSuffices(tt.md, true)
			if ok != tt.quick {
				t.Errorf("unmarkSuffices(%q) = %v, want %v", tt.md, ok, tt.quick)
			}
			full := escapeMarkdown(tt.md, true)
			if ok && full != unmarkAll(tt.md) {
				t.Errorf("%q: quick, but the full escape gives %q, the unmark %q", tt.md, full, unmarkAll(tt.md))
			}
			if got := SafeMarkdown(tt.md, true); got != full {
				t.Errorf("SafeMarkdown(%q) = %q, the full escape %q", tt.md, got, full)
			}
		})
	}
}

// fuzzMarked builds marked Markdown from s: the parts between \x02 bytes
// are by turns the converter's syntax (as they are) and the article's text
// (marked).
func fuzzMarked(s string) string {
	var sb strings.Builder
	for k, part := range strings.Split(s, "\x02") {
		if k%2 == 1 {
			part = MarkText(part)
		}
		sb.WriteString(part)
	}
	return sb.String()
}

// FuzzUnmarkSuffices holds the quick rule to the full escape: a block it
// takes comes back from escapeMarkdown as its plain unmark, and
// SafeMarkdown always gives escapeMarkdown's output.
func FuzzUnmarkSuffices(f *testing.F) {
	for _, s := range []string{
		"\x02Read it,\x02 *\x02said\x02* [\x02here\x02](https://example.org/a)",
		"- **\x02Note:\x02** \x02done.\x02",
		"![\x02a\x02](/c.png) \x02Photo\x02",
		"\x02Wow!\x02[\x02it\x02](/a)",
		"\x02A\x02 [\x02b]\x02](/a)",
		"\x02A\x02 [\x02b\x02](/a_(b)) _\x02c\x02_",
		"## \x02C#\x02 *x*",
		"\x02A\x02 [b](javascript:x)",
		"\x02one\x02\n\x02two\x02 **[\x02x\x02](/y)**",
		"\x02a\x02 *[\x02b\x02](/c)*\x02d\x02",
		"- [\x02A & B\x02](/a)\n- [\x02C &amp\x02](/c)",
		"\x02A\x02 [\x02b\x02](/a \"\x02c's & d\x02\")",
		"\x02A\x02 \x02b\x02](/a \"\x02c\x02\") *\x02d\x02*",
		"\x02a | b\\c\\\x02\n\x02\\*d\x02 _e_",
		"*\x02a\x02*\n![\x02b\x02](/b) \x02&#1;\x02",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		md := fuzzMarked(s)
		if !utf8.ValidString(md) {
			return
		}
		for _, plainSpaces := range []bool{true, false} {
			full := escapeMarkdown(md, plainSpaces)
			if ok, _ := unmarkSuffices(md, plainSpaces); ok && full != unmarkAll(md) {
				t.Fatalf("%q (plain spaces %v): quick, but the full escape gives %q, the unmark %q", md, plainSpaces, full, unmarkAll(md))
			}
			if got := SafeMarkdown(md, plainSpaces); got != full {
				t.Fatalf("SafeMarkdown(%q, %v) = %q, the full escape %q", md, plainSpaces, got, full)
			}
		}
	})
}
