package textdump

import (
	"strings"
	"testing"
)

func TestStripEditMarks(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"empty insert", "Anzeige [INS::INS]", "Anzeige "},
		{"insert keeps its text", "Preis: [INS:12,00 €:INS]", "Preis: 12,00 €"},
		{"deleted text goes", "Preis: [DEL:15,00 €:DEL] [INS:12,00 €:INS]", "Preis:  12,00 €"},
		{"no mark", "Der Zug fährt um 8:15 Uhr.", "Der Zug fährt um 8:15 Uhr."},
		{"unclosed mark", "Text [DEL:ohne Ende", "Text [DEL:ohne Ende"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := stripEditMarks(c.in); got != c.want {
				t.Errorf("stripEditMarks(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func FuzzMarkColon(f *testing.F) {
	for _, s := range []string{"[INS::INS]", "a:b", "::S:", "L:", ":", "Preis: [DEL:9,99:DEL] 5,99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := markColon(s), strings.Contains(s, "S:") || strings.Contains(s, "L:"); got != want {
			t.Errorf("markColon(%q) = %v, want %v", s, got, want)
		}
	})
}
