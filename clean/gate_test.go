package clean

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/pare-dev/pare/internal/lang"
)

// gateSample returns the lines the gates are held to: every line of the
// corpus dumps when they are there (../../shared), and those of the
// repository's fixtures, each as it is and with its white space folded.
func gateSample(t testing.TB) []string {
	var paths []string
	for _, pat := range []string{
		"../../shared/corpus/text/*.txt", "../../shared/corpus/innertext/*.txt", "../../shared/corpus-body/text/*.txt",
		"../testdata/text/*.txt", "../testdata/text/*.md", "../testdata/html/*.md",
	} {
		m, err := filepath.Glob(pat)
		if err != nil {
			t.Fatal(err)
		}
		paths = append(paths, m...)
	}
	var lines []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] {
			seen[s] = true
			lines = append(lines, s)
		}
	}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(data), "\n") {
			add(l)
			add(strings.Join(strings.Fields(l), " "))
		}
	}
	return lines
}

// gateVariants returns s as other inputs may give it: in capitals, with
// white space and punctuation around it, with other spaces inside.
func gateVariants(s string) []string {
	return []string{
		s,
		strings.ToUpper(s),
		strings.ToLower(s),
		"  " + s + " \t",
		"\u00a0" + s + "\u00a0",
		"(" + s + ")",
		"» " + s + ":",
		strings.ReplaceAll(s, " ", "\u00a0"),
		strings.ReplaceAll(s, " ", "\n"),
	}
}

// gatePhrases returns the phrases of all gates and the words of the rules'
// vocabularies, for lines made up of them.
func gatePhrases() []string {
	var out []string
	for _, r := range gatedRules {
		g := r.Gate
		out = append(out, g.Words...)
		out = append(out, g.Prefixes...)
		out = append(out, g.FirstWords...)
	}
	for _, list := range [][]string{commentHeadings, siteLabels, relatedHeadings, taxonomyLabels, postMetaPrefixes,
		subscribePrompts, moreOnTopic, postNavLabels, postNavBare, moreLabels, creditPrefixes, srLabels, figureLabels,
		supportPhrases.phrases, consentTopics, consentChoices, keysOf(bioVerbs), keysOf(bioRoles), keysOf(agencies)} {
		out = append(out, list...)
	}
	return out
}

// checkGates fails t for every gated rule that matches s while s does not
// pass its gate, and returns how many rules match s.
func checkGates(t testing.TB, s string) int {
	t.Helper()
	n := 0
	plain, gated := NewLine(s), NewLine(s)
	for _, r := range gatedRules {
		if !r.run(&plain) {
			continue
		}
		n++
		if !gated.mayMatch(r.Gate) {
			t.Errorf("rule %s matches %q, which its gate turns away", r.Name, s)
		}
	}
	return n
}

// TestGatesHold holds every rule's gate to the rule: on every line of the
// sample (the corpus dumps when present, and the fixtures), on variants of
// the lines that some rule matches, and on lines made of the rules' own
// phrases, a line a rule matches passes its gate.
func TestGatesHold(t *testing.T) {
	lines := gateSample(t)
	if testing.Short() && len(lines) > 20000 {
		lines = lines[:20000]
	}
	matched := 0
	for _, s := range lines {
		if checkGates(t, s) == 0 {
			continue
		}
		matched++
		for _, v := range gateVariants(s) {
			checkGates(t, v)
		}
	}
	// Lines made of the rules' phrases, their capitals and punctuation.
	phrases := gatePhrases()
	rnd := rand.New(rand.NewSource(1))
	glue := []string{" ", " ", " ", ": ", ", ", ". ", " | ", "/", " (", ") ", " » ", "…", " – ", "\u00a0", " 3 ", " Anna Muster ", "#"}
	for i := 0; i < 40000; i++ {
		var b strings.Builder
		if rnd.Intn(4) == 0 {
			b.WriteString(glue[rnd.Intn(len(glue))])
		}
		for n := 1 + rnd.Intn(4); n > 0; n-- {
			p := phrases[rnd.Intn(len(phrases))]
			switch rnd.Intn(4) {
			case 0:
				p = strings.ToUpper(p)
			case 1:
				p = titleCase(p)
			}
			b.WriteString(p)
			if n > 1 || rnd.Intn(2) == 0 {
				b.WriteString(glue[rnd.Intn(len(glue))])
			}
		}
		for _, v := range gateVariants(b.String()) {
			checkGates(t, v)
		}
	}
	if matched == 0 {
		t.Error("no line of the sample matched any rule")
	}
}

// titleCase capitalises the first letter of each word of s.
func titleCase(s string) string {
	prev := ' '
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(prev) {
			r = unicode.ToUpper(r)
		}
		prev = r
		return r
	}, s)
}

// FuzzGates holds every rule's gate to the rule on any text.
func FuzzGates(f *testing.F) {
	for _, s := range []string{"3 Kommentare", "Foto: dpa", "Lesezeit: 4 Minuten", "[Logo]", "Previous articleFrance votes",
		"de | en", "Play", "Teilen: Facebook | X", "Loading...", "Über uns", "#a #b #c", "Jane Doe writes about science."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range gateVariants(s) {
			checkGates(t, v)
		}
	})
}

// TestTextRulesGated checks that every rule of the package's lists has a
// gate that a line's triggers answer.
func TestTextRulesGated(t *testing.T) {
	lists := map[string][]TextRule{"default": DefaultTextRules(), "html": HTMLTextRules(), "end": EndRules()}
	for name, rules := range lists {
		for _, r := range rules {
			t.Run(name+"/"+r.Name, func(t *testing.T) {
				if r.Gate == nil || r.Gate.bit == 0 {
					t.Errorf("rule %s has no gate in gatedRules", r.Name)
				}
				if r.Gate != nil && r.gate != r.Gate.bit {
					t.Errorf("rule %s carries the bit %b, its gate's is %b", r.Name, r.gate, r.Gate.bit)
				}
			})
		}
	}
}

// TestFoldKept holds foldKept, which title-repeat reads before folding a
// block, to lang.Fold: folding keeps as many of the characters foldKept
// counts as the text has, on every line of the sample and on texts of
// white space, quotes and punctuation.
func TestFoldKept(t *testing.T) {
	texts := []string{"", " ", "«Der Titel»", "  „Ein   Titel“: ", "A\u00a0B\u2009C", "...!?", "a\xffb", "İstanbul K"}
	texts = append(texts, gateSample(t)...)
	for _, s := range texts {
		if got, want := foldKept(lang.Fold(s), -1), foldKept(s, -1); got != want {
			t.Fatalf("foldKept(Fold(%q)) = %d, foldKept = %d", s, got, want)
		}
		if n := foldKept(s, -1); n > 0 && foldKept(s, n) != n {
			t.Fatalf("foldKept(%q, %d) = %d", s, n, foldKept(s, n))
		}
	}
}

// FuzzFoldKept holds foldKept to lang.Fold on any text.
func FuzzFoldKept(f *testing.F) {
	f.Add("«Der Titel»: ")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := foldKept(lang.Fold(s), -1), foldKept(s, -1); got != want {
			t.Fatalf("foldKept(Fold(%q)) = %d, foldKept = %d", s, got, want)
		}
	})
}
