package textdump

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

// checkMemo holds the line reader that reads each text once a page to
// the one that reads every line anew.
func checkMemo(t *testing.T, name, dump string) {
	t.Helper()
	got, err := readLinesMemo(context.Background(), dump, true)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := readLinesMemo(context.Background(), dump, false)
	if len(got) != len(want) {
		t.Fatalf("%s: %d lines, want %d", name, len(got), len(want))
	}
	for i := range got {
		if !reflect.DeepEqual(got[i], want[i]) {
			t.Errorf("%s: line %d (%q) read as\n%+v, want\n%+v", name, i, want[i].text, got[i], want[i])
			return
		}
	}
}

func TestReadLinesMemo(t *testing.T) {
	tests := []struct{ name, dump string }{
		{"menu at the head and the foot", "Home\nNews\nSport\n\nA headline of the day\n\nThe first paragraph of the article, with words of its own, runs on.\n\nHome\nNews\nSport\n"},
		{"same text, other layouts", "    Salz\n200 g Mehl\n    Salz\nSalz\n* Salz\n  * Salz\n"},
		{"same text after folding", "Teilen  auf\tFacebook\nTeilen auf Facebook\n\nTeilen auf Facebook \n"},
		{"scripts", "東京で会議が開かれた。参加者は多かった。東京で会議が開かれた。\nনতুন খবর আজ\nনতুন খবর আজ\n東京で会議が開かれた。参加者は多かった。東京で会議が開かれた。\n"},
		{"code and comments", "    x := 1\n# a comment\n    x := 1\n# a comment\n"},
		{"dates", "12. März 2021\nvon Anna Muster\n12. März 2021\n"},
		{"many repeats", strings.Repeat("Mehr lesen\nEin Titel der Seite hier\n\n", 300)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkMemo(t, tt.name, tt.dump) })
	}
	eachDump(t, checkMemo)
}

func FuzzReadLinesMemo(f *testing.F) {
	for _, s := range []string{"Home\nNews\n\nHome\n", "    Salz\n200 g Mehl\n    Salz\n", "a\tb\na\tb\n", "東京\n東京\n", "\xffx\n\xffx\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, dump string) {
		if len(dump) > 1<<16 {
			return
		}
		checkMemo(t, "fuzzed dump", dump)
	})
}

// FuzzTableCellsBlank checks what the line reader counts on to look for a
// table row's cells only in lines with a blank run: a line with cells
// holds one, trimmed.
func FuzzTableCellsBlank(f *testing.F) {
	for _, s := range []string{"a\tb", "\ta\tb\t", "a\t\u00a0\tb", " x \t y ", "\tx", "x\t", "a b", "\u2003a\tb\u2003"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if tableCells(s) != nil && !lang.BlankRun(trimSpace(s)) {
			t.Errorf("tableCells(%q) = %q, but the trimmed line holds no blank run", s, tableCells(s))
		}
	})
}
