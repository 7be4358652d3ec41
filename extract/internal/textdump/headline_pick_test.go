package textdump

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

// checkPick holds pickTitle to findTitle on a dump, and each candidate's
// score to its ceiling read without its text features.
func checkPick(t *testing.T, name, dump string) {
	t.Helper()
	lines := readLines(dump)
	start, end := findRegion(lines)
	if start < 0 {
		return
	}
	want := findTitle(lines, start, end)
	if got := pickTitle(lines, start, end); got != want {
		t.Errorf("%s: pickTitle = %d, findTitle = %d", name, got, want)
	}
	apart := headingsApart(lines)
	for _, c := range titleCands(lines, start, end) {
		f := c.f
		for _, j := range textFeature {
			f[j], f[hfBase+j] = 0, 0
		}
		lex := lexScore(lines, &c)
		score := scoreFeatures(&c.f) + lex
		if ceil := scoreCeiling(&f, apart) + lex; ceil < score-boundTolerance {
			t.Errorf("%s: candidate at line %d scores %v above its ceiling %v", name, c.line, score, ceil)
		}
	}
}

// TestPickTitle runs checkPick on the fixtures' dumps and on every dump of
// the corpora beside the repository (when there).
func TestPickTitle(t *testing.T) {
	eachDump(t, checkPick)
}

// TestScoreCeiling sets the text features of a vector of other features
// to each of a few choices: no score may pass the ceiling.
func TestScoreCeiling(t *testing.T) {
	var base [hfCount]float64
	base[hfDistance], base[hfWords], base[hfOverlap], base[hfDateAfter] = 1, 6, 0.5, 1
	tests := []struct {
		name string
		set  func(f *[hfCount]float64)
	}{
		{"none set", func(*[hfCount]float64) {}},
		{"all set", func(f *[hfCount]float64) {
			for _, j := range textFeature {
				f[j] = 1
			}
		}},
		{"those weighing for set", func(f *[hfCount]float64) {
			for _, j := range textFeature {
				if headlineWeights[j] > 0 {
					f[j] = 1
				}
			}
		}},
		{"facts only", func(f *[hfCount]float64) { f[hfFacts] = 1 }},
		{"caption and imprint", func(f *[hfCount]float64) { f[hfCaption], f[hfImprint] = 1, 1 }},
	}
	for _, tt := range tests {
		for _, apart := range []bool{false, true} {
			name := tt.name
			if apart {
				name += " apart"
			}
			t.Run(name, func(t *testing.T) {
				ceil := scoreCeiling(&base, apart)
				f := base
				tt.set(&f)
				if apart {
					for _, j := range textFeature {
						f[hfBase+j] = f[j]
					}
				}
				if s := scoreFeatures(&f); s > ceil+boundTolerance {
					t.Errorf("score %v above the ceiling %v", s, ceil)
				}
			})
		}
	}
}

func FuzzPickTitle(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "text", "*.txt"))
	for _, p := range files {
		if d, err := os.ReadFile(p); err == nil && len(d) < 20000 {
			f.Add(string(d))
		}
	}
	f.Add("Menu\nHome\n\nA Headline Here\nBy Anna Muster\n\nThe first paragraph of the article runs on for a while, as text does, and ends.\n")
	f.Fuzz(func(t *testing.T, dump string) {
		if len(dump) > 1<<16 {
			return
		}
		checkPick(t, "fuzzed dump", dump)
	})
}

// TestPickTitleConcurrent picks the headlines of the fixtures' dumps from
// several goroutines at once (the candidates' pool is shared): each pick
// is the one made alone. Run with -race.
func TestPickTitleConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "testdata", "text", "*.txt"))
	if len(files) == 0 {
		t.Skip("no fixtures")
	}
	type page struct {
		lines      []textLine
		start, end int
		want       int
	}
	var pages []page
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		lines := readLines(string(d))
		if start, end := findRegion(lines); start >= 0 {
			pages = append(pages, page{lines, start, end, findTitle(lines, start, end)})
		}
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(pages))
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for r := 0; r < 20; r++ {
				p := pages[(g+r)%len(pages)]
				if got := pickTitle(p.lines, p.start, p.end); got != p.want {
					errs <- fmt.Sprintf("goroutine %d: pickTitle = %d, want %d", g, got, p.want)
					return
				}
			}
		}(g)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
