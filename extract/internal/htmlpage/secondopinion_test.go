package htmlpage

import (
	"math/bits"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

func TestClassify(t *testing.T) {
	en := stopSetOf("en")
	long := "The council of the town voted on Thursday to rebuild the pier, and the work is due to begin in the autumn when the ferries stop for the winter and the harbour is quiet. The town will pay a third of the cost and the region the rest of it."
	tests := []struct {
		name  string
		block article.Block
		want  int
	}{
		{"running text", article.Block{Kind: article.Paragraph, Plain: long}, classGood},
		{"link row", article.Block{Kind: article.Paragraph, Plain: "Home News Sport Weather Contact", Links: 31}, classBad},
		{"short line", article.Block{Kind: article.Paragraph, Plain: "Photo: archive"}, classShort},
		{"long list of names", article.Block{Kind: article.Paragraph, Plain: strings.Repeat("Smith Jones Brown Taylor Wilson Davies Evans ", 5)}, classBad},
		{"heading", article.Block{Kind: article.Heading, Plain: "A costly decision"}, classShort},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := classify(tt.block, en); got != tt.want {
				t.Errorf("classify = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestReviseShort(t *testing.T) {
	tests := []struct {
		name     string
		in, want []int
	}{
		{"short between good", []int{classGood, classShort, classGood}, []int{classGood, classGood, classGood}},
		{"short at the edge", []int{classShort, classGood}, []int{classShort, classGood}},
		{"near-good next to good", []int{classGood, classNearGood, classBad}, []int{classGood, classGood, classBad}},
		{"short next to bad", []int{classGood, classShort, classBad}, []int{classGood, classShort, classBad}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := append([]int(nil), tt.in...)
			reviseShort(got)
			for i := range got {
				if got[i] != tt.want[i] {
					t.Fatalf("reviseShort(%v) = %v, want %v", tt.in, got, tt.want)
				}
			}
		})
	}
}

func TestDenseArticle(t *testing.T) {
	p := "<p>The council of the town voted on Thursday to rebuild the pier, and the work is due to begin in the autumn when the ferries stop for the winter and the harbour is quiet for a while. The town will pay a third of the cost and the region the rest of it.</p>"
	page := mustParse(t, `<html lang="en"><body><div><a href="/">Home</a> <a href="/news">News</a></div>
		<div>`+p+`<h2>Costs</h2>`+p+`</div><div><a href="/a">Other story one</a> <a href="/b">Other story two</a></div></body></html>`)
	blocks, size := denseArticle(splitPage(page, "", false), "en", "", false, 0)
	var kinds []string
	for _, b := range blocks {
		kinds = append(kinds, b.Kind.String())
		if strings.Contains(b.Plain, "Other story") || strings.Contains(b.Plain, "Home") {
			t.Errorf("kept chrome %q", b.Plain)
		}
	}
	if got := strings.Join(kinds, ","); got != "paragraph,heading,paragraph" {
		t.Errorf("kinds = %s, want paragraph,heading,paragraph", got)
	}
	if size < 300 {
		t.Errorf("size = %d, want the two paragraphs and the heading", size)
	}
	if blocks, size := denseArticle(splitPage(page, "", false), "en", "", false, float64(size)); blocks != nil || size != 0 {
		t.Errorf("with as much text needed as it finds: %d blocks, size %d; want none", len(blocks), size)
	}
	if blocks, _ := denseArticle(splitPage(page, "", false), "en", "", false, float64(size-1)); len(blocks) != 3 {
		t.Errorf("with a little less text needed than it finds: %d blocks, want 3", len(blocks))
	}
}

// stopIndex maps each stop word to the languages it belongs to, as bits
// in the order of stopLangs: stopWordsFor's index before lang.StopMaskOf,
// for the reading it is held to (joinedStopWords).
var stopIndex = func() map[string]uint64 {
	index := map[string]uint64{}
	for k, code := range stopLangs {
		for w := range lang.StopWords[code] {
			index[w] |= 1 << k
		}
	}
	return index
}()

func TestStopIndex(t *testing.T) {
	var codes []string
	for code := range lang.StopWords {
		codes = append(codes, code)
	}
	slices.Sort(codes)
	if !slices.Equal(codes, stopLangs) {
		t.Fatalf("stopLangs = %v, want %v", stopLangs, codes)
	}
	if len(stopLangs) > 32 {
		t.Fatalf("%d languages of stop words, more than the index's 64 bits", len(stopLangs))
	}
	for k, code := range stopLangs {
		for w := range lang.StopWords[code] {
			if stopIndex[w]&(1<<k) == 0 {
				t.Errorf("%q, a stop word of %s, is not indexed as one", w, code)
			}
		}
	}
	for w, langs := range stopIndex {
		for k, code := range stopLangs {
			if langs&(1<<k) != 0 && !lang.StopWords[code][w] {
				t.Errorf("%q is indexed as a stop word of %s, which it is not", w, code)
			}
		}
	}
}

// TestLowerKeepsWordRunes checks what stopShare relies on: lower-casing a
// character never turns a word character into a separator or back.
func TestLowerKeepsWordRunes(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if notWordRune(r) != notWordRune(unicode.ToLower(r)) {
			t.Errorf("%U: notWordRune %v, of its lower case %U %v", r, notWordRune(r), unicode.ToLower(r), notWordRune(unicode.ToLower(r)))
		}
	}
}

func TestStopShare(t *testing.T) {
	stop := lang.StopWords["en"]
	tests := []struct {
		name, in string
	}{
		{"sentence", "The ferry LEFT the harbour AND the crossing took an hour"},
		{"long words", "Internationalisation-and-counterrevolutionaries of The council"},
		{"non-ASCII", "Über THE naïve café, ÀND the İstanbul ferry"},
		{"no words", "123 456 -- !!"},
		{"apostrophes", "it's the ’tis DON'T ' '' o’clock"},
		{"not UTF-8", "the\xffand \xe2\x80 of\xc3"},
		{"empty", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := stopShare(tt.in, stopSetOf("en")), splitStopShare(tt.in, stop); got != want {
				t.Errorf("stopShare = %v, want %v", got, want)
			}
		})
	}
}

// splitStopShare is stopShare by the words of the lower-cased text, split
// with strings.FieldsFuncSeq: the reading stopShare is held to.
func splitStopShare(text string, stop map[string]bool) float64 {
	words, hits := 0, 0
	for w := range strings.FieldsFuncSeq(strings.ToLower(text), notWordRune) {
		words++
		if stop[w] {
			hits++
		}
	}
	if words == 0 {
		return 0
	}
	return float64(hits) / float64(words)
}

func FuzzStopShare(f *testing.F) {
	f.Add("The ferry LEFT the harbour AND the crossing took an hour")
	f.Add("Über THE naïve café, ÀND the İstanbul ferry")
	f.Add("it's ’tis O’CLOCK \xff")
	f.Fuzz(func(t *testing.T, s string) {
		for _, code := range stopLangs {
			if got, want := stopShare(s, stopSetOf(code)), splitStopShare(s, lang.StopWords[code]); got != want {
				t.Errorf("stopShare(%q) in %s = %v, want %v", s, code, got, want)
			}
		}
	})
}

func TestBestStopLang(t *testing.T) {
	at := func(code string) int { return slices.Index(stopLangs, code) }
	if at("de") < 0 || at("fr") < 0 || at("en") < 0 {
		t.Skip("the stop-word lists no longer hold de, fr and en")
	}
	counts := func(hits map[string]int) []int {
		c := make([]int, len(stopLangs))
		for code, n := range hits {
			c[at(code)] = n
		}
		return c
	}
	tests := []struct {
		name string
		hits map[string]int
		want string
	}{
		{"no stop word at all is English", nil, "en"},
		{"the most hits wins", map[string]int{"de": 3, "fr": 5}, "fr"},
		{"a tie goes to the first code in order", map[string]int{"fr": 4, "de": 4}, "de"},
		{"English wins its ties in its place", map[string]int{"fr": 2, "en": 2}, "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bestStopLang(counts(tt.hits)); got != tt.want {
				t.Errorf("bestStopLang = %s, want %s", got, tt.want)
			}
		})
	}
}

// TestLinkDensity holds linkDensity to article.Block.LinkDensity.
func TestLinkDensity(t *testing.T) {
	for _, plain := range []string{"", "a", "Links and text", "Ünïcödé wörds", "東京と大阪"} {
		for _, links := range []int{0, 1, 3, 14, 40} {
			b := article.Block{Plain: plain, Links: links}
			if got, want := linkDensity(links, utf8.RuneCountInString(plain)), b.LinkDensity(); got != want {
				t.Errorf("linkDensity(%d, %q) = %v, want %v", links, plain, got, want)
			}
		}
	}
}

// joinedStopWords is stopWordsFor's guess of the language as it was: the
// stop words of each language counted in the blocks' texts joined and
// lower-cased whole.
func joinedStopWords(blocks []article.Block) map[string]bool {
	var sb strings.Builder
	for _, b := range blocks {
		if sb.Len() >= langSample {
			break
		}
		sb.WriteString(b.Plain)
		sb.WriteByte(' ')
	}
	counts := make([]int, len(stopLangs))
	for w := range strings.FieldsFuncSeq(strings.ToLower(sb.String()), notWordRune) {
		for langs := stopIndex[w]; langs != 0; langs &= langs - 1 {
			counts[bits.TrailingZeros64(langs)]++
		}
	}
	return lang.StopWords[bestStopLang(counts)]
}

func FuzzStopWordsFor(f *testing.F) {
	f.Add("Der Rat der Stadt hat am Donnerstag", "und die Arbeit")
	f.Add("The council OF the town", "de la ville et")
	f.Add("caf\xe2\x80", "\x9c él está EN la")
	f.Fuzz(func(t *testing.T, a, b string) {
		blocks := []article.Block{{Plain: a}, {Plain: b}}
		got, want := stopWordsFor("", blocks), joinedStopWords(blocks)
		k := slices.IndexFunc(stopLangs, func(c string) bool {
			return reflect.ValueOf(lang.StopWords[c]).Pointer() == reflect.ValueOf(want).Pointer()
		})
		if reflect.ValueOf(got.words).Pointer() != reflect.ValueOf(want).Pointer() || got.bit != 1<<k {
			t.Errorf("stopWordsFor(%q, %q) chose another language than the joined text's", a, b)
		}
	})
}
