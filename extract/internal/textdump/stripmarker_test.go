package textdump

import (
	"strings"
	"testing"
	"unicode"
)

// stripMarkerRef is stripMarker as it was, before it told most lines by
// their first ASCII character; stripMarker must agree with it.
func stripMarkerRef(s string) (string, bool, bool) {
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	if t != "" && asciiLetter(t[0]) {
		return t, false, false // no marker starts with a letter
	}
	for _, m := range []string{"• ", "◦ ", "□ ", "■ ", "▪ ", "◆ ", "○ ", "● ", "☆ ", "★ ", "► ", "▶ "} {
		if strings.HasPrefix(t, m) {
			return t[len(m):], true, false
		}
	}
	// Hyphens, stars and dots are list markers only when indented, as text
	// browsers set them; at the margin they are the text's own.
	for _, m := range []string{"* ", "- ", "+ ", "– ", "· "} {
		if strings.HasPrefix(t, m) && s != t {
			return t[len(m):], true, false
		}
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' ' && s != t {
		// Only an indented number is a list marker; "2. Bundesliga" at
		// the margin is text.
		return t[i+2:], true, true
	}
	return t, false, false
}

func FuzzStripMarker(f *testing.F) {
	for _, s := range []string{"  • Punkt", "  - item", "- item", "  12. Punkt", "2. Bundesliga", "  (a) x", "━━━", "  * x", " ·  y", "Text"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gt, gb, gOrd := stripMarker(s)
		wt, wb, wo := stripMarkerRef(s)
		if gt != wt || gb != wb || gOrd != wo {
			t.Errorf("stripMarker(%q) = %q %v %v, want %q %v %v", s, gt, gb, gOrd, wt, wb, wo)
		}
	})
}

func TestStripMarkerAsBefore(t *testing.T) {
	tests := []struct{ name, in string }{
		{"bullet", "  • Punkt"},
		{"hyphen set in", "  - item"},
		{"hyphen at the margin", "- item"},
		{"number set in", "  12. Punkt"},
		{"number at the margin", "2. Bundesliga"},
		{"bracket", "  (a) x"},
		{"rule", "━━━"},
		{"text", "Text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gt, gb, gOrd := stripMarker(tt.in)
			wt, wb, wo := stripMarkerRef(tt.in)
			if gt != wt || gb != wb || gOrd != wo {
				t.Errorf("stripMarker(%q) = %q %v %v, want %q %v %v", tt.in, gt, gb, gOrd, wt, wb, wo)
			}
		})
	}
}

// FuzzTrimSpace holds trimLeftSpace and trimSpace, which answer at once
// for ASCII ends, to the strings functions they stand for.
func FuzzTrimSpace(f *testing.F) {
	for _, s := range []string{"", " a ", "a", "\u00a0x\u2003", "x\t", "\xff ", " \xc2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := trimLeftSpace(s), strings.TrimLeftFunc(s, unicode.IsSpace); got != want {
			t.Errorf("trimLeftSpace(%q) = %q, want %q", s, got, want)
		}
		if got, want := trimSpace(s), strings.TrimFunc(s, unicode.IsSpace); got != want {
			t.Errorf("trimSpace(%q) = %q, want %q", s, got, want)
		}
	})
}
