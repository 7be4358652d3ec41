package clean

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestDoubledCaption(t *testing.T) {
	runTextRule(t, DoubledCaption, []textRuleCase{
		{"glued", "Der Hafen am MorgenDer Hafen am Morgen", true},
		{"spaced", "Der Hafen am Morgen Der Hafen am Morgen", true},
		{"credit before", "Agentur/FotografDie Fähre legt an.Die Fähre legt an.", true},
		{"short repeat", "ja ja", false},
		{"sentence", "Der Hafen am Morgen ist ruhig, der Hafen am Abend laut.", false},
	})
}

// doubledCaptionRef is DoubledCaption's first reading: every length from
// half the line down to 12 tried in turn.
func doubledCaptionRef(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) > 600 {
		return false
	}
	last := len(t) - 1
	for n := len(t) / 2; n >= 12; n-- {
		if c := t[last-n]; c != t[last] && (c != ' ' || t[last-n-1] != t[last]) {
			continue
		}
		tail := t[len(t)-n:]
		head := strings.TrimRight(t[:len(t)-n], " ")
		if strings.HasSuffix(head, tail) && len(strings.Fields(tail)) >= 3 {
			return true
		}
	}
	return false
}

// doubledSeeds are lines near DoubledCaption's edges: repeats at 11, 12
// and 13 bytes, at half the line, after one or two spaces, with a credit
// before them, and lines of 599 to 602 bytes.
var doubledSeeds = []string{
	"",
	"a",
	"ab ab",
	"x y z x y z",
	"a b cdefghi a b cdefghi",
	"a b cdefghij a b cdefghij",
	"a b cdefghijk a b cdefghijk",
	"a b cdefghija b cdefghij",
	"a b cdefghij  a b cdefghij",
	"a b cdefghij   a b cdefghij",
	"Der Hafen am MorgenDer Hafen am Morgen",
	"Der Hafen am Morgen Der Hafen am Morgen",
	"  Der Hafen am Morgen Der Hafen am Morgen \t",
	"Agentur/FotografDie Fähre legt an.Die Fähre legt an.",
	"Der Hafen am Morgen ist ruhig, der Hafen am Abend laut.",
	"nnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnnn",
	"n n n n n n n n n n n n n n n n n n n n",
	"one two three one two three one two three",
	"Boote im Hafen. Boote im Hafen.",
	"Boote im Hafen.  Boote im Hafen.",
	strings.Repeat("ab ", 200),
	strings.Repeat("ab ", 199) + "abc",
	strings.Repeat("x", 300) + "Boote im Hafen Boote im Hafen",
	strings.Repeat("Die Fähre legt an ", 33),
	strings.Repeat("Die Fähre legt an ", 34),
}

func TestDoubledCaptionRef(t *testing.T) {
	for i, s := range doubledSeeds {
		t.Run(fmt.Sprintf("seed%d", i), func(t *testing.T) {
			if got, want := doubledCaption(s), doubledCaptionRef(s); got != want {
				t.Errorf("doubledCaption(%q) = %v, the first reading says %v", s, got, want)
			}
		})
	}
	// Every line of up to 30 bytes of the letters a, b and a space
	// taken at random, and each doubled.
	r := rand.New(rand.NewPCG(1, 2))
	for k := 0; k < 20000; k++ {
		b := make([]byte, r.IntN(31))
		for i := range b {
			b[i] = "ab  "[r.IntN(4)]
		}
		for _, s := range []string{string(b), string(b) + string(b), string(b) + " " + string(b)} {
			if got, want := doubledCaption(s), doubledCaptionRef(s); got != want {
				t.Fatalf("doubledCaption(%q) = %v, the first reading says %v", s, got, want)
			}
		}
	}
}

// FuzzDoubledCaption holds doubledCaption to its first reading.
func FuzzDoubledCaption(f *testing.F) {
	for _, s := range doubledSeeds {
		f.Add(s, "")
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		for _, s := range []string{a, a + b, a + b + b, a + " " + b + " " + b} {
			if got, want := doubledCaption(s), doubledCaptionRef(s); got != want {
				t.Fatalf("doubledCaption(%q) = %v, the first reading says %v", s, got, want)
			}
		}
	})
}

// TestDoubledCaptionCorpus holds doubledCaption to its first reading on
// every line of the corpus dumps, when they are there, and the fixtures.
func TestDoubledCaptionCorpus(t *testing.T) {
	n, matched := 0, 0
	for _, s := range gateSample(t) {
		n++
		want := doubledCaptionRef(s)
		if want {
			matched++
		}
		if got := doubledCaption(s); got != want {
			t.Errorf("doubledCaption(%q) = %v, the first reading says %v", s, got, want)
		}
	}
	t.Logf("%d lines, %d doubled", n, matched)
}
