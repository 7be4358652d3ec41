package extract

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

// Free-text dates: the dates people read on a page ("17 Oct, 2025 01:54",
// "19. Oktober 2019", "19/10/2019", "17 de octubre de 2019"...), as opposed to
// the machine-readable ones of date.go. Dates without a year and relative
// dates ("vor 2 Stunden", "3 days ago") are not read.

// monthNames maps month names and their usual abbreviations, lower-cased, in
// the languages pare knows to the month's number.
var monthNames = map[string]int{}

func init() {
	for m, names := range [12]string{
		"january jan januar jänner janvier janv enero ene gennaio gen januari janeiro styczeń stycznia sty stycz январь января янв січень січня leden ledna tammikuu tammikuuta",
		"february feb februar feber février fevrier févr fevr febrero febbraio februari fevereiro luty lutego lut февраль февраля фев лютий лютого únor února helmikuu helmikuuta",
		"march mar märz maerz mär mars marzo maart mrt março marzec marca март марта березень березня březen března maaliskuu maaliskuuta",
		"april apr avril avr abril aprile kwiecień kwietnia kwi апрель апреля апр квітень квітня duben dubna huhtikuu huhtikuuta",
		"may mai mayo maggio mag mei maio maj maja май мая травень травня květen května toukokuu toukokuuta",
		"june jun juni juin junio giugno giu junho czerwiec czerwca cze июнь июня червень червня červen června kesäkuu kesäkuuta",
		"july jul juli juillet juil julio luglio lug julho lipiec lipca lip июль июля липень липня červenec července heinäkuu heinäkuuta",
		"august aug août aout agosto ago augustus sierpień sierpnia sie augusti август августа авг серпень серпня srpen srpna elokuu elokuuta",
		"september sep sept septembre septiembre setiembre settembre set setembro wrzesień września wrz сентябрь сентября сен сент вересень вересня září syyskuu syyskuuta",
		"october oct oktober okt octobre octubre ottobre ott outubro październik października paź paz октябрь октября окт жовтень жовтня říjen října lokakuu lokakuuta",
		"november nov novembre noviembre novembro listopad listopada lis ноябрь ноября нояб листопад листопада listopadu marraskuu marraskuuta",
		"december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro grudzień grudnia gru desember декабрь декабря дек грудень грудня prosinec prosince joulukuu joulukuuta",
	} {
		for _, n := range strings.Fields(names) {
			monthNames[n] = m + 1
		}
	}
}

// weekdayNames are the names of the days of the week and their
// abbreviations.
var weekdayNames = lang.WordSet(`monday tuesday wednesday thursday friday saturday sunday
	mon tue tues wed thu thur thurs fri sat sun
	montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
	lundi mardi mercredi jeudi vendredi samedi dimanche
	lunes martes miércoles miercoles jueves viernes sábado sabado domingo
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	poniedziałek wtorek środa czwartek piątek sobota niedziela`)

// dateFiller are words that may stand next to a date on a date line without
// making it a sentence: "Published on", "Stand:", "Mis à jour le"...
var dateFiller = lang.WordSet(`published posted updated update last modified on at by date am um den der vom
	veröffentlicht aktualisiert zuletzt erstellt geändert stand datum uhr
	publié publie le mis à jour du par
	publicado actualizado el de del a las por
	pubblicato aggiornato il alle ore
	gepubliceerd bijgewerkt op om
	opublikowano zaktualizowano dnia godz aktualizacja publikacja
	опубликовано обновлено г года в опубліковано оновлено р року о
	monday tuesday wednesday thursday friday saturday sunday
	mon tue tues wed thu thur thurs fri sat sun
	montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
	mo di mi do fr sa so
	lundi mardi mercredi jeudi vendredi samedi dimanche
	lunes martes miércoles miercoles jueves viernes sábado sabado domingo
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	poniedziałek wtorek środa czwartek piątek sobota niedziela
	am pm a.m p.m cet cest mez mesz utc gmt h`)

// tokKind is the kind of a dateTok.
type tokKind int

const (
	tokNum tokKind = iota
	tokWord
	tokPunct
)

// dateTok is a token of a line read for dates.
type dateTok struct {
	kind       tokKind
	text       string // lower-cased for words
	val        int    // for numbers
	start, end int    // byte offsets in the line
	space      bool   // white space before it
}

// dateTokens splits s into numbers, words and single punctuation marks.
func dateTokens(s string) []dateTok {
	var toks []dateTok
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case r >= '0' && r <= '9':
			j := i
			v := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				if v < 1e6 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, dateTok{kind: tokNum, text: s[i:j], val: v, start: i, end: j, space: space})
			i = j
		case unicode.IsLetter(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) {
					break
				}
				j += n2
			}
			toks = append(toks, dateTok{kind: tokWord, text: strings.ToLower(s[i:j]), start: i, end: j, space: space})
			i = j
		default:
			toks = append(toks, dateTok{kind: tokPunct, text: s[i : i+n], start: i, end: i + n, space: space})
			i += n
		}
		space = false
	}
	return toks
}

// parseTextDate reads a line that is a date, perhaps with a time and a few
// words around it ("Veröffentlicht am 19. Oktober 2019, 14:30 Uhr",
// "Oct 17, 2025", "2019-10-19"). A line where the date stands inside a
// sentence or a headline (more than two other words) is not a date line.
func parseTextDate(s string) (article.Date, bool) {
	d, start, end, ok := findTextDate(s)
	if !ok {
		return article.Date{}, false
	}
	if _, _, _, again := findTextDate(s[end:]); again {
		return article.Date{}, false // two dates: a range, or published and updated
	}
	rest := 0
	for _, t := range dateTokens(s[:start] + " " + s[end:]) {
		if t.kind == tokWord && !dateFiller[t.text] {
			rest++
		}
	}
	if rest > 2 {
		return article.Date{}, false
	}
	return d, true
}

// findTextDate finds the first date written out in s and returns it with the
// byte span it covers.
func findTextDate(s string) (d article.Date, start, end int, ok bool) {
	if !hasDigit(s) {
		return article.Date{}, 0, 0, false
	}
	toks := dateTokens(s)
	for i := range toks {
		if toks[i].kind == tokNum || toks[i].kind == tokWord {
			if d, j, ok := dateAt(toks, i); ok {
				d, j = timeAfter(toks, j, d)
				return d, toks[i].start, toks[j-1].end, true
			}
		}
	}
	return article.Date{}, 0, 0, false
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// dateAt reads a date starting at toks[i]; it returns the date (day
// precision) and the index after it.
func dateAt(toks []dateTok, i int) (article.Date, int, bool) {
	at := func(k int) *dateTok {
		if k < len(toks) {
			return &toks[k]
		}
		return nil
	}
	t := toks[i]
	// A token glued to a word, a number or a number's punctuation before it
	// is part of something else ("A19", "v1.19.10.2019").
	if i > 0 && !t.space {
		p := toks[i-1]
		if p.kind != tokPunct || strings.Contains(".-/:", p.text) && !p.space && i > 1 && toks[i-2].kind == tokNum {
			return article.Date{}, 0, false
		}
	}
	if t.kind == tokNum {
		// Numeric forms: 2019-10-19, 2019/10/19, 19.10.2019, 19/10/2019, 19-10-2019.
		if s1, n2, s2, n3 := at(i+1), at(i+2), at(i+3), at(i+4); s1 != nil && n2 != nil && s2 != nil && n3 != nil &&
			s1.kind == tokPunct && n2.kind == tokNum && s2.kind == tokPunct && n3.kind == tokNum &&
			s1.text == s2.text && strings.Contains(".-/", s1.text) &&
			!s1.space && !s2.space && (!n2.space && !n3.space || s1.text == ".") && len(n2.text) <= 2 {
			if next := at(i + 5); next != nil && !next.space && (next.kind == tokNum || next.text == "." && at(i+6) != nil && at(i+6).kind == tokNum && !at(i+6).space) {
				return article.Date{}, 0, false // a longer number, like a version or an IP
			}
			switch {
			case len(t.text) == 4 && len(n3.text) <= 2:
				return makeDate(t.val, n2.val, n3.val, i+5)
			case len(t.text) <= 2 && len(n3.text) == 4:
				day, month := t.val, n2.val
				if s1.text == "/" && month > 12 && day <= 12 {
					day, month = month, day // US order
				}
				return makeDate(n3.val, month, day, i+5)
			}
			return article.Date{}, 0, false
		}
		// 19. Oktober 2019, 17 Oct, 2025, 3rd March 2020, 17 de octubre de 2019.
		if len(t.text) > 2 || t.val < 1 || t.val > 31 {
			return article.Date{}, 0, false
		}
		k := i + 1
		if n := at(k); n != nil && n.kind == tokPunct && n.text == "." && !n.space {
			k++
		} else if n != nil && n.kind == tokWord && !n.space && ordinalSuffix[n.text] {
			k++
		}
		if n := at(k); n != nil && n.kind == tokWord && (n.text == "de" || n.text == "of" || weekdayNames[n.text]) {
			k++
		}
		m := at(k)
		if m == nil || m.kind != tokWord || monthNames[m.text] == 0 {
			return article.Date{}, 0, false
		}
		month := monthNames[m.text]
		k++
		k = skipPunct(toks, k, ".")
		k = skipPunct(toks, k, ",")
		if n := at(k); n != nil && n.kind == tokWord && (n.text == "de" || n.text == "del") {
			k++
		}
		y := at(k)
		year, ok := yearOf(y)
		if !ok {
			return article.Date{}, 0, false
		}
		if n := at(k + 1); n != nil && n.kind == tokNum && !n.space {
			return article.Date{}, 0, false
		}
		return makeDate(year, month, t.val, k+1)
	}
	// Oct 17, 2025; October 17th 2025; Oct. 17, 2025.
	month := monthNames[t.text]
	if month == 0 {
		return article.Date{}, 0, false
	}
	if i > 0 && !t.space && toks[i-1].kind == tokWord {
		return article.Date{}, 0, false
	}
	k := skipPunct(toks, i+1, ".")
	dn := at(k)
	if dn == nil || dn.kind != tokNum || len(dn.text) > 2 || dn.val < 1 || dn.val > 31 {
		return article.Date{}, 0, false
	}
	k++
	if n := at(k); n != nil && n.kind == tokWord && !n.space && ordinalSuffix[n.text] {
		k++
	}
	k = skipPunct(toks, k, ",")
	year, ok := yearOf(at(k))
	if !ok {
		return article.Date{}, 0, false
	}
	if n := at(k + 1); n != nil && n.kind == tokNum && !n.space {
		return article.Date{}, 0, false
	}
	return makeDate(year, month, dn.val, k+1)
}

// yearOf reads a year: four digits, or four digits glued to the next
// number, as when a page shows a date twice ("22. Mai 201922. Mai 2019").
func yearOf(t *dateTok) (int, bool) {
	if t == nil || t.kind != tokNum || len(t.text) < 4 {
		return 0, false
	}
	if len(t.text) == 4 {
		return t.val, true
	}
	if len(t.text) > 6 {
		return 0, false
	}
	y := 0
	for _, c := range t.text[:4] {
		y = y*10 + int(c-'0')
	}
	if y < 1990 || y > 2099 {
		return 0, false
	}
	return y, true
}

var ordinalSuffix = lang.WordSet("st nd rd th er e º o")

func skipPunct(toks []dateTok, k int, p string) int {
	if k < len(toks) && toks[k].kind == tokPunct && toks[k].text == p {
		return k + 1
	}
	return k
}

// makeDate checks a day and returns it with its end index.
func makeDate(y, m, d, end int) (article.Date, int, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return article.Date{}, 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return article.Date{}, 0, false
	}
	date, ok := plausible(article.Date{Time: t, Precision: article.Day})
	return date, end, ok
}

// timeWords may stand between a date and its time: "um", "at", "à"...
var timeWords = lang.WordSet("um at à a las o godz alle ore om kl klo г р в")

// timeAfter reads a time of day after the date ending at toks[j]; it returns
// the date with the time (Local precision) when there is one, and the index
// after what it read.
func timeAfter(toks []dateTok, j int, d article.Date) (article.Date, int) {
	k := j
	for steps := 0; k < len(toks) && steps < 3; steps++ {
		t := toks[k]
		if t.kind == tokPunct && (strings.Contains(",-–|/·@•(", t.text) || t.text == "." && k > j && toks[k-1].kind == tokWord) || t.kind == tokWord && (timeWords[t.text] || t.text == "t" && !t.space) {
			k++
			continue
		}
		break
	}
	if k >= len(toks) || toks[k].kind != tokNum || len(toks[k].text) > 2 || toks[k].val > 23 {
		return d, j
	}
	h := toks[k].val
	k++
	if k+1 >= len(toks) || toks[k].space || toks[k+1].space || toks[k+1].kind != tokNum || len(toks[k+1].text) != 2 {
		return d, j
	}
	sep := toks[k].text
	if sep != ":" && sep != "." && sep != "h" {
		return d, j
	}
	mi := toks[k+1].val
	k += 2
	if mi > 59 {
		return d, j
	}
	sec := 0
	if sep == ":" && k+1 < len(toks) && toks[k].text == ":" && !toks[k].space && toks[k+1].kind == tokNum && len(toks[k+1].text) == 2 {
		sec = toks[k+1].val
		k += 2
	}
	if sep == "." && !(k < len(toks) && toks[k].text == "uhr") {
		return d, j // 14.30 is a time only before "Uhr"
	}
	if k < len(toks) && toks[k].kind == tokWord {
		switch toks[k].text {
		case "pm", "p":
			if h < 12 {
				h += 12
			}
		case "am", "a":
			if h == 12 {
				h = 0
			}
		}
	}
	if sec > 59 {
		return d, j
	}
	t := d.Time
	return article.Date{Time: time.Date(t.Year(), t.Month(), t.Day(), h, mi, sec, 0, time.UTC), Precision: article.Local}, k
}
