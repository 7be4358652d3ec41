package dates

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

// MonthNames maps month names and their usual abbreviations, lower-cased, in
// the languages pare knows to the month's number.
var MonthNames = map[string]int{}

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
			MonthNames[n] = m + 1
		}
	}
	fillKnownWords()
}

// WeekdayNames are the names of the days of the week and their
// abbreviations.
var WeekdayNames = lang.WordSet(`monday tuesday wednesday thursday friday saturday sunday
	mon tue tues wed thu thur thurs fri sat sun
	montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
	lundi mardi mercredi jeudi vendredi samedi dimanche
	lunes martes miércoles miercoles jueves viernes sábado sabado domingo
	lunedì martedì mercoledì giovedì venerdì sabato domenica
	maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
	poniedziałek wtorek środa czwartek piątek sobota niedziela`)

// DateFiller are words that may stand next to a date on a date line without
// making it a sentence: "Published on", "Stand:", "Mis à jour le"...
var DateFiller = lang.WordSet(`published posted updated update last modified on at by date am um den der vom
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

// ParseTextDate reads a line that is a date, perhaps with a time and a few
// words around it ("Veröffentlicht am 19. Oktober 2019, 14:30 Uhr",
// "Oct 17, 2025", "2019-10-19"). A line where the date stands inside a
// sentence or a headline (more than two other words) is not a date line.
func ParseTextDate(s string) (article.Date, bool) {
	return ParseTextDateYear(s, yearRun(s))
}

// ParseTextDateYear is ParseTextDate of s whose first run of four digits or
// more starts at y (YearRun(s)): a caller that asks for it first, as the
// line reader does of every line, spares ParseTextDate's own look.
func ParseTextDateYear(s string, y int) (article.Date, bool) {
	d, start, end, ok := findTextDate(s, y)
	if !ok {
		return article.Date{}, false
	}
	if _, _, _, again := FindTextDate(s[end:]); again {
		return article.Date{}, false // two dates: a range, or published and updated
	}
	// The words around the date: those of the text before it and of the
	// text after it, each read apart (a token ends where the date starts
	// and starts where it ends).
	if rest := otherWords(s[:start], 0); otherWords(s[end:], rest) > 2 {
		return article.Date{}, false
	}
	return d, true
}

// otherWords adds to rest the words of s that are no DateFiller, stopping
// once rest is over 2.
func otherWords(s string, rest int) int {
	for pos := 0; rest <= 2; {
		t, next, ok := nextDateTok(s, pos, false)
		if !ok {
			break
		}
		if t.Kind == TokWord && !DateFiller[t.Text] {
			rest++
		}
		pos = next
	}
	return rest
}

// dateSpan is the most tokens a date and its time reach past the token
// they start at (dateAt and timeAfter read at most 16), and dateBack the
// most they read before it.
const (
	dateSpan = 24
	dateBack = 2
)

// yearReach is how many runs of non-blank characters FindTextDate reads
// before the line's first year (yearRun): no date starts further ahead of
// it. What dateAt reads of a date, from the tokens before its first it
// looks at to its year, spreads over six runs at most ("x.3 de mayo . ,
// de 2021": the x is read, to tell a date from the end of a number);
// twelve leave room. TestLazyDates fails with five.
const yearReach = 12

// FindTextDate finds the first date written out in s and returns it with the
// byte span it covers.
func FindTextDate(s string) (d article.Date, start, end int, ok bool) {
	return findTextDate(s, yearRun(s))
}

// findTextDate is FindTextDate of s whose first run of four digits or more
// starts at y (yearRun(s)).
func findTextDate(s string, y int) (d article.Date, start, end int, ok bool) {
	// Every date has a year: a number of four digits or more (YearOf, and
	// the four-digit parts of the numeric forms). A line without one holds
	// none, and no date starts many tokens before the first.
	if y < 0 {
		return article.Date{}, 0, 0, false
	}
	// The line is read token by token into a window on the stack that
	// holds the dateBack tokens before the one weighed and dateSpan after
	// it (or all to the line's end): what dateAt and timeAfter read of a
	// line with all its tokens at hand. A long line is thus read without
	// a slice of all its tokens, from shortly before its first year, and
	// not past its first date.
	var buf [2 * dateSpan]DateTok
	toks := buf[:0]
	pos := readFrom(s, y) // where the line's next token is read from
	for i := 0; ; i++ {
		for pos < len(s) && len(toks) <= i+dateSpan {
			if len(toks) == len(buf) {
				// Keep the dateBack tokens before toks[i].
				n := copy(buf[:], toks[i-dateBack:])
				toks, i = buf[:n], dateBack
			}
			t, next, ok := nextDateTok(s, pos, false)
			pos = next
			if ok {
				toks = append(toks, t)
			}
		}
		if i >= len(toks) {
			return article.Date{}, 0, 0, false
		}
		if toks[i].Kind == TokNum || toks[i].Kind == TokWord {
			if d, j, ok := dateAt(toks, i); ok {
				d, j = timeAfter(toks, j, d)
				return d, toks[i].Start, toks[j-1].End, true
			}
		}
	}
}

// MayHoldDate reports whether s holds a run of four digits or more, as
// every line FindTextDate finds a date in does: a cheap question to ask
// before costlier ones of a line that must hold a date.
func MayHoldDate(s string) bool {
	return yearRun(s) >= 0
}

// YearRun returns where the first run of four ASCII digits or more starts
// in s, or -1: where the first year of a date in s may start, if any
// (ParseTextDateYear).
func YearRun(s string) int {
	return yearRun(s)
}

// yearRun returns where the first run of four ASCII digits or more starts
// in s, or -1.
func yearRun(s string) int {
	for i := 0; i < len(s); {
		k := lang.IndexDigit(s[i:])
		if k < 0 {
			return -1
		}
		a := i + k
		j := a + 1
		for j < len(s) && '0' <= s[j] && s[j] <= '9' {
			j++
		}
		if j-a >= 4 {
			return a
		}
		i = j
	}
	return -1
}

// readFrom returns where to read the tokens of s from so that the
// yearReach tokens before the one at y are read as reading all of s reads
// them: at a blank character (as nextDateTok tells it) with yearReach
// runs of other characters between it and y, each a token or more; or at
// 0. A token holds no blank, and read from a blank, the next token is
// read as from anywhere before it, white space before it included.
func readFrom(s string, y int) int {
	var at [yearReach + 1]int // the starts of the last runs of blanks before y
	n := 0
	blank := false
	for i := 0; i < y; {
		c, size, sp := s[i], 1, false
		if c < utf8.RuneSelf {
			sp = asciiBlank[c]
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
		}
		if sp && !blank {
			at[n%len(at)] = i
			n++
		}
		blank = sp
		i += size
	}
	if n < len(at) {
		return 0
	}
	return at[n%len(at)] // the earliest of the last len(at)
}

// HasDigit reports whether s holds an ASCII digit.
func HasDigit(s string) bool {
	return lang.IndexDigit(s) >= 0
}

// dateAt reads a date starting at toks[i]; it returns the date (day
// precision) and the index after it.
func dateAt(toks []DateTok, i int) (article.Date, int, bool) {
	at := func(k int) *DateTok {
		if k < len(toks) {
			return &toks[k]
		}
		return nil
	}
	t := toks[i]
	// A token glued to a word, a number or a number's punctuation before it
	// is part of something else ("A19", "v1.19.10.2019").
	if i > 0 && !t.Space {
		p := toks[i-1]
		if p.Kind != TokPunct || strings.Contains(".-/:", p.Text) && !p.Space && i > 1 && toks[i-2].Kind == TokNum {
			return article.Date{}, 0, false
		}
	}
	if t.Kind == TokNum {
		// Numeric forms: 2019-10-19, 2019/10/19, 19.10.2019, 19/10/2019, 19-10-2019.
		if s1, n2, s2, n3 := at(i+1), at(i+2), at(i+3), at(i+4); s1 != nil && n2 != nil && s2 != nil && n3 != nil &&
			s1.Kind == TokPunct && n2.Kind == TokNum && s2.Kind == TokPunct && n3.Kind == TokNum &&
			s1.Text == s2.Text && strings.Contains(".-/", s1.Text) &&
			!s1.Space && !s2.Space && (!n2.Space && !n3.Space || s1.Text == ".") && len(n2.Text) <= 2 {
			if next := at(i + 5); next != nil && !next.Space && (next.Kind == TokNum || next.Text == "." && at(i+6) != nil && at(i+6).Kind == TokNum && !at(i+6).Space) {
				return article.Date{}, 0, false // a longer number, like a version or an IP
			}
			switch {
			case len(t.Text) == 4 && len(n3.Text) <= 2:
				return MakeDate(t.Val, n2.Val, n3.Val, i+5)
			case len(t.Text) <= 2 && len(n3.Text) == 4:
				day, month := t.Val, n2.Val
				if s1.Text == "/" && month > 12 && day <= 12 {
					day, month = month, day // US order
				}
				return MakeDate(n3.Val, month, day, i+5)
			}
			return article.Date{}, 0, false
		}
		// 19. Oktober 2019, 17 Oct, 2025, 3rd March 2020, 17 de octubre de 2019.
		if len(t.Text) > 2 || t.Val < 1 || t.Val > 31 {
			return article.Date{}, 0, false
		}
		k := i + 1
		if n := at(k); n != nil && n.Kind == TokPunct && n.Text == "." && !n.Space {
			k++
		} else if n != nil && n.Kind == TokWord && !n.Space && ordinalSuffix[n.Text] {
			k++
		}
		if n := at(k); n != nil && n.Kind == TokWord && (n.Text == "de" || n.Text == "of" || WeekdayNames[n.Text]) {
			k++
		}
		m := at(k)
		if m == nil || m.Kind != TokWord || MonthNames[m.Text] == 0 {
			return article.Date{}, 0, false
		}
		month := MonthNames[m.Text]
		k++
		k = skipPunct(toks, k, ".")
		k = skipPunct(toks, k, ",")
		if n := at(k); n != nil && n.Kind == TokWord && (n.Text == "de" || n.Text == "del") {
			k++
		}
		y := at(k)
		year, ok := YearOf(y)
		if !ok {
			return article.Date{}, 0, false
		}
		if n := at(k + 1); n != nil && n.Kind == TokNum && !n.Space {
			return article.Date{}, 0, false
		}
		return MakeDate(year, month, t.Val, k+1)
	}
	// Oct 17, 2025; October 17th 2025; Oct. 17, 2025. The day comes
	// first: most words stand before no number, and are no month.
	k := skipPunct(toks, i+1, ".")
	dn := at(k)
	if dn == nil || dn.Kind != TokNum || len(dn.Text) > 2 || dn.Val < 1 || dn.Val > 31 {
		return article.Date{}, 0, false
	}
	month := MonthNames[t.Text]
	if month == 0 {
		return article.Date{}, 0, false
	}
	if i > 0 && !t.Space && toks[i-1].Kind == TokWord {
		return article.Date{}, 0, false
	}
	k++
	if n := at(k); n != nil && n.Kind == TokWord && !n.Space && ordinalSuffix[n.Text] {
		k++
	}
	k = skipPunct(toks, k, ",")
	year, ok := YearOf(at(k))
	if !ok {
		return article.Date{}, 0, false
	}
	if n := at(k + 1); n != nil && n.Kind == TokNum && !n.Space {
		return article.Date{}, 0, false
	}
	return MakeDate(year, month, dn.Val, k+1)
}

// YearOf reads a year: four digits, or four digits glued to the next
// number, as when a page shows a date twice ("22. Mai 201922. Mai 2019").
func YearOf(t *DateTok) (int, bool) {
	if t == nil || t.Kind != TokNum || len(t.Text) < 4 {
		return 0, false
	}
	if len(t.Text) == 4 {
		return t.Val, true
	}
	if len(t.Text) > 6 {
		return 0, false
	}
	y := 0
	for _, c := range t.Text[:4] {
		y = y*10 + int(c-'0')
	}
	if y < 1990 || y > 2099 {
		return 0, false
	}
	return y, true
}

var ordinalSuffix = lang.WordSet("st nd rd th er e º o")

func skipPunct(toks []DateTok, k int, p string) int {
	if k < len(toks) && toks[k].Kind == TokPunct && toks[k].Text == p {
		return k + 1
	}
	return k
}

// MakeDate checks a day and returns it with its end index.
func MakeDate(y, m, d, end int) (article.Date, int, bool) {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return article.Date{}, 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Day() != d {
		return article.Date{}, 0, false
	}
	date, ok := Plausible(article.Date{Time: t, Precision: article.Day})
	return date, end, ok
}

// timeWords may stand between a date and its time: "um", "at", "à"...
var timeWords = lang.WordSet("um at à a las o godz alle ore om kl klo г р в")

// timeAfter reads a time of day after the date ending at toks[j]; it returns
// the date with the time (Local precision) when there is one, and the index
// after what it read.
func timeAfter(toks []DateTok, j int, d article.Date) (article.Date, int) {
	k := j
	for steps := 0; k < len(toks) && steps < 3; steps++ {
		t := toks[k]
		if t.Kind == TokPunct && (strings.Contains(",-–|/·@•(", t.Text) || t.Text == "." && k > j && toks[k-1].Kind == TokWord) || t.Kind == TokWord && (timeWords[t.Text] || t.Text == "t" && !t.Space) {
			k++
			continue
		}
		break
	}
	if k >= len(toks) || toks[k].Kind != TokNum || len(toks[k].Text) > 2 || toks[k].Val > 23 {
		return d, j
	}
	h := toks[k].Val
	k++
	if k+1 >= len(toks) || toks[k].Space || toks[k+1].Space || toks[k+1].Kind != TokNum || len(toks[k+1].Text) != 2 {
		return d, j
	}
	sep := toks[k].Text
	if sep != ":" && sep != "." && sep != "h" {
		return d, j
	}
	mi := toks[k+1].Val
	k += 2
	if mi > 59 {
		return d, j
	}
	sec := 0
	if sep == ":" && k+1 < len(toks) && toks[k].Text == ":" && !toks[k].Space && toks[k+1].Kind == TokNum && len(toks[k+1].Text) == 2 {
		sec = toks[k+1].Val
		k += 2
	}
	if sep == "." && !(k < len(toks) && toks[k].Text == "uhr") {
		return d, j // 14.30 is a time only before "Uhr"
	}
	if k < len(toks) && toks[k].Kind == TokWord {
		switch toks[k].Text {
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
