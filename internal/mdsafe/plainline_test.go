package mdsafe

import (
	"testing"
	"unicode/utf8"
)

// TestLineMarkdown checks that LineMarkdown writes what SafeMarkdown
// writes of the marked line, and that the lines of plain text take the
// quick path while those with something to escape or change do not.
func TestLineMarkdown(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		plain bool
	}{
		{"prose", "The council met on Tuesday, and voted (narrowly) to close the road.", true},
		{"accents and quotes", "Élodie a dit « non » — puis « peut-être ».", true},
		{"curly quotes first", "“Never again,” she said.", true},
		{"odd space inside", "Seite 12\u00a0von 40 ist leer.", true},
		{"starts with a digit", "1. Heat the oven.", false},
		{"starts with a hash", "#1 on the list", false},
		{"starts with a dash", "- an item", false},
		{"emphasis", "a *bold* claim", false},
		{"underscore", "snake_case names", false},
		{"entity", "fish &amp; chips", false},
		{"link brackets", "see [1] below", false},
		{"pipe", "left | right", false},
		{"angle bracket", "a <b> tag", false},
		{"backslash", `C:\path`, false},
		{"backtick", "run `make`", false},
		{"trailing space", "ends with a space ", false},
		{"leading odd space", "\u00a0indented", false},
		{"trailing no-break space", "ends oddly\u00a0", false},
		{"zero-width space", "zero\u200bwidth", false},
		{"byte order mark", "\ufeffstart", false},
		{"stray byte", "bad \xff byte", false},
		{"replacement character", "lost \ufffd character", false},
		{"marked character", "a \U000F002A marked star", false},
		{"line break", "two\nlines", false},
		{"carriage return", "two\rlines", false},
		{"empty", "", false},
		{"tab inside", "col\tumn", true},
		{"ends with a hash", "Issue #", true},
		{"ends with hashes after a space", "Part two ##", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainLine(tt.in); got != tt.plain {
				t.Errorf("plainLine(%q) = %v, want %v", tt.in, got, tt.plain)
			}
			if got, want := LineMarkdown(tt.in), SafeMarkdown(MarkLine(tt.in), false); got != want {
				t.Errorf("LineMarkdown(%q) = %q, want %q", tt.in, got, want)
			}
			if got, want := LineHeadingMarkdown(tt.in), HeadingMarkdown(MarkLine(tt.in), false); got != want {
				t.Errorf("LineHeadingMarkdown(%q) = %q, want %q", tt.in, got, want)
			}
		})
	}
}

// FuzzLineMarkdown holds LineMarkdown and LineHeadingMarkdown, which
// return a plain line as it is, to the marked line written by SafeMarkdown
// and HeadingMarkdown, on any bytes.
func FuzzLineMarkdown(f *testing.F) {
	for _, s := range []string{
		"", "plain words.", "“Quoted,” he said.", "a *b* c", "1. item", "x &amp; y", "\xff", "tail ",
		"Ünïcödé — ok", "no\u00a0break", "\u2028x", "x\u0085", "\U000F0041", "a\u200bb", "[x](y)", "Issue #", "a #", "b\\#",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := LineMarkdown(s), SafeMarkdown(MarkLine(s), false); got != want {
			t.Errorf("LineMarkdown(%q) = %q, want %q (plainLine %v)", s, got, want, plainLine(s))
		}
		if got, want := LineHeadingMarkdown(s), HeadingMarkdown(MarkLine(s), false); got != want {
			t.Errorf("LineHeadingMarkdown(%q) = %q, want %q (plainLine %v)", s, got, want, plainLine(s))
		}
	})
}

// plainLoopRef is plainLine's loop over a line's characters as it was
// written first, ASCII read through plainLineStop: the table of byte kinds
// must give the same answer.
func plainLoopRef(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if plainLineStop[c] {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError, r == '\u200B', r == '\u2060', r == '\uFEFF', isMarked(r):
			return false
		}
		i += size
	}
	return true
}

// FuzzPlainLoop holds plainLine to its first reading: the loop is its
// last test, so on a line that passes the others (a letter first and
// last) the two answers are the loops'.
func FuzzPlainLoop(f *testing.F) {
	for _, s := range []string{"plain words", "a*b", "x\u200by", "über straße", "a\xffb", "a\u2060b", "a\nb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		line := "a" + s + "z"
		if got, want := plainLine(line), plainLoopRef(line); got != want {
			t.Errorf("plainLine(%q) = %v, want %v", line, got, want)
		}
	})
}
