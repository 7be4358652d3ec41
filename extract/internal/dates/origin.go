package dates

import (
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
// year after the first of them.
func FirstIssue(s string) (Issue, bool) {
	if !HasDigit(s) {
		return Issue{}, false
	}
	toks := DateTokens(s)
	piece, from, n := false, -1, 0
	for i, t := range toks {
		if t.Kind != TokWord {
			continue
		}
		// The note opens with the text it speaks of: "Editor's note:
		// This story …", not "… as your old post says".
		if n++; n <= 6 && pieceWords[t.Text] {
			piece = true
		}
		if piece && from < 0 && issueVerbs[t.Text] {
			from = firstBy(toks, i)
		}
	}
	if from < 0 {
		return Issue{}, false
	}
	if d, at, _, ok := FindTextDate(s[toks[from-1].End:]); ok && at <= 80 {
		return Issue{Year: d.Time.Year(), Month: int(d.Time.Month()), Day: d}, true
	}
	// A month and its year, or a year: "en avril 2017", "in 2019".
	for k := from; k < min(len(toks), from+12); k++ {
		y, ok := YearOf(&toks[k])
		if !ok || len(toks[k].Text) != 4 || y < 1990 || y > 2099 {
			continue
		}
		if k > 0 && toks[k-1].Kind == TokWord && MonthNames[toks[k-1].Text] > 0 {
			return Issue{Year: y, Month: MonthNames[toks[k-1].Text]}, true
		}
		return Issue{Year: y}, true
	}
	return Issue{}, false
}

// firstBy looks for a word saying "first" with the verb toks[v]: within
// three words before or after it, or, for English "first", right before it
// ("my first post, published in 2015" is an ordinal). It returns the index
// after the earlier of the two words, or -1.
func firstBy(toks []DateTok, v int) int {
	for k := max(0, v-8); k < min(len(toks), v+9); k++ {
		if toks[k].Kind != TokWord || !firstWords[toks[k].Text] || words(toks, min(k, v), max(k, v)) > 3 {
			continue
		}
		if toks[k].Text == "first" && k != v-1 {
			continue
		}
		return min(k, v) + 1
	}
	return -1
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
