package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
)

// titleText returns the headline that line ti holds: without the marks
// of a link or a separator before it, a date it opens with, a doubled
// tail, a glued breadcrumb or quote, a site's name after a bar, the trail
// of a breadcrumb, a kicker glued to it that the page shows apart, or the
// soft hyphens a browser's innerText keeps (as the HTML path drops them).
func titleText(lines []textLine, ti int) string {
	return unhyphenated(cutShownKicker(lines, ti, lastCrumb(stripSiteSuffix(unglueTitle(cutLeadingDate(trimLeadingMarks(lines[ti].text)))))))
}

// crumbSeparators set the steps of a breadcrumb trail apart.
var crumbSeparators = []string{" » ", " > ", " › ", " / "}

// lastCrumb returns the last step of a breadcrumb trail, the page it
// leads to: "Home » Rezepte » Kuchen » Zitronenkuchen vom Blech" →
// "Zitronenkuchen vom Blech". A line is a trail when one separator sets
// three steps or more apart.
func lastCrumb(t string) string {
	for _, sep := range crumbSeparators {
		if strings.Count(t, sep) < 2 {
			continue
		}
		if last := strings.TrimSpace(t[strings.LastIndex(t, sep)+len(sep):]); last != "" {
			return last
		}
	}
	return t
}

// maxGluedKickerWords is how long a kicker glued before a headline may be.
const maxGluedKickerWords = 5

// cutShownKicker drops the kicker glued before headline t, with no mark
// between them, when the page shows the rest of the line apart: as a line
// of its own, or as a part of a line set off by separators (the end of a
// breadcrumb "Home / Wirtschaft / Rest", a "Rest | Site" line, a share
// text). "Neues Auto Leasen oder kaufen?" with a breadcrumb ending in
// "Leasen oder kaufen?" gives "Leasen oder kaufen?". The rest must begin
// with a capital or a figure and run to three words at least; lines that
// hold the whole of t do not count, since they show the kicker too, nor do
// lines further than titleNear below it (a list of related articles under
// the text, which may hold a dish or a story without its adjective). A rest
// no longer than the kicker needs the kicker shown as a part of the same
// line: "Rest - Kicker". A label glued before a headline that begins with
// the same word, "Hochbeet Hochbeet richtig anlegen", goes too.
func cutShownKicker(lines []textLine, ti int, t string) string {
	words := strings.Fields(t)
	whole := unhyphenated(lang.Fold(t))
	var folds []string // the lines' folds unhyphenated, made once for all k when first asked
	for k := 1; k <= maxGluedKickerWords && len(words)-k >= 3; k++ {
		rest := strings.Join(words[k:], " ")
		if !startsUpper(rest) || onlyStopWords(words[:k]) {
			continue
		}
		if labelRepeated(words, k) {
			return rest
		}
		f := unhyphenated(lang.Fold(rest))
		kicker := unhyphenated(lang.Fold(strings.Join(words[:k], " ")))
		if folds == nil {
			folds = make([]string, min(len(lines), ti+titleNear+1))
			for j := range folds {
				folds[j] = unhyphenated(lines[j].fold)
			}
		}
		for j, lf := range folds {
			if j == ti {
				continue
			}
			if !strings.Contains(lf, f) || strings.Contains(lf, whole) || !hasSegment(lf, f) {
				continue
			}
			if len(words)-k > k || hasSegment(lf, kicker) {
				return rest
			}
		}
	}
	return t
}

// labelRepeated reports whether the first k words of a line, run
// together, are the word or words that follow them: "Hochbeet Hochbeet
// richtig anlegen", "Patch Notes Patchnotes 4.1". A word said twice over with
// its punctuation, "Aus! Aus!", is the headline's own.
func labelRepeated(words []string, k int) bool {
	if r, _ := utf8.DecodeLastRuneInString(words[k-1]); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return false
	}
	label := strings.Join(words[:k], "")
	for m := 1; m <= k && k+m < len(words); m++ {
		if strings.EqualFold(label, strings.Join(words[k:k+m], "")) {
			return true
		}
	}
	return false
}

// segmentSeparators set the parts of a line apart: breadcrumbs, a
// headline and its site, a kicker and its headline.
var segmentSeparators = []string{" / ", " | ", " > ", " » ", " › ", " - ", " – ", " — ", " :: ", " • ", " · "}

// hasSegment reports whether the folded line s, cut at its separators,
// has a part that is f.
func hasSegment(s, f string) bool {
	parts := []string{s}
	for _, sep := range segmentSeparators {
		var next []string
		for _, p := range parts {
			next = append(next, strings.Split(p, sep)...)
		}
		parts = next
	}
	for _, p := range parts {
		if lang.Fold(p) == f {
			return true
		}
	}
	return false
}

// unhyphenated drops the soft hyphens of s: a page may hyphenate a
// headline in one place and not in another.
func unhyphenated(s string) string {
	if !strings.Contains(s, "\u00ad") {
		return s
	}
	return strings.ReplaceAll(s, "\u00ad", "")
}

// onlyStopWords reports whether ws are all common short words: "The",
// "Das", "My" open a headline, they are no kicker.
func onlyStopWords(ws []string) bool {
	for _, w := range ws {
		if lang.StopLangs[lang.ToLower(w)] == nil {
			return false
		}
	}
	return true
}
