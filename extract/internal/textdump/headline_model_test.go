package textdump

import (
	"context"
	"math"
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
)

// TestHeadlineWeightsFitted checks that the fitted weights were fitted
// for the features as they stand: a feature added, removed or moved since
// the last fit needs a refit (go run ./extract/internal/textdump/train -write).
func TestHeadlineWeightsFitted(t *testing.T) {
	for k, f := range headlineFeatures {
		if f.name == "" || f.group == "" {
			t.Errorf("feature %d has no name or group", k)
		}
		if headlineWeightNames[k] != f.name {
			t.Errorf("weight %d was fitted for %q, the feature is %q: refit", k, headlineWeightNames[k], f.name)
		}
		if math.IsNaN(headlineWeights[k]) || math.IsInf(headlineWeights[k], 0) {
			t.Errorf("weight %d (%s) is %v", k, f.name, headlineWeights[k])
		}
	}
}

// TestHeadlineModel checks the model's choice on dumps of the usual
// shapes, each with a decoy the choice must pass over.
func TestHeadlineModel(t *testing.T) {
	text := []string{
		"The town council of Port Aldery voted seven to two on Thursday evening to rebuild the old ferry pier, closed since the storms of last winter.",
		"Work is to start in spring and last about eighteen months, the harbour master said after the vote. Until then the ferry calls at a makeshift jetty.",
		"The islanders had asked for the pier for years, and the county has promised to pay for most of it, the mayor told the meeting.",
	}
	body := strings.Join(text, "\n\n")
	cases := []struct {
		name, dump, want string
	}{
		{"w3m: headline set apart over its date, under a menu",
			"Coastal Ledger\n\n  • News\n  • Sport\n  • Weather\n  • Contact\n\nHarbour town votes to rebuild its old ferry pier\n\n14 March 2024\n\n" + body,
			"Harbour town votes to rebuild its old ferry pier"},
		{"innerText: headline over its byline, after a cookie note",
			"Coastal Ledger\nNews\nSport\nWeather\nWe use cookies to improve your experience. Accept all\nHarbour town votes to rebuild its old ferry pier\nBy Maggie Thornton\n14 March 2024\n\n" + body,
			"Harbour town votes to rebuild its old ferry pier"},
		{"a caption with its credit is passed over",
			"Coastal Ledger\n\nHarbour town votes to rebuild its old ferry pier\n\nBy Maggie Thornton\n\nThe old pier in winter (Photo: Anna Muster)\n\n" + body,
			"Harbour town votes to rebuild its old ferry pier"},
		{"a repeated section label is passed over",
			"Coastal Ledger\nLocal news\nHarbour town votes to rebuild its old ferry pier\n14 March 2024\n\n" + body + "\n\nLocal news\nLocal news",
			"Harbour town votes to rebuild its old ferry pier"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := FromText(c.dump).Title; got != c.want {
				t.Errorf("title = %q, want %q", got, c.want)
			}
		})
	}
}

// TestExplainTitle checks that the text path notes its top headline
// candidates with their scores and deciding features, best first, when
// asked (Options.Explain), and writes no note when not.
func TestExplainTitle(t *testing.T) {
	dump := "Coastal Ledger\n\nHarbour town votes to rebuild its old ferry pier\n\n14 March 2024\n\n" +
		repeatSentence("The town council of Port Aldery voted on Thursday evening to rebuild the old ferry pier.", 4)
	headlineNotes := func(t *testing.T, explain bool) (*article.Document, []string) {
		t.Helper()
		doc, err := FromTextContext(context.Background(), dump, Options{Explain: explain})
		if err != nil {
			t.Fatal(err)
		}
		var notes []string
		for _, n := range doc.Candidates {
			if strings.HasPrefix(n, "headline ") {
				notes = append(notes, n)
			}
		}
		return doc, notes
	}
	t.Run("asked", func(t *testing.T) {
		doc, notes := headlineNotes(t, true)
		if len(notes) == 0 || len(notes) > explainedCandidates {
			t.Fatalf("%d headline notes, want 1 to %d: %q", len(notes), explainedCandidates, doc.Candidates)
		}
		if !strings.Contains(notes[0], doc.Title) || !strings.HasPrefix(notes[0], "headline 1: ") {
			t.Errorf("first note %q does not name the title %q", notes[0], doc.Title)
		}
		if !strings.Contains(notes[0], "date-after") && !strings.Contains(notes[0], "date-after@apart") {
			t.Errorf("first note %q does not name the date under the headline among its deciding features", notes[0])
		}
	})
	t.Run("not asked", func(t *testing.T) {
		doc, notes := headlineNotes(t, false)
		if len(notes) != 0 {
			t.Errorf("headline notes without Explain: %q", notes)
		}
		asked, _ := headlineNotes(t, true)
		if doc.Title != asked.Title || len(doc.Blocks) != len(asked.Blocks) {
			t.Errorf("Explain changed the article: title %q vs %q, %d vs %d blocks", doc.Title, asked.Title, len(doc.Blocks), len(asked.Blocks))
		}
	})
}

// TestHeadTree checks a tree's walk and the contributions --explain
// prints: the leaf a candidate reaches, and that the contributions add up
// to its score less what the trees' roots hold.
func TestHeadTree(t *testing.T) {
	var tr headTree
	for k := range tr.feat {
		tr.feat[k], tr.cut[k] = hfWords, 5 // every node: fewer than five words go left
	}
	for k := range tr.val {
		tr.val[k] = float64(k) / 10
	}
	var w [hfCount]float64
	w[hfOverlap] = 2
	leftmost, rightmost := len(tr.feat), len(tr.val)-1
	cases := []struct {
		name  string
		words float64
		leaf  int
	}{
		{"short: left all the way", 3, leftmost},
		{"long: right all the way", 7, rightmost},
		{"on the cut: right", 5, rightmost},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f [hfCount]float64
			f[hfWords], f[hfOverlap] = c.words, 0.5
			if got, want := tr.leaf(&f), tr.val[c.leaf]; got != want {
				t.Errorf("leaf value = %v, want %v", got, want)
			}
			ts := []headTree{tr, tr}
			s := scoreWith(&f, &w, ts)
			if want := 1 + 2*tr.val[c.leaf]; math.Abs(s-want) > 1e-12 {
				t.Errorf("score = %v, want %v", s, want)
			}
			con := contributions(&f, &w, ts)
			sum := 0.0
			for _, v := range con {
				sum += v
			}
			if want := s - 2*tr.val[0]; math.Abs(sum-want) > 1e-12 {
				t.Errorf("contributions add up to %v, want %v", sum, want)
			}
			if con[hfOverlap] != 1 {
				t.Errorf("the linear term's contribution = %v, want 1", con[hfOverlap])
			}
		})
	}
}

// BenchmarkScoreFeatures measures the score of one candidate: the linear
// score plus 200 trees of the depth in use, splitting on features spread
// over the vector.
func BenchmarkScoreFeatures(b *testing.B) {
	ts := make([]headTree, 200)
	for i := range ts {
		for k := range ts[i].feat {
			ts[i].feat[k] = uint16((i*7 + k*13) % hfCount)
			ts[i].cut[k] = 0.5
		}
		for k := range ts[i].val {
			ts[i].val[k] = float64(k%5) / 100
		}
	}
	var f [hfCount]float64
	for k := range f {
		f[k] = float64(k % 3)
	}
	s := 0.0
	for b.Loop() {
		s += scoreWith(&f, &headlineWeights, ts)
	}
	if math.IsNaN(s) {
		b.Fatal("NaN")
	}
}
