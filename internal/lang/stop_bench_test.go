package lang

import "testing"

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
