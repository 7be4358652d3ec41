package clean

import (
	"math/rand"
	"strings"
	"testing"
)

// naiveCount counts the phrases that s contains, one strings.Contains each.
func naiveCount(s string, phrases []string) int {
	n := 0
	for _, p := range phrases {
		if strings.Contains(s, p) {
			n++
		}
	}
	return n
}

func TestPhraseSet(t *testing.T) {
	tests := []struct {
		name    string
		phrases []string
		text    string
		want    int
	}{
		{"none", []string{"cookie", "privacy"}, "a plain line", 0},
		{"one", []string{"cookie", "privacy"}, "we use cookies", 1},
		{"both", []string{"cookie", "privacy"}, "cookies and your privacy", 2},
		{"overlapping", []string{"abcd", "bc", "c"}, "xabcdx", 3},
		{"suffix of a failed match", []string{"aab", "ab"}, "aaab", 2},
		{"inside a longer phrase's prefix", []string{"she", "he", "hers"}, "ushers", 3},
		{"at the very end", []string{"end"}, "the end", 1},
		{"text shorter than every phrase", []string{"long phrase"}, "long", 0},
		{"non-ASCII", []string{"über uns", "größ"}, "mehr über uns, vergrößern", 2},
		{"empty text", []string{"a"}, "", 0},
		{"repeated phrase counts once", []string{"ab"}, "abab", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newPhraseSet(tt.phrases...)
			if got := p.count(tt.text); got != tt.want {
				t.Errorf("count(%q) = %d, want %d", tt.text, got, tt.want)
			}
			if got := p.in(tt.text); got != (tt.want > 0) {
				t.Errorf("in(%q) = %v, want %v", tt.text, got, tt.want > 0)
			}
		})
	}
}

// TestPhraseSetAgainstContains compares the automaton with one
// strings.Contains a phrase, on random texts made of the phrases' own
// pieces, where near misses are common.
func TestPhraseSetAgainstContains(t *testing.T) {
	lists := map[string][]string{
		"consent topics":  consentTopics,
		"consent choices": consentChoices,
		"site notices":    siteNotices,
		"small alphabet":  {"aa", "aba", "bab", "abba", "b a", "baab"},
	}
	rng := rand.New(rand.NewSource(1))
	for name, list := range lists {
		t.Run(name, func(t *testing.T) {
			p := newPhraseSet(list...)
			for i := 0; i < 3000; i++ {
				var b strings.Builder
				for k := rng.Intn(6); k >= 0; k-- {
					ph := list[rng.Intn(len(list))]
					from, to := rng.Intn(len(ph)+1), rng.Intn(len(ph)+1)
					if rng.Intn(3) == 0 {
						from, to = 0, len(ph)
					}
					if from > to {
						from, to = to, from
					}
					b.WriteString(ph[from:to])
					if rng.Intn(2) == 0 {
						b.WriteByte(" ab"[rng.Intn(3)])
					}
				}
				s := b.String()
				if got, want := p.count(s), naiveCount(s, list); got != want && len(list) <= 63 {
					t.Fatalf("count(%q) = %d, want %d", s, got, want)
				}
				if got, want := p.in(s), naiveCount(s, list) > 0; got != want {
					t.Fatalf("in(%q) = %v, want %v", s, got, want)
				}
			}
		})
	}
}

// TestPhraseGroups checks that a Line's one scan for a group answers as
// each set's own scan does, on texts made of the sets' phrases.
func TestPhraseGroups(t *testing.T) {
	groups := []struct {
		name  string
		sets  []*phraseSet
		lower bool
	}{
		{"lower", []*phraseSet{iconWords, supportPhrases, consentChoiceSet, commentWords, commentPolicyWords, rightsWords,
			siteNoticeSet, stayInformedSet, feedbackSet, zoomSet, emptyWidgetSet, cookieWords, cookieUseWords,
			javascriptWord, scriptNoticeSet, browserWords, browserNoticeSet, archiveWords, archiveKinds,
			affiliateWords, paidWords, linkWord}, true},
		{"text", []*phraseSet{siteNoticeHints, stayInformedHints, feedbackHints, zoomHints, widgetHints}, false},
	}
	groups[0].sets = append(groups[0].sets, consentTopicSets...)
	rng := rand.New(rand.NewSource(2))
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			var pieces []string
			for _, p := range g.sets {
				if p.group == nil {
					t.Fatalf("a set of the %s group scans on its own", g.name)
				}
				pieces = append(pieces, p.phrases...)
			}
			for i := 0; i < 2000; i++ {
				var b strings.Builder
				for k := rng.Intn(4); k >= 0; k-- {
					ph := pieces[rng.Intn(len(pieces))]
					if rng.Intn(2) == 0 {
						ph = strings.ToUpper(ph[:len(ph)/2]) + ph[len(ph)/2:]
					}
					b.WriteString(ph)
					b.WriteString([]string{" ", "", " Und ", ". "}[rng.Intn(4)])
				}
				text := b.String()
				ln := NewLine(text)
				for _, p := range g.sets {
					var got, want bool
					if g.lower {
						got, want = ln.lowerHas(p), p.in(strings.ToLower(text))
					} else {
						got, want = ln.textHas(p), p.in(text)
					}
					if got != want {
						t.Fatalf("%q: group says %v for a set of %q…, its own scan %v", text, got, p.phrases[0], want)
					}
				}
			}
		})
	}
}

// TestScanTwo holds automaton.scan, which reads a long text's halves in
// one loop, to a scan of the text from its start to its end, on the
// phrase groups and the gates' machine, for texts of every length around
// where scan starts splitting them.
func TestScanTwo(t *testing.T) {
	machines := map[string]*automaton{"lower": &lowerGroup.automaton, "text": &textGroup.automaton, "gates": &lineTriggers.words}
	rng := rand.New(rand.NewSource(3))
	pieces := gatePhrases()
	for name, a := range machines {
		t.Run(name, func(t *testing.T) {
			for i := 0; i < 5000; i++ {
				var b strings.Builder
				for b.Len() < rng.Intn(8*a.maxLen+64) {
					b.WriteString(pieces[rng.Intn(len(pieces))])
					b.WriteString([]string{" ", "", " und ", ". ", "x"}[rng.Intn(5)])
				}
				text := b.String()
				for cut := len(text); cut >= 0 && cut > len(text)-40; cut-- {
					s := text[:cut]
					if got, want := a.scan(s), scanOnce(a, s); got != want {
						t.Fatalf("scan(%q) = %x, want %x", s, got, want)
					}
				}
			}
		})
	}
}

// scanOnce is scan reading s from its start to its end in one pass.
func scanOnce(p *automaton, s string) uint64 {
	if len(s) < p.minLen || p.minLen < 0 {
		return 0
	}
	seen := p.found[0]
	row := int32(0)
	for i := 0; i < len(s); i++ {
		if row = p.next[int(row)+int(p.class[s[i]])]; row < 0 {
			row = -row - 1
			seen |= p.found[int(row)/p.width]
		}
	}
	return seen
}
