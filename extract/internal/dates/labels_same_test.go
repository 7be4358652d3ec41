package dates

import (
	"strings"
	"testing"
)

// mentionsPublicationRef and mentionsUpdateRef are MentionsPublication and
// MentionsUpdate as they read a line before they lowered ASCII lines on
// the stack: lower-cased by strings.ToLower.
func mentionsPublicationRef(s string) bool {
	l := strings.ToLower(s)
	for _, w := range publicationPhrases {
		if strings.Contains(l, w) {
			return true
		}
	}
	for _, w := range dateLabels {
		if rest, ok := strings.CutPrefix(l, w); ok && (rest == "" || rest[0] == ' ' || rest[0] == ':') {
			return OpensWithDate(strings.TrimLeft(rest, " :"))
		}
	}
	return false
}

func mentionsUpdateRef(s string) bool {
	l := strings.ToLower(s)
	for _, w := range updatePhrases {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

var labelSeeds = []string{
	"Published: May 2, 2020", "Veröffentlicht am 3. Mai 2021", "DATE: 12 May 2020", "Datum 3.5.2021", "Dates to remember",
	"Datum publikacji: 3 maja 2022", "Last UPDATED 2021-01-02", "Stand: 19.10.2019", "Posted On Monday", "data",
	"Updated", strings.Repeat("x", 300) + " published", "Mis à jour le 3 mai", "\u212A posted on",
}

func TestSameLabels(t *testing.T) {
	for _, s := range labelSeeds {
		t.Run(s[:min(len(s), 30)], func(t *testing.T) {
			if got, want := MentionsPublication(s), mentionsPublicationRef(s); got != want {
				t.Errorf("MentionsPublication(%q) = %v, want %v", s, got, want)
			}
			if got, want := MentionsUpdate(s), mentionsUpdateRef(s); got != want {
				t.Errorf("MentionsUpdate(%q) = %v, want %v", s, got, want)
			}
		})
	}
}

func FuzzSameLabels(f *testing.F) {
	for _, s := range labelSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := MentionsPublication(s), mentionsPublicationRef(s); got != want {
			t.Errorf("MentionsPublication(%q) = %v, want %v", s, got, want)
		}
		if got, want := MentionsUpdate(s), mentionsUpdateRef(s); got != want {
			t.Errorf("MentionsUpdate(%q) = %v, want %v", s, got, want)
		}
	})
}
