package textdump

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// titleCandidate reports whether line i may be weighed as the headline:
// a line that reads as one (titleLike), the end of a numbered breadcrumb
// trail (crumbEnd), a heading set in deeply (setInHeading) or a headline
// that names its day and so reads as a date line (datedHeadline). What
// else it is (a contact, a row of fields, a caption...) is weighed by the
// model's features.
func titleCandidate(lines []textLine, i int) bool {
	return titleLike(lines[i]) || crumbEnd(lines, i) || setInHeading(lines, i) || datedHeadline(lines[i])
}

// yearSpan reports whether a line opens with a span of years, as the
// entries of a chronology do: "1921–1924 Bau der Halle …", "1990
// bis heute …".
func yearSpan(s string) bool {
	if s == "" || s[0] < utf8.RuneSelf && (s[0] < '0' || s[0] > '9') && !vocabSpace[s[0]] {
		return false // its first word opens with no year: spare splitting it
	}
	var first [3]string // the words asked about: spare splitting the rest
	ws := lang.FieldsInto(first[:0], s)
	if len(ws) < 2 {
		return false
	}
	year := func(w string) bool { return len(w) == 4 && dates.IsDigits(w) }
	if a, b, ok := strings.Cut(ws[0], "–"); ok {
		return year(a) && year(b)
	}
	if a, b, ok := strings.Cut(ws[0], "-"); ok {
		return year(a) && year(b)
	}
	return year(ws[0]) && len(ws) > 2 && (ws[1] == "bis" || ws[1] == "to" || ws[1] == "–" || ws[1] == "-") && (year(ws[2]) || ws[2] == "heute" || ws[2] == "today")
}

// gluedRun reports whether a line is entries run together, as a text
// browser leaves a menu or a breadcrumb whose links had no space between
// them: "StartseiteRegionWetterberichteArchiv 2019". Three
// joints of a small and a capital letter inside words make one; a word
// of its own ("iPhone", "McDonald") has one.
func gluedRun(s string) bool {
	joints := 0
	var prev rune
	for _, r := range s {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			joints++
		}
		prev = r
	}
	return joints >= 3
}

// metaRow reports whether a line is a row of short fields set apart by
// bars, as a page's date, section and type are: "26 | 01 | 2022 Schweiz |
// Praxis | Video". A headline with its site's name after a bar has two
// parts.
func metaRow(s string) bool {
	if !strings.Contains(s, " | ") {
		return false // spare splitting it
	}
	parts := strings.Split(s, " | ")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if len(strings.Fields(p)) > 3 {
			return false
		}
	}
	return true
}

// contactLine reports whether a line gives a telephone number ("0800 - 50
// 40 602", "+49 30 1234567") or a postal address ("Via Bologna, 32 –
// 10152 Torino"), as a site's contact box does and a headline does not.
func contactLine(s string) bool {
	return phoneNumber(s) || postalAddress(s)
}

// phoneNumber reports whether s holds a telephone number: a run of seven
// figures or more, set apart by spaces, dashes or slashes at most, that
// begins with 0 or +.
func phoneNumber(s string) bool {
	if !strings.ContainsAny(s, "0+") {
		return false // nothing a number may begin with: spare reading s
	}
	prev := rune(-1) // the character before r; none at the start
	for i, r := range s {
		if r != '0' && r != '+' || prev >= 0 && (unicode.IsDigit(prev) || unicode.IsLetter(prev)) {
			prev = r
			continue
		}
		prev = r
		digits, gaps := 0, 0
		for _, c := range s[i:] {
			if unicode.IsDigit(c) {
				digits++
				continue
			}
			if c == '+' && digits == 0 || c == ' ' || c == '-' || c == '/' {
				gaps++
				continue
			}
			break
		}
		if digits >= 7 && gaps <= digits {
			return true
		}
	}
	return false
}

// addressMarks sets the marks between a street and a town apart as words.
var addressMarks = strings.NewReplacer(",", " , ", "–", " – ")

// postalAddress reports whether s holds a street with its number and a
// postal code with its town: a number, a comma or a dash, then four or
// five figures and a capitalised word.
func postalAddress(s string) bool {
	if !digitRun(s, 4) {
		return false // no postal code: spare splitting s
	}
	ws := strings.Fields(addressMarks.Replace(s))
	for k := 2; k+1 < len(ws); k++ {
		if (ws[k-1] == "," || ws[k-1] == "–" || ws[k-1] == "-") && dates.IsDigits(ws[k]) && len(ws[k]) >= 4 && len(ws[k]) <= 5 && startsUpper(ws[k+1]) {
			for j := 1; j < k-1; j++ {
				prev := ws[j-1]
				if prev == "," && j > 1 {
					prev = ws[j-2]
				}
				if dates.IsDigits(ws[j]) && len(ws[j]) <= 4 && startsUpper(prev) && !dates.IsDigits(prev) {
					return true
				}
			}
		}
	}
	return false
}
