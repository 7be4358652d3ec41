package clean

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

// creditClassSlow is creditClass as the Caption rule read it before: every
// name lower-cased, its words read with lang.AlnumWords.
func creditClassSlow(name string) bool {
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i]
	}
	for w := range lang.AlnumWords(strings.ToLower(name)) {
		if creditWords[w] {
			return true
		}
	}
	return false
}

func checkCreditClass(t *testing.T, name string) {
	t.Helper()
	if got, want := creditClass(name), creditClassSlow(name); got != want {
		t.Errorf("creditClass(%q) = %v, the slow reading %v", name, got, want)
	}
}

func TestCreditClass(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"wp-caption-text", true},
		{"figure__caption", true},
		{"c-photo-credit", true},
		{"Bildunterschrift", true},
		{"image-CREDIT", true},
		{"caption--small", true},
		{"x--caption", false},
		{"captions", false},
		{"credit2", false},
		{"copyright", true},
		{"ad", false},
		{"", false},
		{"--credit", true},
		{"caption\u00e9", true},
		{"\u212aredit", false},
		{"main-content", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := creditClass(tt.name); got != tt.want {
				t.Errorf("creditClass(%q) = %v, want %v", tt.name, got, tt.want)
			}
			checkCreditClass(t, tt.name)
		})
	}
	// Every credit word alone, in capitals, inside other words and cut.
	for w := range creditWords {
		for _, name := range []string{w, strings.ToUpper(w), "a-" + w + "-b", "x" + w, w[1:], w + "--x", "x--" + w, w + "_1"} {
			checkCreditClass(t, name)
		}
	}
	for _, name := range benchClassNames {
		checkCreditClass(t, name)
	}
}

func FuzzCreditClass(f *testing.F) {
	f.Add("wp-caption-text")
	f.Add("Photo_Credit--x")
	f.Add("\u212aredit caption")
	f.Fuzz(func(t *testing.T, name string) { checkCreditClass(t, name) })
}

// BenchmarkCreditClass reads benchClassNames with creditClass and with the
// slow reading it replaced.
func BenchmarkCreditClass(b *testing.B) {
	for _, bb := range []struct {
		name string
		read func(string) bool
	}{{"fast", creditClass}, {"slow", creditClassSlow}} {
		b.Run(bb.name, func(b *testing.B) {
			for b.Loop() {
				for _, name := range benchClassNames {
					bb.read(name)
				}
			}
		})
	}
}
