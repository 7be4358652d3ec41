package textdump

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// memoDumps are dumps whose lines the kept answers are checked on: a
// text browser's dump with a breadcrumb, teasers and a dated headline, and
// a browser's innerText with a repeated headline and words outside ASCII.
var memoDumps = []struct{ name, dump string }{
	{"text browser", strings.Join([]string{
		"[Logo]", "", "   1. Start", "   2. Region", "   3. Hafen baut neuen Anleger", "",
		"Start > Region > Hafen baut neuen Anleger", "",
		"Hafen baut neuen Anleger", "", "Von Anna Muster", "3. März 2025", "",
		"Der Rat der Stadt hat am Donnerstag den neuen Anleger beschlossen. Die Fähren sollen ab dem Sommer wieder fahren.", "",
		"Die Kosten für den Anleger trägt zum größten Teil das Land. Der Bau beginnt im Herbst.", "",
		"[ ]", "", "Mehr aus der Region", "", "Hafen baut neuen Anleger", "Neue Buslinie zum Bahnhof",
	}, "\n")},
	{"innerText", strings.Join([]string{
		"PORT ALDERY GAZETTE", "Home", "Harbour", "Council", "Events", "Contact",
		"Ferry pier to be rebuilt", "March 3, 2025 by Sam Writer",
		"After a long debate the council of Port Aldery votes to rebuild the old ferry pier of the town", "",
		"The ferry pier of Port Aldery has stood empty for twenty years, and the council now wants the ferries back.", "",
		"Ærø and Åland sent their FÆRGE plans; the Ferry PIER vote was close.", "",
		"Ferry pier to be rebuilt", "Read more",
	}, "\n")},
}

// TestTitleSearchMemo checks that what a titleSearch keeps of a line is
// what the functions it stands for say of it, asked in any order.
func TestTitleSearchMemo(t *testing.T) {
	for _, d := range memoDumps {
		t.Run(d.name, func(t *testing.T) {
			lines := readLines(d.dump)
			start, end := findRegion(lines)
			if start < 0 {
				t.Fatal("no region")
			}
			ts := newTitleSearch(lines, start, end)
			for pass := range 2 { // the second asks the kept answers
				for j := len(lines) - 1; j >= 0; j-- {
					if got, want := ts.titleLike(j), titleLike(lines[j]); got != want {
						t.Errorf("pass %d: titleLike(%q) = %v, want %v", pass, lines[j].text, got, want)
					}
					if got, want := ts.datedLine(j), datedLine(lines[j]); got != want {
						t.Errorf("pass %d: datedLine(%q) = %v, want %v", pass, lines[j].text, got, want)
					}
					if got, want := ts.titleCandidate(j), titleCandidate(lines, j); got != want {
						t.Errorf("pass %d: titleCandidate(%q) = %v, want %v", pass, lines[j].text, got, want)
					}
					if got, want := ts.datedBelow(j), datedBelow(lines, j); got != want {
						t.Errorf("pass %d: datedBelow(%q) = %v, want %v", pass, lines[j].text, got, want)
					}
					if got, want := ts.repeated(j), repeated(lines, j); got != want {
						t.Errorf("pass %d: repeated(%q) = %d, want %d", pass, lines[j].text, got, want)
					}
				}
				for j := ts.lo; j < ts.hi; j++ {
					if got, want := ts.longerShowing(j), longerShowing(lines, j, ts.lo, ts.hi); got != want {
						t.Errorf("pass %d: longerShowing(%q) = %d, want %d", pass, lines[j].text, got, want)
					}
				}
			}
		})
	}
}

// TestRegionVocab checks the counts of the candidates' words against the
// region's words counted one by one (lang.LineWords), line by line.
func TestRegionVocab(t *testing.T) {
	for _, d := range memoDumps {
		t.Run(d.name, func(t *testing.T) {
			lines := readLines(d.dump)
			start, end := findRegion(lines)
			if start < 0 {
				t.Fatal("no region")
			}
			from := wordsFrom(lines, start, end)
			body, lead := map[string]int{}, map[string]int{}
			paragraphs := 0
			for i := from; i < end; i++ {
				if !lines[i].prose {
					continue
				}
				isLead := false
				if lines[i].strong {
					paragraphs++
					isLead = paragraphs <= 2
				}
				seen := map[string]bool{}
				for _, w := range lang.LineWords(lines[i].text) {
					if !seen[w] {
						seen[w] = true
						body[w]++
						if isLead {
							lead[w]++
						}
					}
				}
			}
			var v regionVocab
			var ids [][]int32
			var words [][]string
			for _, l := range lines { // every line's words are asked for
				ws := lang.LineWords(l.text)
				words = append(words, ws)
				ids = append(ids, v.add(ws))
			}
			v.count(lines, from, start, end)
			asked := 0
			for k, ws := range words {
				n := 0
				for _, w := range ws {
					if utf8.RuneCountInString(w) < 4 || lang.StopLangs[w] != nil {
						continue
					}
					id := ids[k][n]
					n++
					asked++
					if got := v.counts[id]; int(got.body) != body[w] || int(got.lead) != lead[w] {
						t.Errorf("%q: body %d, lead %d; want %d, %d", w, got.body, got.lead, body[w], lead[w])
					}
				}
				if n != len(ids[k]) {
					t.Errorf("line %q: %d words asked for, want %d", lines[k].text, len(ids[k]), n)
				}
			}
			if asked == 0 {
				t.Fatal("no word asked for")
			}
		})
	}
}

func TestAllCaps(t *testing.T) {
	cases := []struct {
		name string
		in   string
	}{
		{"capitals", "NEWS AUS DER REGION"},
		{"a headline", "Hafen baut neuen Anleger"},
		{"capitals and figures", "TOP 10 TIPPS"},
		{"no letters", "2025 – 12:30"},
		{"empty", ""},
		{"capitals outside ASCII", "ÆRØ UND ÅLAND"},
		{"a small letter outside ASCII", "ÆRØ UND Åland"},
		{"ideographs", "東京の天気"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := strings.ToUpper(c.in) == c.in && strings.ToLower(c.in) != c.in
			if got := allCaps(c.in); got != want {
				t.Errorf("allCaps(%q) = %v, want %v", c.in, got, want)
			}
		})
	}
}

// FuzzAllCaps holds allCaps to its strings form on any bytes.
func FuzzAllCaps(f *testing.F) {
	for _, s := range []string{"NEWS AUS DER REGION", "ÆRØ UND ÅLAND", "ÆRØ UND Åland", "東京の天気", "ǅ", "ΣΑΣ", "A\xffB", "\uFFFD", "Ⅻ", "ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ToUpper(s) == s && strings.ToLower(s) != s
		if got := allCaps(s); got != want {
			t.Errorf("allCaps(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzCountLine holds regionVocab.countLine to lang.LineWords: a word
// asked for is counted in a line once when LineWords finds it there, and
// else not at all.
func FuzzCountLine(f *testing.F) {
	for _, s := range [][2]string{
		{"Ferry pier rebuilt", "The ferry PIER of Port Aldery, rebuilt: (ferry) pier."},
		{"Fähren fahren wieder", "Die FÄHREN fahren\u00a0wieder ab Sommer; fähren!"},
		{"words", "«Words»\u2003words\u3000WORDS \xffwords"},
		{"straße", "STRASSE Straße straße"},
		{"kelvin Örtchen", "\u212Aelvin ÖRTCHEN, İstanbul"}, // lowered into ASCII, and a word not in ASCII
		// Fields longer than the eight bytes read at a time, parted by
		// white space in and outside ASCII, with controls inside.
		{"internationalisation verantwortungsbewusst", "Internationalisation\u00a0internationalisation\tverantwortungs\x01bewusst internationalisation\u3000x"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, asked, line string) {
		var v regionVocab
		v.add(lang.LineWords(asked))
		var buf [64]byte
		v.countLine(line, 1, true, &buf)
		in := map[string]bool{}
		for _, w := range lang.LineWords(line) {
			in[w] = true
		}
		for w, id := range v.index {
			want := int32(0)
			if in[w] {
				want = 1
			}
			if got := v.counts[id]; got.body != want || got.lead != want {
				t.Errorf("%q in %q: body %d, lead %d, want %d", w, line, got.body, got.lead, want)
			}
		}
	})
}

// FuzzAppendLineWords holds appendLineWords to lang.LineWords.
func FuzzAppendLineWords(f *testing.F) {
	for _, s := range []string{"Ferry pier to be rebuilt", "«Fähren» fahren\u00a0WIEDER!", " \xff x--y ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := appendLineWords([]string{"kept"}, s)
		want := append([]string{"kept"}, lang.LineWords(s)...)
		if strings.Join(got, "\x00") != strings.Join(want, "\x00") || len(got) != len(want) {
			t.Errorf("appendLineWords(%q) = %q, want %q", s, got, want)
		}
	})
}

// bylinePrefixRef is bylinePrefix's first reading: every prefix of
// lang.BylinePrefixes tried in turn on the whole line lower-cased.
func bylinePrefixRef(s string) (string, bool) {
	l := strings.ToLower(s)
	for _, p := range lang.BylinePrefixes {
		if strings.HasPrefix(l, p) {
			return p, true
		}
	}
	return "", false
}

func TestBylinePrefix(t *testing.T) {
	cases := []struct{ name, in string }{
		{"empty", ""},
		{"by", "By Anna Berger"},
		{"posted by", "Posted by Anna Berger"},
		{"text von before text", "Text von Anna Berger"},
		{"text", "TEXT: Anna Berger"},
		{"por and publicado por", "publicado por Ana"},
		{"a word that starts as one", "Byways of the coast"},
		{"short", "b"},
		{"not ASCII", "Ésrito por Ana"},
		{"Kelvin sign", "\u212Aarl von Berg"},
		{"capital after", "VON DER REDAKTION"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, ok := bylinePrefix(c.in)
			wp, wok := bylinePrefixRef(c.in)
			if p != wp || ok != wok {
				t.Errorf("bylinePrefix(%q) = %q, %v; want %q, %v", c.in, p, ok, wp, wok)
			}
		})
	}
}

// FuzzBylinePrefix holds bylinePrefix to its first reading.
func FuzzBylinePrefix(f *testing.F) {
	for _, p := range lang.BylinePrefixes {
		f.Add(p + "Anna Berger")
		f.Add(strings.ToUpper(p))
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := bylinePrefix(s)
		wp, wok := bylinePrefixRef(s)
		if p != wp || ok != wok {
			t.Errorf("bylinePrefix(%q) = %q, %v; want %q, %v", s, p, ok, wp, wok)
		}
	})
}
