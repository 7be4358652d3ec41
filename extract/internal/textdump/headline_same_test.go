package textdump

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// The readings of companyName, doubledTail and yearSpan as they were
// before they refused most lines early; FuzzSameReadings holds the new
// code to them.

func companyNameRef(s string) bool {
	if !strings.Contains(s, " ") {
		return false
	}
	f := strings.Fields(strings.TrimRight(s, " ,;"))
	if len(f) < 2 || len(f) > maxCompanyWords {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	if f[len(f)-1] == last && last != "e.v." && last != "o.o." && last != "sp.k." {
		return false
	}
	if !legalForms[last] {
		return false
	}
	for _, w := range f[:len(f)-1] {
		lw := strings.ToLower(w)
		if !startsUpper(w) && !dates.HasDigit(w) && lang.StopLangs[lw] == nil && !legalForms[lw] && lw != "&" && lw != "sp." {
			return false
		}
	}
	return true
}

func doubledTailRef(t string) (string, bool) {
	for i := 1; i < len(t); i++ {
		tail := t[i:]
		if t[i]&0xC0 == 0x80 || len(tail)*2 > len(t) || t[i-1] != t[len(t)-1] {
			continue
		}
		if len(strings.Fields(tail)) >= 3 && strings.HasSuffix(t[:i], tail) {
			return tail, true
		}
	}
	return "", false
}

func yearSpanRef(s string) bool {
	ws := strings.Fields(s)
	if len(ws) < 2 {
		return false
	}
	year := func(w string) bool { return len(w) == 4 && dates.IsDigits(w) }
	if a, b, ok := strings.Cut(ws[0], "–"); ok {
		return year(a) && year(b)
	}
	if a, b, ok := strings.Cut(ws[0], "-"); ok {
		return year(a) && year(b)
	}
	return year(ws[0]) && len(ws) > 2 && (ws[1] == "bis" || ws[1] == "to" || ws[1] == "–" || ws[1] == "-") && (year(ws[2]) || ws[2] == "heute" || ws[2] == "today")
}

var sameSeeds = []string{
	"Muster Verlag GmbH", "Harbour Media Ltd,", "Ejemplo Medios S.L.", "Przykład sp. z o.o.", "Muster\u00a0GmbH\u00a0",
	"Werft verklagt Muster AG", "Muster GMBH\t", "a b c d e f g AG", "\xffX GmbH", "Ab", " 1921–1924 Bau der Halle",
	"1990 bis heute", "\u20031990 to 2000 x", "1990-2000 Chronik", "Kurz Kurz Kurz. Kurz Kurz Kurz.",
	"Ein Bild mit Text Ein Bild mit Text", "ab ab ab ab", "ééé é é ééé é é", "",
}

func FuzzSameReadings(f *testing.F) {
	for _, s := range sameSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := companyName(s), companyNameRef(s); got != want {
			t.Errorf("companyName(%q) = %v, want %v", s, got, want)
		}
		gt, gok := doubledTail(s)
		wt, wok := doubledTailRef(s)
		if gt != wt || gok != wok {
			t.Errorf("doubledTail(%q) = %q %v, want %q %v", s, gt, gok, wt, wok)
		}
		if got, want := yearSpan(s), yearSpanRef(s); got != want {
			t.Errorf("yearSpan(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestSameReadings(t *testing.T) {
	for _, s := range sameSeeds {
		t.Run(s, func(t *testing.T) {
			if got, want := companyName(s), companyNameRef(s); got != want {
				t.Errorf("companyName(%q) = %v, want %v", s, got, want)
			}
			gt, gok := doubledTail(s)
			wt, wok := doubledTailRef(s)
			if gt != wt || gok != wok {
				t.Errorf("doubledTail(%q) = %q %v, want %q %v", s, gt, gok, wt, wok)
			}
			if got, want := yearSpan(s), yearSpanRef(s); got != want {
				t.Errorf("yearSpan(%q) = %v, want %v", s, got, want)
			}
		})
	}
}
