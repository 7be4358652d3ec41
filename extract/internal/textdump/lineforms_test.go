package textdump

import (
	"strings"
	"testing"
	"unicode"

	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/internal/lang"
)

// TestLineForms checks the shortcuts readLines takes against the functions
// they stand for.
func TestLineForms(t *testing.T) {
	tests := []struct{ name, text string }{
		{"plain", "Die Stadt plant einen Park"},
		{"quoted", "„Wir bleiben hier“, sagt sie."},
		{"punctuation around words", "(Foto: dpa) – und 3 weitere…"},
		{"no-break space", "Seite\u00a01 von 3"},
		{"double space", "zwei  Leerzeichen"},
		{"tab", "Zelle\tZelle"},
		{"only punctuation", "…!?"},
		{"non-Latin", "Привет, мир и все"},
		{"ideographs", "東京で会議が開かれた。"},
		{"space at the ends", " Rand "},
		{"new line", "eins\nzwei"},
		{"no-break space at the end", "Ende\u00a0"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ln := clean.NewLine(tt.text)
			if got, want := lineFold(&ln, false), lang.Fold(tt.text); got != want {
				t.Errorf("lineFold = %q, want %q", got, want)
			}
			f := foldSpaces(tt.text)
			if got, want := foldedCollapsed(f, lang.ReadScripts(f).Space), lang.IsCollapsed(f); got != want {
				t.Errorf("foldedCollapsed(%q) = %v, want %v", f, got, want)
			}
			lf := clean.NewLine(f)
			if got, want := lineFold(&lf, foldedCollapsed(f, lang.ReadScripts(f).Space)), lang.Fold(f); got != want {
				t.Errorf("lineFold of the folded text = %q, want %q", got, want)
			}
			ws := lang.LineWords(tt.text)
			stops := 0
			for _, w := range ws {
				if lang.StopLangs[w] != nil {
					stops++
				}
			}
			if gw, gs := countWords(strings.ToLower(tt.text), lang.IsASCII(tt.text)); gw != len(ws) || gs != stops {
				t.Errorf("countWords = %d, %d; want %d, %d", gw, gs, len(ws), stops)
			}
			if got, want := lang.IsASCII(tt.text), lang.Ideographs(tt.text) == 0 && !lang.UnlistedScript(tt.text); got && !want {
				t.Errorf("isASCII = true for a line with ideographs or an unlisted script")
			}
			if got, want := lang.BlankRun(tt.text), strings.TrimSpace(tt.text) != foldSpacesCopy(tt.text); got != want {
				t.Errorf("lang.BlankRun = %v, want %v", got, want)
			}
		})
	}
}

// foldSpacesCopy is foldSpaces without its shortcut.
func foldSpacesCopy(s string) string {
	var b strings.Builder
	blank := false
	for _, c := range []byte(strings.TrimSpace(s)) {
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			blank = true
			continue
		}
		if blank {
			b.WriteByte(' ')
			blank = false
		}
		b.WriteByte(c)
	}
	return b.String()
}

func TestStripMarkerLetters(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  Text am Rand", "Text am Rand"},
		{"Ein Satz", "Ein Satz"},
		{"  • Punkt", "Punkt"},
		{"  2. Punkt", "Punkt"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got, _, _ := stripMarker(tt.in); got != tt.want {
				t.Errorf("stripMarker(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestChangesUpper(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"capitals only", "DIE STADT PLANT 2024"},
		{"a small letter", "DIE STADt"},
		{"capitals outside ASCII", "ÜBER STRASSE ΑΘΗΝΑ"},
		{"a small letter outside ASCII", "STRAßE"},
		{"Greek small", "ΑΘΗΝα"},
		{"digits and marks", "1, 2 — 3!"},
		{"not UTF-8", "ABC\xff"},
		{"replacement character", "AB\uFFFD"},
		{"ideographs", "東京"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := changesUpper(tt.in), strings.ToUpper(tt.in) != tt.in; got != want {
				t.Errorf("changesUpper(%q) = %v, want %v", tt.in, got, want)
			}
		})
	}
}

// TestLeadingSpace checks leadingSpace against what it stands for: a line
// that strings.TrimLeftFunc(s, unicode.IsSpace) changes.
func TestLeadingSpace(t *testing.T) {
	tests := []struct {
		name, s string
		want    bool
	}{
		{"empty", "", false},
		{"word", "Harbour", false},
		{"spaces", "    indented item", true},
		{"tab", "\tcell", true},
		{"carriage return", "\rtext", true},
		{"only spaces", "   ", true},
		{"no-break space", "\u00a0kept", true},
		{"ideographic space", "\u3000全角", true},
		{"letter outside ASCII", "Été", false},
		{"invalid UTF-8", "\xff\xfe", false},
		{"control not space", "\x01x", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			def := tt.s != strings.TrimLeftFunc(tt.s, unicode.IsSpace)
			if got := leadingSpace(tt.s); got != tt.want || got != def {
				t.Errorf("leadingSpace(%q) = %v, want %v (TrimLeftFunc says %v)", tt.s, got, tt.want, def)
			}
		})
	}
}

// countWordsFields is countWords as strings.FieldsSeq splits, the
// reference countWords and its loop over ASCII must agree with.
func countWordsFields(lower string) (words, stops int) {
	for w := range strings.FieldsSeq(lower) {
		if w = lang.TrimWord(w); w == "" {
			continue
		}
		words++
		if lang.IsStopWord(w) {
			stops++
		}
	}
	return words, stops
}

func TestCountWordsSplitsAsFields(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"only spaces", " \t \u00a0 "},
		{"plain", "the city and the park"},
		{"spaces at the ends", "  und die  stadt  "},
		{"no-break space between", "la\u00a0ville et le parc"},
		{"ideographic space", "東京\u3000で the"},
		{"not utf-8", "der \xff und \xfe\xfd die"},
		{"punctuation only fields", "— – ... und"},
		{"new line and tab", "eins\nund\tzwei"},
		{"ascii punctuation around", "(the) \"and\", --- of. x-y 3.5 ...die..."},
		{"ascii controls", "der\x00und \x7fdie\x1f"},
		{"ascii only punctuation", ".. -- !!"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			gw, gs := countWords(tt.in, lang.IsASCII(tt.in))
			ww, ws := countWordsFields(tt.in)
			if gw != ww || gs != ws {
				t.Errorf("countWords(%q) = %d, %d; want %d, %d", tt.in, gw, gs, ww, ws)
			}
		})
	}
}

func FuzzCountWords(f *testing.F) {
	for _, s := range []string{"the city and the park", "(der) „Park“, und...", "a\tb\nc  d", "\xff und"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		gw, gs := countWords(s, lang.IsASCII(s))
		ww, ws := countWordsFields(s)
		if gw != ww || gs != ws {
			t.Errorf("countWords(%q) = %d, %d; want %d, %d", s, gw, gs, ww, ws)
		}
	})
}

// isCodeSplit is isCode as it read every line: splitting each into its
// first words before counting the marks; isCode must agree with it.
func isCodeSplit(s string) bool {
	if len(s) > 200 || s == "" {
		return false
	}
	for _, k := range codeStarts[s[0]] {
		if strings.HasPrefix(s, k) {
			return true
		}
	}
	if endsSentence(s) && !strings.HasSuffix(s, ";") && !strings.HasSuffix(s, ":") {
		return false
	}
	marks := 0
	for _, m := range codeMarks {
		if strings.Contains(s, m) {
			marks++
		}
	}
	var first [9]string
	f := lang.FieldsInto(first[:0], s)
	if len(f) <= 8 {
		for _, w := range f[1:] {
			if strings.HasPrefix(w, "--") && len(w) > 2 {
				marks++
				break
			}
		}
	}
	if methodCall(s) {
		marks++
	}
	return marks >= 2 || marks == 1 && (strings.HasSuffix(s, ";") || strings.HasSuffix(s, "{") || strings.HasSuffix(s, ")") || len(f) <= 8)
}

func FuzzIsCode(f *testing.F) {
	for _, s := range []string{"server --port=8080", "a = b", "x.send(y)", "Die Stadt plant -- sagt er -- einen Park", "foo --", "a --b c d e f g h i j", "if (a) {"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The line reader asks of the lines foldSpaces leaves, never
		// empty: the split reading failed on a line of white space.
		if s = foldSpaces(s); s == "" {
			return
		}
		if got, want := isCode(s), isCodeSplit(s); got != want {
			t.Errorf("isCode(%q) = %v, want %v", s, got, want)
		}
	})
}

func FuzzFoldedCollapsed(f *testing.F) {
	for _, s := range []string{"a  b", " Rand\u00a0", "eins\nzwei", "Seite\u00a01", "\u3000東京\t で", "\xff \xc2\xa0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		tt := foldSpaces(s)
		if got, want := foldedCollapsed(tt, lang.ReadScripts(tt).Space), lang.IsCollapsed(tt); got != want {
			t.Errorf("foldedCollapsed(%q) = %v, want %v", tt, got, want)
		}
	})
}
