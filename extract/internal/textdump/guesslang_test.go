package textdump

import (
	"context"
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/internal/lang"
)

// checkLangs holds the stop words' counts the line reader keeps for each
// line to lang.AddStopCounts of its text, and the page's language to
// lang.GuessLang of its blocks' texts.
func checkLangs(t *testing.T, name, dump string) {
	t.Helper()
	lines, err := readLinesMemo(context.Background(), dump, true)
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range lines {
		var want, got [lang.NumStopLangs]int
		lang.AddStopCounts(l.text, &want)
		stopLanes{l.langsLo, l.langsHi}.addTo(&got)
		if l.stops <= 255 && got != want {
			t.Fatalf("%s: line %d (%q) counts %v, want %v", name, i, l.text, got, want)
		}
	}
	doc, err := FromTextContext(context.Background(), dump, Options{})
	if err != nil {
		return // a dump the path refuses has no language
	}
	var texts []string
	for _, b := range doc.Blocks {
		texts = append(texts, b.Plain)
	}
	want := lang.GuessLang(texts)
	if len(lines) == 0 {
		want = "" // an empty page is given no language
	} else if start, _ := findRegion(lines); start < 0 {
		want = "" // nor is a page without running text
	}
	if doc.Lang != want {
		t.Errorf("%s: language %q, want %q", name, doc.Lang, want)
	}
}

func TestLineLangs(t *testing.T) {
	tests := []struct{ name, dump string }{
		{"english article", "Home\nNews\n\nThe ferry left the harbour at dawn\n\nIt was the first crossing of the year, and the crew had waited for it since the storm in the winter.\n\nThe passengers were few, but they were glad to be on the water again after so long.\n"},
		{"german and capitals", "DER ZUG IST DA\n\nDer Zug kam mit einer Stunde Verspätung an, und die Reisenden waren über die Auskunft nicht froh.\nÜber die Strecke wird noch gestritten, sagt der Sprecher der Bahn.\n"},
		{"list and table", "* the first item of the list\n* and the second one with it\n\nName\tValue\tUnit\nthe\tand\tof\n"},
		{"not UTF-8", "the \xff and \xfe of the\n\nder \xffund die\n"},
		{"long line", strings.Repeat("the cat and the dog of the house ", 200) + "\n"},
		{"line of 255 stop words", strings.Repeat("the ", 255) + "\n\nthe ferry and the boat\n"},
		{"repeated lines", strings.Repeat("Read more of the story\nThe story goes on and on and it is the best of them all.\n\n", 40)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkLangs(t, tt.name, tt.dump) })
	}
	eachDump(t, checkLangs)
}

func TestGuessLangBlocks(t *testing.T) {
	line := func(text string) textLine {
		var l textLine
		var ln clean.Line
		var lower lang.Lowerer
		l.text = text
		l.readText(text, &ln, &lower)
		return l
	}
	en := "The ship and the crew were in the port of the town for a week."
	de := "Der Zug und die Bahn waren in der Stadt für eine Woche."
	lines := []textLine{line(en), line("Menu"), line(de), line(en)}
	// A line whose counts were not kept is read again.
	unknown := line(en)
	unknown.stops, unknown.langsLo = 256, ^uint64(0)
	tests := []struct {
		name   string
		blocks []string
		lines  []textLine
	}{
		{"blocks are lines", []string{en, de, en}, lines},
		{"a block no line holds", []string{en, "the and of the " + de, en}, lines},
		{"blocks out of order", []string{en, en, de, en, en}, lines},
		{"no lines", []string{en, de}, nil},
		{"counts not kept", []string{en, en, en}, []textLine{unknown, unknown, unknown}},
		{"no blocks", nil, lines},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var blocks []article.Block
			for _, p := range tt.blocks {
				blocks = append(blocks, article.Block{Kind: article.Paragraph, Plain: p})
			}
			if got, want := guessLang(blocks, tt.lines), lang.GuessLang(tt.blocks); got != want {
				t.Errorf("guessLang = %q, want %q", got, want)
			}
		})
	}
}

// FuzzLineLangs holds the counts readText keeps to lang.AddStopCounts.
func FuzzLineLangs(f *testing.F) {
	for _, s := range []string{"The Ferry AND the", "Über die ÄRA und", "the\xffand\u00a0of", "ΣΑΣ και το", "İstanbul ve bir"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var l textLine
		var ln clean.Line
		var lower lang.Lowerer
		l.readText(s, &ln, &lower)
		var want, got [lang.NumStopLangs]int
		lang.AddStopCounts(s, &want)
		stopLanes{l.langsLo, l.langsHi}.addTo(&got)
		if l.stops <= 255 && got != want {
			t.Fatalf("readText(%q) counts %v, want %v", s, got, want)
		}
	})
}
