package lang

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var stopBenchWords = []string{"die", "stadt", "plant", "einen", "neuen", "park", "am", "rande", "der", "the", "council", "said", "on", "that", "would", "in", "of", "year", "und", "sie"}

func BenchmarkIsStopWordTable(b *testing.B) {
	n := 0
	for i := 0; i < b.N; i++ {
		for _, w := range stopBenchWords {
			if IsStopWord(w) {
				n++
			}
		}
	}
	_ = n
}

func BenchmarkIsStopWordMap(b *testing.B) {
	n := 0
	for i := 0; i < b.N; i++ {
		for _, w := range stopBenchWords {
			if mayBeStop(w) && StopLangs[w] != nil {
				n++
			}
		}
	}
	_ = n
}

// BenchmarkGuessLang guesses the language of each dump of the corpus's
// innerText set beside the repository (skipped without it), its lines as
// the texts.
func BenchmarkGuessLang(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "innertext", "*.txt"))
	var pages [][]string
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, strings.Split(string(d), "\n"))
	}
	if len(pages) == 0 {
		b.Skip("no corpus beside the repository")
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			GuessLang(p)
		}
	}
}

// countStopsNextWord is countStops reading each word with NextWord, as it
// did before its loop read them itself.
func countStopsNextWord(s string, count *[len(stopLangNames)]int) {
	var buf [32]byte
	for i := 0; i < len(s); {
		var first, end int
		first, end, i = NextWord(s, i)
		if first >= 0 {
			countStop(s, first, end, count, &buf)
		}
	}
}

// BenchmarkCountStops runs countStops and countStopsNextWord by turns on
// the lines of the corpus's innerText dumps (skipped without them).
func BenchmarkCountStops(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "shared", "corpus", "innertext", "*.txt"))
	var lines []string
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, strings.Split(string(d), "\n")...)
	}
	if len(lines) == 0 {
		b.Skip("no corpus beside the repository")
	}
	for _, c := range []struct {
		name string
		f    func(string, *[len(stopLangNames)]int)
	}{{"loop", countStops}, {"nextword", countStopsNextWord}} {
		b.Run(c.name, func(b *testing.B) {
			var count [len(stopLangNames)]int
			for b.Loop() {
				for _, l := range lines {
					c.f(l, &count)
				}
			}
		})
	}
}
