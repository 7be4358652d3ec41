package extract

import (
	"strings"

	"github.com/pare-dev/pare/clean"
)

// findDate returns the index of the line that dates the article: a date
// line or a short line holding a date (a byline with its date), the one
// closest to the headline (or to the region's start when there is no
// headline), or -1. Lines below the headline are preferred, and so are
// publication dates over update dates.
func findDate(lines []textLine, anchor, start, end int) int {
	lo := max(0, anchor-6)
	hi := min(len(lines), max(anchor, start)+12, max(end, anchor+1))
	best, bestCost := -1, 1<<30
	for i := lo; i < hi; i++ {
		l := lines[i]
		cost := 0
		if dateRun(lines, i) >= 3 || !datelineCandidate(l.text) || l.rule == clean.ImageLabel.Name {
			continue // a list of events or posts, an embedded post, an image's file name
		}
		switch {
		case l.date:
		case i != anchor && !l.strong && l.runes <= 150:
			if _, _, _, ok := findTextDate(l.text); !ok {
				continue
			}
			cost = 2
		default:
			continue
		}
		if d := i - anchor; d < 0 {
			cost -= 2 * d
		} else {
			cost += d
		}
		if mentionsUpdate(l.text) {
			cost += 5
		} else if mentionsPublication(l.text) {
			cost -= 3
		}
		if cost < bestCost {
			best, bestCost = i, cost
		}
	}
	if best >= 0 {
		return best
	}
	// Nothing next to the headline: a line further off that says it gives
	// the publication date.
	for d := 1; d <= 40; d++ {
		for _, i := range []int{anchor + d, anchor - d} {
			if i >= 0 && i < len(lines) && lines[i].runes <= 150 && mentionsPublication(lines[i].text) && !mentionsUpdate(lines[i].text) {
				if _, _, _, ok := findTextDate(lines[i].text); ok {
					return i
				}
			}
		}
	}
	return -1
}

// mentionsPublication reports whether a line says it gives the date of
// publication: "Veröffentlicht am", "Published", "Publié le".
func mentionsPublication(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"veröffentlicht", "publiziert", "erschienen", "published", "posted on", "publié", "publicado",
		"pubblicato", "gepubliceerd", "opublikowano", "publikacja"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// datelineCandidate reports whether a line may date the article: not a
// quoted post ("— Name (@handle) May 2, 2020"), not a weather report.
func datelineCandidate(s string) bool {
	return !strings.HasPrefix(s, "—") && !strings.Contains(s, "(@") && !strings.Contains(s, "°")
}

// dateRun returns the length of the run of date lines that line i is in.
func dateRun(lines []textLine, i int) int {
	if !lines[i].date {
		return 0
	}
	a, b := i, i
	for a > 0 && lines[a-1].date {
		a--
	}
	for b+1 < len(lines) && lines[b+1].date {
		b++
	}
	return b - a + 1
}

// mentionsUpdate reports whether a date line gives the date of an update
// rather than of publication.
func mentionsUpdate(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"aktualisiert", "update", "zuletzt", "geändert", "bearbeitet", "modified",
		"actualiza", "mis à jour", "modifié", "aggiornat", "bijgewerkt", "zaktualizowano", "stand:"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}
