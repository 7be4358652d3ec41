package dates

import (
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

// Issue is when a note says a text first came out: a day when the note
// gives one, else a month of a year, else a year.
type Issue struct {
	Year  int
	Month int          // 0 when the note gives the year alone
	Day   article.Date // the day, when the note gives one
}

// Holds reports whether date d falls in the period the note gives.
func (p Issue) Holds(d article.Date) bool {
	if !p.Day.IsZero() {
		return SameDay(p.Day, d)
	}
	return d.Time.Year() == p.Year && (p.Month == 0 || int(d.Time.Month()) == p.Month)
}

// firstWords say that a text came out before the version shown:
// "originally", "erstmals", "initialement".
var firstWords = lang.WordSet(`originally first initially ursprünglich erstmals zuerst
	initialement originellement originalmente originariamente inizialmente
	oorspronkelijk pierwotnie`)

// issueVerbs say that a text came out: "published", "erschienen", "paru".
var issueVerbs = lang.WordSet(`published posted appeared ran veröffentlicht erschienen erschien
	publiziert publié publiée paru parue publicado publicada pubblicato pubblicata
	apparso gepubliceerd verschenen opublikowany opublikowana opublikowano`)

// pieceWords name the text itself: a note about when "this article" first
// came out, not a sentence about when a book did.
var pieceWords = lang.WordSet(`article post story piece column essay interview blog
	artikel beitrag text kolumne billet texte chronique artículo nota entrada
	articolo pezzo artykuł tekst wpis`)

// FirstIssue reads a note that says when the text it stands in was first
// published, as pages put it above or under a text they have updated or
// taken over: "This article was originally published on May 3, 2019",
// "Cet article, initialement publié en avril 2017, a fait l'objet d'une mise
// à jour", "Dieser Beitrag erschien zuerst am 3. Mai 2019". The note must
// name the text (article, post, Beitrag …) in its first six words, then
// say "first" and "published" within three words of each other (English
// "first" right before the verb), and give a day, a month and year, or a
// year near them.
func FirstIssue(s string) (Issue, bool) {
	if !HasDigit(s) {
		return Issue{}, false
	}
	if rest, ok := strings.CutPrefix(s, "["); ok {
		if _, after, ok := strings.Cut(rest, "]"); ok {
			s = after // an image's label run into the line
		}
	}
	// Most lines name no text in their first six words: they are read
	// token by token that far, and split whole only when they do and
	// say "published" too.
	for pos, piece, n := 0, false, 0; ; {
		t, next, ok := nextDateTok(s, pos, true)
		if !ok {
			return Issue{}, false
		}
		pos = next
		if t.Kind != TokWord {
			continue
		}
		if n++; n <= 6 && pieceWords[t.Text] {
			piece = true
		}
		if piece && issueVerbs[t.Text] {
			break
		}
		if !piece && n >= 6 {
			return Issue{}, false
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

// issueNear reads the date nearest to the words toks[a] … toks[b] that
// say "first published", before, between or after them, no more than
// twelve tokens off and in the same sentence: a day, a month and its year ("en avril 2017"), or a
// year ("habe ich 2017 erstmals veröffentlicht und 2020 aktualisiert"
// gives 2017, not the update's 2020).
func issueNear(toks []DateTok, a, b int) (Issue, bool) {
	lo, hi := max(0, a-12), min(len(toks), b+13)
	for k := a - 1; k >= lo; k-- {
		if sentenceEnd(toks, k) {
			lo = k + 1
			break
		}
	}
	for k := b + 1; k < hi; k++ {
		if sentenceEnd(toks, k) {
			hi = k
			break
		}
	}
	best, bestOff := Issue{}, -1
	for k := lo; k < hi; k++ {
		var p Issue
		end := k
		if d, j, ok := dateAt(toks, k); ok {
			p, end = Issue{Year: d.Time.Year(), Month: int(d.Time.Month()), Day: d}, j-1
		} else if y, ok := YearOf(&toks[k]); ok && len(toks[k].Text) == 4 && y >= 1990 && y <= 2099 {
			p.Year = y
			if k > 0 && toks[k-1].Kind == TokWord {
				p.Month = MonthNames[toks[k-1].Text]
			}
		} else {
			continue
		}
		off := 0
		switch {
		case end < a:
			off = a - end
		case k > b:
			off = k - b
		}
		if bestOff < 0 || off < bestOff {
			best, bestOff = p, off
		}
	}
	return best, bestOff >= 0
}

// sentenceEnd reports whether toks[k] ends a sentence: a stop, a question
// or exclamation mark or a semicolon before a space, but not the stop of a
// day before its month ("3. Mai").
func sentenceEnd(toks []DateTok, k int) bool {
	t := toks[k]
	if t.Kind != TokPunct || !strings.Contains(".!?;", t.Text) || k+1 < len(toks) && !toks[k+1].Space {
		return false
	}
	return t.Text != "." || k+1 >= len(toks) || MonthNames[toks[k+1].Text] == 0
}

// firstBy looks for a word saying "first" with the verb toks[v]: within
// three words before or after it, or, for English "first", right before it
// ("my first post, published in 2015" is an ordinal). It returns the
// indexes of the earlier and the later of the two words.
func firstBy(toks []DateTok, v int) (int, int, bool) {
	for k := max(0, v-8); k < min(len(toks), v+9); k++ {
		if toks[k].Kind != TokWord || !firstWords[toks[k].Text] || words(toks, min(k, v), max(k, v)) > 3 {
			continue
		}
		if toks[k].Text == "first" && k != v-1 {
			continue
		}
		return min(k, v), max(k, v), true
	}
	return 0, 0, false
}

// words counts the word tokens strictly between toks[a] and toks[b].
func words(toks []DateTok, a, b int) int {
	n := 0
	for k := a + 1; k < b; k++ {
		if toks[k].Kind == TokWord {
			n++
		}
	}
	return n
}
