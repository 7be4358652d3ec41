package htmlpage

import (
	"iter"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// dateEvidence is what a page says about when it was published, source by
// source, before one date is chosen.
type dateEvidence struct {
	meta   article.Date   // the metadata's publication date (pickDate); zero if none
	weak   bool           // meta comes only from a <time> element somewhere on the page
	shown  []shownDate    // dates written near the headline, nearest first
	url    article.Date   // the day in the page's URL path
	others []article.Date // the page's other machine-readable publication dates
}

// shownDate is a date written for readers near the headline.
type shownDate struct {
	date      article.Date
	update    bool // labelled as the date of an update ("Aktualisiert", "Updated")
	updateTag bool // marked as an update in its markup only (class="updated")
	published bool // labelled as the date of publication ("Veröffentlicht am")
	machine   bool // read from a <time> element's datetime only, not from its text
	above     bool // above the headline
}

// readShown reads the dates of the texts near the headline: a <time>
// element's datetime, else the text with parseTextDate ("19. Oktober 2019",
// "May 8, 2024, 9:25pm"). A datetime and a text of different days give the
// text's: what readers see. Texts that give another date than the
// article's (the time of the visit, a member's registration, an embedded
// post, the end of a range) are no evidence at all.
func readShown(texts []dateText) []shownDate {
	var out []shownDate
	for _, t := range texts {
		if len(out) == maxDateTexts || t.far {
			break
		}
		v, n, vok := readDateText(t)
		label := t.before + " " + t.text[:n]
		if mentionsOtherDate(label) || !dates.DatelineCandidate(label) || endsRange(t.text) {
			continue
		}
		d, ok := dates.ParseISODate(t.datetime)
		machine := ok
		if vok {
			if !ok || !dates.SameDay(d, v) {
				d, ok = v, true
			}
			machine = false
		}
		if !ok {
			continue
		}
		if d, ok = dates.Plausible(d); ok {
			out = append(out, shownDate{
				date:      d,
				update:    dates.MentionsUpdate(label),
				updateTag: t.update,
				published: t.published || dates.MentionsPublication(label),
				machine:   machine,
				above:     t.dist < 0,
			})
		}
	}
	return out
}

// farDate reads the first date far from the headline that is labelled or
// marked as the publication date ("Erschienen am: 1.11.2023" in a box at
// the page's foot); failing that, the date of the page's last edit, which
// wikis and official pages give at their foot: the best a page without a
// date of publication tells of its age.
func farDate(texts iter.Seq[dateText]) (article.Date, bool) {
	if d, ok := farDateOf(texts, false); ok {
		return d, true
	}
	return farDateOf(texts, true)
}

// farDateOf reads the first far date of publication (farPublication), or
// of the page's last edit (edit, farEdit). The texts are told apart only
// here: most pages are dated without them.
func farDateOf(texts iter.Seq[dateText], edit bool) (article.Date, bool) {
	for t := range texts {
		if !t.far || !edit && !farPublication(t) || edit && !farEdit(t) {
			continue
		}
		d, ok := dates.ParseISODate(t.datetime)
		if v, _, vok := readDateText(t); vok {
			d, ok = v, true
		}
		if v, vok := publishedAmong(t.text); vok {
			d, ok = v, true
		}
		if v, _, _, vok := dates.FindTextDate(t.text); vok && edit && !ok {
			d, ok = v, true // "zuletzt am 3. März 2021 um 10:02 Uhr geändert"
		}
		if ok {
			if d, ok = dates.Plausible(d); ok {
				return d, true
			}
		}
	}
	return article.Date{}, false
}

// readDateText reads the date of a text near the headline: a date line
// (parseTextDate, or with a year in two digits), else a date that opens it,
// as datelines open a paragraph ("29.11.2022 – Die Branche …",
// "Pressemitteilung vom 25. Januar 2022 | Berlin"). It returns the date and
// how much of the text is the date and what stands before it, its label.
func readDateText(t dateText) (article.Date, int, bool) {
	if !t.lead {
		if d, ok := dates.ParseTextDate(t.text); ok {
			return d, len(t.text), true
		}
		if d, ok := shortYearDate(t.text); ok {
			return d, len(t.text), true
		}
	}
	if d, end, ok := leadingDate(t.text, t.lead); ok {
		return d, end, true
	}
	if d, end, ok := bylineDate(t.text); ok {
		return d, end, true
	}
	return article.Date{}, len(t.text), false
}

// bylineWords open a byline and dayWords lead to its date: "Gespeichert
// von Jane am 24. Juli 2017", "Posted by Jane on May 3, 2021".
var (
	bylineWords = lang.WordSet("by von par por di door author autor autorin auteur")
	dayWords    = lang.WordSet("am on le el il op dnia")
)

// bylineDate reads the date of a byline: a byline word, a name, a word
// that leads to a day, then the date, which a mark or the end closes.
func bylineDate(s string) (article.Date, int, bool) {
	d, start, end, ok := dates.FindTextDate(s)
	if !ok || start > maxLabel+20 {
		return article.Date{}, 0, false
	}
	before := dates.DateTokens(s[:start])
	var words []string
	for _, t := range before {
		if t.Kind == dates.TokWord {
			words = append(words, t.Text)
		}
	}
	if len(words) < 3 || len(words) > 6 || !dayWords[words[len(words)-1]] || !slices.ContainsFunc(words, func(w string) bool { return bylineWords[w] }) {
		return article.Date{}, 0, false
	}
	if !closedDate(s[end:], false) {
		return article.Date{}, 0, false
	}
	return d, end, true
}

// leadingDate reads a date at the start of s, after at most a few words,
// that a mark ends rather than a sentence: "25. Januar 2022 (Berlin)" but
// not "3. Mai 2021 hat der Rat". In the opening of a longer text (lead),
// fewer words may stand before it, and the date must end at a dash, a bar,
// a colon, a quote or a full stop: a comma or a bracket carries a sentence
// on ("Am Sonntag, 5. November 2023, kurz nach …").
func leadingDate(s string, lead bool) (article.Date, int, bool) {
	d, start, end, ok := dates.FindTextDate(s)
	if !ok || start > leadDigits {
		return article.Date{}, 0, false
	}
	words, most := 0, 3
	if lead {
		most = 2
	}
	for _, t := range dates.DateTokens(s[:start]) {
		if t.Kind == dates.TokWord {
			words++
		}
	}
	if words > most && (lead || words > maxPlaceWords || !placeDateline(s[:start])) {
		return article.Date{}, 0, false
	}
	if !closedDate(s[end:], lead) {
		return article.Date{}, 0, false
	}
	return d, end, true
}

// maxPlaceWords is how many words the places of a dateline may have.
const maxPlaceWords = 6

// placeConnectors are the small words inside a place's name: "Frankfurt
// am Main", "Halle an der Saale", "Stratford-upon-Avon", "Aix en Provence".
var placeConnectors = lang.WordSet("am an der im bei ob in upon on en sur de del la le")

// placeDateline reports whether what stands before a date names the places
// a press release comes from, as its dateline does: names, set apart by
// bars or slashes, and a comma before the date ("Hofheim am Taunus |
// Wiesbaden, 11. November 2021").
func placeDateline(before string) bool {
	b := strings.TrimSpace(before)
	if !strings.HasSuffix(b, ",") {
		return false
	}
	for _, t := range dates.DateTokens(b[:len(b)-1]) {
		switch t.Kind {
		case dates.TokNum:
			return false
		case dates.TokPunct:
			if !strings.Contains("|/-–", t.Text) {
				return false
			}
		case dates.TokWord:
			r, _ := utf8.DecodeRuneInString(b[t.Start:])
			if !unicode.IsUpper(r) && !placeConnectors[t.Text] {
				return false
			}
		}
	}
	return true
}

// closedDate reports whether what follows a date (rest) closes it: the end,
// or a mark, after the words of its time ("08:45 AM", "14:30 Uhr"). In the
// opening of a longer text (lead) the end of what was read, a comma or a
// bracket do not: a sentence may go on.
func closedDate(rest string, lead bool) bool {
	rest = strings.TrimLeft(rest, " ")
	for range 2 {
		w := rest
		if i := strings.IndexFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }); i >= 0 {
			w = rest[:i]
		}
		if w == "" || !dates.DateFiller[strings.Trim(strings.ToLower(w), ".")] {
			break
		}
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !(lead && (r == ',' || r == '(' || r == utf8.RuneError))
}

// shortYearDate reads a date line whose year has two digits: "23.09.22",
// "Veröffentlicht: 28.01.22".
func shortYearDate(s string) (article.Date, bool) {
	toks := dates.DateTokens(s)
	var d article.Date
	found, words := false, 0
	for i, t := range toks {
		if t.Kind == dates.TokWord && !dates.DateFiller[t.Text] {
			words++
		}
		if found || t.Kind != dates.TokNum || len(t.Text) > 2 || i+4 >= len(toks) || i > 0 && !t.Space && toks[i-1].Kind != dates.TokPunct {
			continue
		}
		p1, m, p2, y := toks[i+1], toks[i+2], toks[i+3], toks[i+4]
		if p1.Text != "." || p2.Text != "." || m.Kind != dates.TokNum || len(m.Text) > 2 || y.Kind != dates.TokNum || len(y.Text) != 2 ||
			p1.Space || m.Space || p2.Space || y.Space {
			continue
		}
		if i+5 < len(toks) && !toks[i+5].Space && (toks[i+5].Kind == dates.TokNum || toks[i+5].Text == ".") {
			continue // a longer number: a version, an address
		}
		year := 2000 + y.Val
		if year > time.Now().Year()+1 {
			year -= 100
		}
		d, _, found = dates.MakeDate(year, m.Val, t.Val, 0)
	}
	return d, found && words <= 2
}

// otherDateLabels introduce dates that are not the article's: the time of
// the visit, which forums and portals show in their header, and a member's
// registration.
var otherDateLabels = []string{"aktuelle zeit", "current time", "it is currently", "es ist jetzt", "heute ist", "today is",
	"hora actual", "heure actuelle", "registriert", "registered", "joined", "mitglied seit", "member since", "dabei seit",
	"inscrit le", "miembro desde"}

// mentionsOtherDate reports whether a text labels its date as another than
// the article's.
func mentionsOtherDate(s string) bool {
	l := strings.ToLower(s)
	for _, w := range otherDateLabels {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// endsRange reports whether the date in s ends a range of days
// ("14. - 20. Januar 2022", "3–7 May 2021"): a week, not a day.
func endsRange(s string) bool {
	_, start, _, ok := dates.FindTextDate(s)
	if !ok {
		return false
	}
	before := strings.TrimRight(s[:start], " ")
	for _, dash := range []string{"-", "–", "—", "bis", "to", "au", "al"} {
		if strings.HasSuffix(before, dash) {
			rest := strings.TrimRight(strings.TrimSuffix(before, dash), " .")
			return rest != "" && rest[len(rest)-1] >= '0' && rest[len(rest)-1] <= '9'
		}
	}
	return false
}

// chooseDate decides the publication date from the evidence. The site's
// host and language give its likely time zone for UTC instants.
//
// The metadata's date stands when nothing shown contradicts it. The page's
// visible date, where it shows the same moment in another zone, tells the
// metadata's instant in the site's own time. Readers take a page's date
// from what it shows, so a date shown below the headline that differs from
// the metadata's day wins over it, unless it is labelled as an update, the
// metadata is confirmed elsewhere on the page or in the URL, or the dates
// near the headline are a list of several days. A URL whose day is more
// than a month before the metadata's, which nothing shown confirms, gives
// the date: the metadata was written again later. A page that shows only the
// day of an update, another than the metadata's, gets no date: its
// publication date is not confirmed, and a wrong date is worse than none.
// Without metadata, the visible date, then the URL's day, give the date.
func chooseDate(ev dateEvidence, host, lang string) article.Date {
	shown := publicationShown(ev.shown, host, lang)
	var all, read []article.Date // all shown all; those read below the headline
	for _, s := range shown {
		all = append(all, s.date)
		if !s.machine && !s.above {
			read = append(read, s.date)
		}
	}
	read = append(read, ev.url)
	d := ev.meta
	if d.IsZero() || ev.weak {
		if len(shown) > 0 {
			if s := shown[0].date; !dates.SameDay(s, d) || s.Precision > d.Precision {
				d = s
			}
			return localizeUnlessShown(d, host, lang, read)
		}
		if !ev.url.IsZero() && !dates.SameDay(ev.url, d) {
			return ev.url
		}
		if d.IsZero() {
			// Nothing but the day of an update: with nothing to say
			// otherwise, the page was put up then.
			for _, s := range ev.shown {
				if s.update && !s.above {
					return s.date
				}
			}
		}
		return localizeUnlessShown(d, host, lang, read)
	}
	d = zoneFromShown(d, append(all, ev.others...))
	d = localizeUnlessShown(d, host, lang, read)
	if !ev.url.IsZero() && d.Time.Sub(ev.url.Time) > migrated && !slices.ContainsFunc(read, func(s article.Date) bool { return dates.SameDay(s, d) }) {
		return ev.url // the metadata was written again, long after the URL
	}
	if dates.SameDay(ev.url, d) || slices.ContainsFunc(ev.shown, func(s shownDate) bool { return dates.SameDay(s.date, d) }) {
		return d
	}
	if distinctDays(all) > maxShownDays {
		return d
	}
	for _, s := range shown {
		if !s.above {
			return s.date
		}
	}
	// Above the headline, a day before the metadata's is the publication
	// (the metadata's is a later edit); one after it is the day of the
	// visit, as many sites show it in their header.
	if len(shown) > 0 && shown[0].above && !shown[0].machine && shown[0].date.Precision != article.Instant && dayBefore(shown[0].date, d) && d.Time.Sub(shown[0].date.Time) < migrated {
		return shown[0].date
	}
	if shownUpdate(ev.shown) && len(shown) == 0 {
		// The page shows only an update, of another day. One before the
		// metadata's day bounds the publication: the metadata's date is
		// not it, and the update's day is the best left.
		for _, s := range ev.shown {
			if s.update && !s.above && dayBefore(s.date, d) {
				return s.date
			}
		}
		return article.Date{}
	}
	return d
}

// dayBefore reports whether a's day, as written, comes before b's.
func dayBefore(a, b article.Date) bool {
	return a.Time.Format("2006-01-02") < b.Time.Format("2006-01-02")
}

// shownUpdate reports whether a date below the headline is labelled as an
// update.
func shownUpdate(shown []shownDate) bool {
	return slices.ContainsFunc(shown, func(s shownDate) bool { return s.update && !s.above })
}

// publicationShown returns the shown dates that may be the publication
// date, those labelled so first: not the updates. A date whose markup only
// calls it updated is one when another is marked published; alone, it is
// the date (hAtom's "updated" class is on many a post's only date).
// Instants read from datetime attributes are shown in the site's likely
// zone.
func publicationShown(shown []shownDate, host, lang string) []shownDate {
	published := slices.ContainsFunc(shown, func(s shownDate) bool { return s.published })
	var out []shownDate
	for _, s := range shown {
		if s.update || s.updateTag && published {
			continue
		}
		if s.machine {
			s.date = dates.Localize(s.date, host, lang)
		}
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].published && !out[j].published })
	return out
}

// migrated is how much later than the URL's day a metadata date must be
// to be taken for a rewrite (a move to another system), when the page
// shows nothing to confirm it: the URL keeps the day of first publication.
const migrated = 30 * 24 * time.Hour

// maxShownDays is the most different days the dates near the headline may
// give for the first of them to overrule the metadata: more are a list of
// other articles.
const maxShownDays = 2

// distinctDays counts the different days of dates.
func distinctDays(dates []article.Date) int {
	seen := map[string]bool{}
	for _, d := range dates {
		seen[d.Time.Format("2006-01-02")] = true
	}
	return len(seen)
}
