package clean

import (
	"testing"
)

// TestReadAllHolds holds Line.readAll, which reads all that the gates ask
// of a line at once, to mayMatch asking each gate in turn on a fresh Line
// (forwards and backwards, since mayMatch reads only as far as the gate
// asked needs), on every line of the gate sample: every gate's answer the
// same.
func TestReadAllHolds(t *testing.T) {
	lines := gateSample(t)
	if testing.Short() && len(lines) > 20000 {
		lines = lines[:20000]
	}
	for _, s := range lines {
		all := NewLine(s)
		pass := all.readAll()
		fwd, back := NewLine(s), NewLine(s)
		for k := range gatedRules {
			for _, c := range []struct {
				l *Line
				r *TextRule
			}{{&fwd, gatedRules[k]}, {&back, gatedRules[len(gatedRules)-1-k]}} {
				if got, want := pass&c.r.Gate.bit != 0, c.l.mayMatch(c.r.Gate); got != want {
					t.Fatalf("%q: readAll says %v for the gate of %s, mayMatch %v", s, got, c.r.Name, want)
				}
			}
		}
	}
}

// TestFirstMatchHolds holds FirstMatchLine to the rules run one after the
// other without their gates, on every line of the gate sample, for every
// list of rules of the package (and the default one with no bits copied
// into its rules) and for the text path's lists run on the same Line.
func TestFirstMatchHolds(t *testing.T) {
	lines := gateSample(t)
	if testing.Short() && len(lines) > 20000 {
		lines = lines[:20000]
	}
	lists := []struct {
		name  string
		rules []TextRule
	}{{"default", DefaultTextRules()}, {"end", EndRules()}, {"html", HTMLTextRules()}, {"default without bits", DefaultTextRules()}}
	// Copies of the rules made before the package's gates were numbered
	// carry no bit: FirstMatchLine reads it through their Gate.
	for i := range lists[3].rules {
		lists[3].rules[i].gate = 0
	}
	ref := func(s string, rules []TextRule) string {
		l := NewLine(s)
		for _, r := range rules {
			if r.run(&l) {
				return r.Name
			}
		}
		return ""
	}
	for _, s := range lines {
		shared := NewLine(s)
		for _, list := range lists {
			want := ref(s, list.rules)
			fresh := NewLine(s)
			for _, l := range []*Line{&fresh, &shared} {
				r, ok := FirstMatchLine(l, list.rules)
				if got := r.Name; got != want || ok != (want != "") {
					t.Fatalf("%s rules on %q: FirstMatchLine gives %q (%v), the rules one by one %q", list.name, s, got, ok, want)
				}
			}
		}
	}
}
