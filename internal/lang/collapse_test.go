package lang

import (
	"strings"
	"testing"
	"unicode"
)

func TestCollapse(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain words", "plain words"},
		{"  leading and trailing  ", "leading and trailing"},
		{"tabs\tand\nnew  lines", "tabs and new lines"},
		{"no\u00a0break space", "no break space"},
		{"\n\t ", ""},
		{"één  woord", "één woord"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := Collapse(tt.in); got != tt.want {
				t.Errorf("Collapse(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// collapseRunes is Collapse as it was first written, rune by rune: the
// reference that the faster one must match on every input.
func collapseRunes(s string) string {
	clean := true
	space := true
	for _, r := range s {
		isSpace := unicode.IsSpace(r)
		if isSpace && (space || r != ' ') {
			clean = false
			break
		}
		space = isSpace
	}
	if clean && !space {
		return s
	}
	var sb strings.Builder
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			pending = sb.Len() > 0
			continue
		}
		if pending {
			sb.WriteByte(' ')
			pending = false
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

func TestCollapseMatchesRunes(t *testing.T) {
	tests := map[string]string{
		"invalid byte, clean":       "caf\xe9 au lait",
		"invalid byte, rebuilt":     "caf\xe9  au lait",
		"invalid byte after space":  " \xff x",
		"truncated sequence":        "a\xe2\x80 b\t",
		"replacement char itself":   "a \uFFFD  b",
		"next line and no-break":    "a\u0085b\u00a0 c",
		"line separator":            "x\u2028y ",
		"ideographic space":         "日本\u3000語  ",
		"vertical tab and formfeed": "a\v\fb",
		"only invalid":              "\x80\x81",
	}
	for name, in := range tests {
		t.Run(name, func(t *testing.T) {
			if got, want := Collapse(in), collapseRunes(in); got != want {
				t.Errorf("Collapse(%q) = %q, want %q", in, got, want)
			}
		})
	}
}

func FuzzCollapse(f *testing.F) {
	for _, s := range []string{"", " a  b ", "caf\xe9  x", "\u00a0x\u2028", "a\tb"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Collapse(s), collapseRunes(s); got != want {
			t.Errorf("Collapse(%q) = %q, want %q", s, got, want)
		}
		if got, want := IsCollapsed(s), collapseRunes(s) == s; got != want {
			t.Errorf("IsCollapsed(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestIsCollapsed(t *testing.T) {
	tests := []string{"", " ", "plain words", " leading", "trailing ", "two  spaces", "a\tb", "a\nb",
		"no\u00a0break", "één woord", "caf\xe9 bar", "caf\xe9  bar", "x\u2028"}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			if got, want := IsCollapsed(in), collapseRunes(in) == in; got != want {
				t.Errorf("IsCollapsed(%q) = %v, want %v", in, got, want)
			}
		})
	}
}
