package main

import (
	"math"
	"testing"
)

func TestSpreadScores(t *testing.T) {
	pages := toyPages(40)
	// Half the pages lose their signal: the fits cannot get them all.
	for i := 0; i < len(pages); i += 2 {
		pages[i].cands[1].idx, pages[i].cands[1].val = []int32{2}, []float32{1}
	}
	opt := fitOptions{l2: 1e-3, iters: 50, hinge: true}
	fs := spreadScores(pages, 3, 5, nil, opt, []int{10, 50})
	if len(fs) != 2 {
		t.Fatalf("got %d fits, want 2", len(fs))
	}
	cases := []struct {
		name  string
		fit   int
		iters int
	}{
		{"fewer steps", 0, 10},
		{"the steps of opt", 1, 50},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f := fs[c.fit]
			if f.iters != c.iters {
				t.Errorf("iters = %d, want %d", f.iters, c.iters)
			}
			o := opt
			o.iters = c.iters
			want, pred, _ := crossValidate(pages, 3, 5, nil, o, nil)
			if f.whole[kindW3m] != want[kindW3m] {
				t.Errorf("whole = %v, want %v (crossValidate)", f.whole[kindW3m], want[kindW3m])
			}
			halves := halfScores(pages, pred)
			for _, h := range []string{"a", "b"} {
				if f.halves[h][kindW3m] != halves[h][kindW3m] {
					t.Errorf("half %s = %v, want %v", h, f.halves[h][kindW3m], halves[h][kindW3m])
				}
			}
		})
	}
	t.Run("mean", func(t *testing.T) {
		want := (fs[0].whole.acc(kindW3m) + fs[1].whole.acc(kindW3m)) / 2
		if got := meanAcc(fs, "", kindW3m); math.Abs(got-want) > 1e-12 {
			t.Errorf("meanAcc = %v, want %v", got, want)
		}
		wantA := (fs[0].halves["a"].acc(kindW3m) + fs[1].halves["a"].acc(kindW3m)) / 2
		if got := meanAcc(fs, "a", kindW3m); math.Abs(got-wantA) > 1e-12 {
			t.Errorf("meanAcc half a = %v, want %v", got, wantA)
		}
		if got := meanAcc(nil, "", kindW3m); got != 0 {
			t.Errorf("meanAcc of no fits = %v, want 0", got)
		}
	})
}
