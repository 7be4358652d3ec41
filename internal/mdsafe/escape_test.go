package mdsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOrderedListStart: a text line that a reader would take for an
// ordered list item gets its delimiter escaped, as CommonMark reads them:
// any number starts a list in a paragraph's first line, and only 1 with
// text after it interrupts a paragraph.
func TestOrderedListStart(t *testing.T) {
	tests := []struct {
		name  string
		lines []string // text lines of one paragraph
		want  string
	}{
		{"a number and a period first", []string{"1. Preheat the oven"}, `1\. Preheat the oven`},
		{"any number first", []string{"2024) was the year"}, `2024\) was the year`},
		{"ten digits are no list", []string{"1234567890. no"}, "1234567890. no"},
		{"no space after the period", []string{"3.5 litres"}, "3.5 litres"},
		{"a number alone", []string{"7."}, `7\.`},
		{"one interrupts a paragraph", []string{"Steps:", "1. Mix"}, "Steps:\n1\\. Mix"},
		{"two does not", []string{"Steps:", "2. Mix"}, "Steps:\n2. Mix"},
		{"one without text does not", []string{"Steps:", "1.  "}, "Steps:\n1.  "},
		{"a letter", []string{"Plain words."}, "Plain words."},
		{"a dash item", []string{"- not a list"}, `\- not a list`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			marked := make([]string, len(tt.lines))
			for i, l := range tt.lines {
				marked[i] = MarkText(l)
			}
			if got := SafeMarkdown(strings.Join(marked, "\n"), true); got != tt.want {
				t.Errorf("SafeMarkdown(%q) = %q, want %q", tt.lines, got, tt.want)
			}
		})
	}
}

// FuzzSafeCells holds safeCells, which takes a target starting with http:
// or https: at once, to SafeTarget.
func FuzzSafeCells(f *testing.F) {
	for _, s := range []string{
		"https://example.org/a", "http:x", "https:", "http", "HTTP://x", "javascript:alert(1)",
		"java&#x73;cript:x", "ht\ttp://x", "/relative:path", "mailto:a@b", "https\\://x", "http%3A//x",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var cs []cell
		for _, r := range s {
			cs = append(cs, cell{r: r})
		}
		if got, want := safeCells(cs), SafeTarget(s); got != want {
			t.Errorf("safeCells(%q) = %v, SafeTarget %v", s, got, want)
		}
	})
}

// unmarkAllByRunes is unmarkAll a character at a time.
func unmarkAllByRunes(s string) string {
	if !strings.ContainsFunc(s, isMarked) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isMarked(r) {
			return r - markBase
		}
		return r
	}, s)
}

// FuzzUnmarkAll holds unmarkAll, which finds marked characters by their
// bytes, to a reading a character at a time, on any bytes.
func FuzzUnmarkAll(f *testing.F) {
	for _, s := range []string{
		"", "plain", MarkText("a *b* [c](d) & e!"), MarkText("ü \"ñ\" 中文 —") + "\xff",
		"\U000F0080 \U000F007F \U000F0000", "\xF3\xB0\x80", "\xF3\xB0\x81\xBF\xF3",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := unmarkAll(s), unmarkAllByRunes(s); got != want {
			t.Errorf("unmarkAll(%q) = %q, want %q", s, got, want)
		}
	})
}

// markContent marks each line's content after its container syntax, as
// the paths write marked Markdown.
func markContent(md string) string {
	lines := strings.Split(md, "\n")
	for i, l := range lines {
		p, _, _, _ := scanPrefix(l)
		lines[i] = l[:p] + MarkText(l[p:])
	}
	return strings.Join(lines, "\n")
}

// FuzzQuickPath holds SafeMarkdown's quick path (nothingToEscape, then
// unmarkAll) to the full escaping, on Markdown as it comes and with its
// lines' content marked.
func FuzzQuickPath(f *testing.F) {
	for _, s := range []string{
		"Plain text.", "- item one\n- item two\n  - nested", "1. first\n2) second", "## A heading #", "# C#",
		"> quoted\n> lines", "Wow! Really]", "“Quoted” words\n» and a guillemet", "  indented\n\tTabbed",
		"1234567890. ten digits", "- - double\n- # heading item", "Text\n===", "Text\n---", "a\u00a0b\n\u00a0lead",
		"#hashtag", "-not an item", "[link](https://x.org/a) and ![img](i.png)", "| a | b |", "x &amp; y <b>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			// The quick path keeps a stray byte inside a line, the full
			// one writes U+FFFD: the rule before this one decides.
			for _, ps := range []bool{true, false} {
				if got, want := nothingToEscape(s, ps), lettersOnly(s, ps); got != want {
					t.Fatalf("nothingToEscape(%q, %v) = %v, the rule before %v", s, ps, got, want)
				}
			}
			return
		}
		for _, md := range []string{s, markContent(s)} {
			for _, ps := range []bool{true, false} {
				if got, want := SafeMarkdown(md, ps), escapeMarkdown(md, ps); got != want {
					t.Fatalf("SafeMarkdown(%q, %v) = %q, the full escaping %q", md, ps, got, want)
				}
			}
		}
	})
}

// markTextByRunes is MarkText a character at a time.
func markTextByRunes(s string) string {
	s = DecodeEntities(s)
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && IsASCIIPunct(byte(r)):
			sb.WriteRune(markBase + r)
		case r == '\u200B' || r == '\u2060' || r == '\uFEFF':
		case r == '\n' || r == '\r':
			sb.WriteByte(' ')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// FuzzMarkText holds MarkText, which copies runs of bytes, to a reading a
// character at a time, on any bytes.
func FuzzMarkText(f *testing.F) {
	for _, s := range []string{
		"", "plain words", "a *b* [c](d) & e!\n", "x&amp;y &lt;z&gt; &#x2a;", "zero\u200bwidth\u2060and\ufeffbom",
		"\U000F002A marked", "stray \xff byte \xed\xa0\x80", "ünï “cödé” 中文\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := MarkText(s), markTextByRunes(s); got != want {
			t.Errorf("MarkText(%q) = %q, want %q", s, got, want)
		}
	})
}
