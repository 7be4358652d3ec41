package dates

import (
	"strings"
	"testing"
)

// firstIssueRef is FirstIssue as it was, splitting every line with a digit
// into its tokens whole; FirstIssue must agree with it.
func firstIssueRef(s string) (Issue, bool) {
	if !HasDigit(s) {
		return Issue{}, false
	}
	if rest, ok := strings.CutPrefix(s, "["); ok {
		if _, after, ok := strings.Cut(rest, "]"); ok {
			s = after // an image's label run into the line
		}
	}
	toks := DateTokens(s)
	piece, n := false, 0
	for i, t := range toks {
		if t.Kind != TokWord {
			continue
		}
		// The note opens with the text it speaks of: "Editor's note:
		// This story …", not "… as your old post says".
		if n++; n <= 6 && pieceWords[t.Text] {
			piece = true
		}
		if piece && issueVerbs[t.Text] {
			if a, b, ok := firstBy(toks, i); ok {
				return issueNear(toks, a, b)
			}
		}
	}
	return Issue{}, false
}

var issueSeeds = []struct{ name, text string }{
	{"english", "This article was originally published on May 3, 2019."},
	{"german", "Dieser Beitrag erschien zuerst am 3. Mai 2019"},
	{"french", "Cet article, initialement publié en avril 2017, a fait l'objet d'une mise à jour"},
	{"piece late", "We met on May 3, 2019 and talked about the old article first published in 2017"},
	{"label", "[Bild] This post was first published on 2019-05-03"},
	{"no verb", "This story from May 3, 2019"},
	{"plain", "Am 3. Mai 2019 fand das Fest statt."},
}

func TestFirstIssueAsBefore(t *testing.T) {
	for _, tt := range issueSeeds {
		t.Run(tt.name, func(t *testing.T) {
			got, gok := FirstIssue(tt.text)
			want, wok := firstIssueRef(tt.text)
			if gok != wok || got.Year != want.Year || got.Month != want.Month || !got.Day.Time.Equal(want.Day.Time) {
				t.Errorf("FirstIssue(%q) = %+v %v, want %+v %v", tt.text, got, gok, want, wok)
			}
		})
	}
}

func FuzzFirstIssue(f *testing.F) {
	for _, tt := range issueSeeds {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gok := FirstIssue(s)
		want, wok := firstIssueRef(s)
		if gok != wok || got.Year != want.Year || got.Month != want.Month || !got.Day.Time.Equal(want.Day.Time) || got.Day.Precision != want.Day.Precision {
			t.Errorf("FirstIssue(%q) = %+v %v, want %+v %v", s, got, gok, want, wok)
		}
	})
}
