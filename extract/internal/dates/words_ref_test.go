package dates

// The readings of FindTextDate and ParseTextDate as they were before they
// tokenised lines lazily (the whole line into one slice, every word looked
// up as a month); words_lazy_test.go holds the new code to them.

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
)

func appendDateTokensRef(toks []DateTok, s string) []DateTok {
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
			toks = append(toks, DateTok{Kind: TokNum, Text: s[i:j], Val: v, Start: i, End: j, Space: space})
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
			toks = append(toks, DateTok{Kind: TokWord, Text: strings.ToLower(s[i:j]), Start: i, End: j, Space: space})
			i = j
		default:
			toks = append(toks, DateTok{Kind: TokPunct, Text: s[i : i+n], Start: i, End: i + n, Space: space})
			i += n
		}
		space = false
	}
	return toks
}

func parseTextDateRef(s string) (article.Date, bool) {
	d, start, end, ok := findTextDateRef(s)
	if !ok {
		return article.Date{}, false
	}
	if _, _, _, again := findTextDateRef(s[end:]); again {
		return article.Date{}, false // two dates: a range, or published and updated
	}
	rest := 0
	for _, t := range dateTokensRef(s[:start] + " " + s[end:]) {
		if t.Kind == TokWord && !DateFiller[t.Text] {
			rest++
		}
	}
	if rest > 2 {
		return article.Date{}, false
	}
	return d, true
}

func findTextDateRef(s string) (d article.Date, start, end int, ok bool) {
	if !HasDigit(s) {
		return article.Date{}, 0, 0, false
	}
	// The tokens of most lines fit in buf, on the stack: the line is
	// read and forgotten, as every line of a dump is, some several times.
	var buf [32]DateTok
	toks := appendDateTokensRef(buf[:0], s)
	for i := range toks {
		if toks[i].Kind == TokNum || toks[i].Kind == TokWord {
			if d, j, ok := dateAtRef(toks, i); ok {
				d, j = timeAfter(toks, j, d)
				return d, toks[i].Start, toks[j-1].End, true
			}
		}
	}
	return article.Date{}, 0, 0, false
}

func dateAtRef(toks []DateTok, i int) (article.Date, int, bool) {
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
	// Oct 17, 2025; October 17th 2025; Oct. 17, 2025.
	month := MonthNames[t.Text]
	if month == 0 {
		return article.Date{}, 0, false
	}
	if i > 0 && !t.Space && toks[i-1].Kind == TokWord {
		return article.Date{}, 0, false
	}
	k := skipPunct(toks, i+1, ".")
	dn := at(k)
	if dn == nil || dn.Kind != TokNum || len(dn.Text) > 2 || dn.Val < 1 || dn.Val > 31 {
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

// dateTokensRef is DateTokens as it was.
func dateTokensRef(s string) []DateTok {
	return appendDateTokensRef(make([]DateTok, 0, len(s)/4+2), s)
}
