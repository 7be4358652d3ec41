package clean

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLineForms(t *testing.T) {
	tests := []struct {
		name, text string
	}{
		{"plain", "Weiter Lesen"},
		{"spaces", "  3 Kommentare:  "},
		{"non-ASCII", "Über   uns • ÄÖÜ"},
		{"empty", ""},
		{"long", strings.Repeat("Ein langer Satz. ", 40)},
		{"other spaces", "\u00a0a\u2003b\tc\u3000"},
		{"invalid UTF-8", "a\xffb \xe2\x80 c"},
	}
	// A Line made with its lower-cased form given (NewLineLower) reads
	// as one that lower-cases its text itself.
	makers := []struct {
		name string
		f    func(string) Line
	}{
		{"NewLine", NewLine},
		{"NewLineLower", func(s string) Line { return NewLineLower(s, strings.ToLower(s), runeLen(s)) }},
	}
	for _, tt := range tests {
		for _, mk := range makers {
			t.Run(tt.name+"/"+mk.name, func(t *testing.T) {
				l := mk.f(tt.text)
				for round := 0; round < 2; round++ { // made, then kept
					if got, want := l.Lower(), strings.ToLower(tt.text); got != want {
						t.Errorf("Lower() = %q, want %q", got, want)
					}
					if got, want := l.Folded(), folded(tt.text); got != want {
						t.Errorf("Folded() = %q, want %q", got, want)
					}
					if got, want := strings.Join(l.Fields(), "|"), strings.Join(strings.Fields(tt.text), "|"); got != want {
						t.Errorf("Fields() = %q, want %q", got, want)
					}
					if got, want := strings.Join(l.LowerFields(), "|"), strings.Join(strings.Fields(strings.ToLower(tt.text)), "|"); got != want {
						t.Errorf("LowerFields() = %q, want %q", got, want)
					}
					if fresh := NewLine(tt.text); fresh.NumFields() != len(strings.Fields(tt.text)) {
						t.Errorf("NumFields() = %d, want %d", fresh.NumFields(), len(strings.Fields(tt.text)))
					}
					if got, want := l.NumFields(), len(strings.Fields(tt.text)); got != want {
						t.Errorf("NumFields() = %d, want %d", got, want)
					}
					if got, want := strings.Join(l.Words(), "|"), strings.Join(words(tt.text), "|"); got != want {
						t.Errorf("Words() = %q, want %q", got, want)
					}
					if got, want := l.Runes(), runeLen(tt.text); got != want {
						t.Errorf("Runes() = %d, want %d", got, want)
					}
					for _, n := range []int{0, 1, 5, 12, 50, 200} {
						if got, want := l.RunesOver(n), runeLen(tt.text) > n; got != want {
							t.Errorf("RunesOver(%d) = %v, want %v", n, got, want)
						}
					}
				}
			})
		}
	}
}

// corpusLines returns the non-empty lines of the shared corpus's text
// dumps, white space trimmed, or none when the corpus is not there.
func corpusLines(b *testing.B) []string {
	paths, _ := filepath.Glob("../../shared/corpus/text/*.txt")
	var lines []string
	for i, p := range paths {
		if i%4 != 0 {
			continue // a quarter is enough
		}
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(data), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	if len(lines) == 0 {
		b.Skip("corpus not found")
	}
	return lines
}

// BenchmarkTextRules runs the text rules over the lines of the corpus's
// dumps, all of them as FirstMatch does and each on its own; ns/op is per
// line.
func BenchmarkTextRules(b *testing.B) {
	lines := corpusLines(b)
	run := func(b *testing.B, rules []TextRule) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			FirstMatch(lines[i%len(lines)], rules)
		}
	}
	b.Run("rule=all", func(b *testing.B) { run(b, DefaultTextRules()) })
	for _, r := range DefaultTextRules() {
		b.Run("rule="+r.Name, func(b *testing.B) { run(b, []TextRule{r}) })
	}
}

// TestOnlyWords holds Line.onlyWords, which stops at the first word its
// vocabulary lacks, to onlyTheseWords over the whole list of words.
func TestOnlyWords(t *testing.T) {
	tests := []struct{ name, in string }{
		{"empty", ""},
		{"punctuation only", "| · •"},
		{"share bar", "Teilen: Facebook | X | E-Mail"},
		{"share words without a key", "mit dem Artikel"},
		{"a sentence", "Share this with the people you love, she said."},
		{"player", "Play ▶ Pause"},
		{"vocabulary word late", "the quick video"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, v := range []struct{ vocab, key map[string]bool }{{shareVocab, shareKeys}, {playerWords, nil}} {
				l := NewLine(tt.in)
				if got, want := l.onlyWords(v.vocab, v.key), onlyTheseWords(words(tt.in), v.vocab, v.key); got != want {
					t.Errorf("onlyWords(%q) = %v, want %v", tt.in, got, want)
				}
			}
		})
	}
}

// TestStartsUpper holds startsUpper to the first word that AuthorBio's
// allCapitalised reads.
func TestStartsUpper(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Jane Doe writes about science", true},
		{"  Über den Autor", true},
		{"jane doe", false},
		{"(Jane) Doe", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := startsUpper(tt.in); got != tt.want {
				t.Errorf("startsUpper(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestFoldedFirstWord holds Line.foldedFirstWord, read from the
// lower-cased text when it can be, to the first word of Folded.
func TestFoldedFirstWord(t *testing.T) {
	tests := []string{
		"", "   ", "3 Kommentare:", "Leave a Reply", "  «Kommentare»  ", "kommentare 3",
		"Tags:\tPolitik", "Über uns", "Kontakt – Über uns", "(12) comments", "— 1 —",
		"Impressum", "a", "Caf\xe9 Bar", "reactie\u00a0plaatsen", "Schlagworte: Wahl, Ü", "Preis: 35,00 €", "Preis: 35,00", "Preis: 35 Euro",
	}
	for _, in := range tests {
		t.Run(in, func(t *testing.T) {
			l := NewLine(in)
			got := l.foldedFirstWord()
			f := NewLine(in)
			if want := firstWordOf(f.Folded()); got != want {
				t.Errorf("foldedFirstWord(%q) = %q, want %q", in, got, want)
			}
		})
	}
}
