package textdump

import (
	"github.com/pare-dev/pare/internal/lang"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/clean"
)

// trimTeasers cuts a run of teasers at the region's end: three or more
// headlines each followed by a single short paragraph (perhaps under a
// kicker or a date), as a block of
// related articles shows them (headline and standfirst), with no longer
// text between them. An article's own sections run longer.
func trimTeasers(lines []textLine, start, end int) int {
	i := end
	pairs, cut, text := 0, end, 0
	for i-2 >= start {
		t, h := lines[i-1], lines[i-2]
		if !(t.prose || t.strong) || t.runes > 320 || !teaserHead(h) {
			break
		}
		pairs++
		text += t.runes
		i -= 2
		// A kicker or a date above the headline belongs to the teaser.
		if i-1 > start {
			if k := lines[i-1]; !k.prose && !k.strong && (k.words <= 3 || k.date) {
				i--
			}
		}
		cut = i
	}
	if pairs < 3 {
		return end
	}
	before := 0
	for k := start; k < cut; k++ {
		if lines[k].strong {
			before += lines[k].runes
		}
	}
	if before < 2*text {
		return end
	}
	return cut
}

// teaserHead reports whether a line reads as a teaser's headline: short,
// not a sentence, not chrome, and no numbered label of the article's own
// sections or ratings ("Stufe 2", "Step 3", "Anna's rating 8/10").
func teaserHead(l textLine) bool {
	return !l.strong && l.rule == "" && !l.date && l.words >= 2 && l.runes <= 120 &&
		(!endsSentence(l.text) || strings.HasSuffix(l.text, "?")) && !numberedLabel(l)
}

// numberedLabel reports whether a line is a label of a few words ending in
// a figure: "Stufe 2", "Round 3", "Our rating 8/10".
func numberedLabel(l textLine) bool {
	if l.words > 3 || l.text == "" {
		return false
	}
	c := l.text[len(l.text)-1]
	return c >= '0' && c <= '9'
}

// trimTail cuts the region's last stretch of text when chrome (a line that
// a rule knows among two or more short lines, or four short lines) separates
// it from the rest: a
// promotion, a biography or a teaser set under the share bar or the tags is
// not the article. The stretch must be small, a fifth of the text or less.
func trimTail(lines []textLine, start, end int) int {
	removed := 0 // the text cut so far: the tails together must stay small
	for {
		last := -1
		for i := end - 1; i > start; i-- {
			if lines[i].strong {
				last = i
				break
			}
		}
		if last < 0 {
			return end
		}
		// Walk back over the tail's text to the gap above it.
		i := last
		tail := 0
		for i > start && (lines[i].strong || lines[i].prose) {
			tail += lines[i].runes
			i--
		}
		gapEnd := i
		rules, gap, data, figure, images, credits := 0, 0, 0, 0, 0, 0
		for i > start && !lines[i].strong {
			if lines[i].rule != "" {
				rules++
			}
			if figureLine(lines[i]) {
				figure++
			}
			switch lines[i].rule {
			case clean.ImageLabel.Name:
				images++
			case clean.Copyright.Name:
				credits++ // a picture's credit ("© Agency / Name") under it
			}
			if l := lines[i]; l.rule == "" && (dataLine(l) || l.code || len(l.cells) > 1 || l.prose && (l.bullet || strings.HasSuffix(l.text, "?")) && !l.repeat) {
				data++ // a fact, or a list item or question of the article's
			}
			gap++
			i--
		}
		if images > 0 {
			figure += credits
		}
		if data*2 >= gap || figure == gap || listUnder(lines, gapEnd+1-gap, gapEnd+1) {
			return end // the article's facts or text, not chrome
		}
		if i <= start || (rules < 1 || gap < 2) && gap < 4 {
			return end
		}
		before := 0
		for k := start; k <= i; k++ {
			if lines[k].strong {
				before += lines[k].runes
			}
		}
		if (removed+tail)*4 > before {
			return end
		}
		removed += tail
		end = gapEnd + 1 - gap
	}
}

// figureLine reports whether a line is part of a picture set in the
// text: its label in brackets, its caption or its credit. A picture
// between two paragraphs is the article's own, not chrome that parts
// the article from what follows.
func figureLine(l textLine) bool {
	switch l.rule {
	case clean.ImageLabel.Name, clean.PhotoCredit.Name, clean.FigureCaption.Name:
		return true
	}
	return false
}

// listUnder reports whether lines[from:to] are the items of a list that
// the line above them (or the first of them) announces ("Dazu gehört:"):
// set close together, none a rule's chrome, most of them text.
func listUnder(lines []textLine, from, to int) bool {
	switch {
	case from < to && announcesList(lines[from].text):
		from++ // the announcing line opens the gap
	case from == 0 || !announcesList(lines[from-1].text):
		return false
	}
	if to-from < 2 {
		return false
	}
	texty := 0
	for k := from; k < to; k++ {
		if lines[k].rule != "" || lines[k].repeat || k > from && lines[k].blankBefore {
			return false
		}
		if lines[k].prose || lines[k].stops > 0 {
			texty++
		}
	}
	return texty*2 >= to-from
}

// textResumes reports whether the article goes on after a box of links set
// inside it: two paragraphs (300 characters together) follow within a few
// lines, or one long
// paragraph (600 characters) right under a short box.
func textResumes(lines []textLine, from, end int) bool {
	n, runs := 0, 0
	for i := from; i < min(end, from+20); i++ {
		if lines[i].strong && lines[i].runes >= 600 && i < from+6 {
			return true // one long paragraph right after a short box of links
		}
		if lines[i].strong && lines[i].runes >= 120 {
			n += lines[i].runes
			runs++
		} else if runs >= 2 {
			break
		} else {
			n, runs = 0, 0
		}
	}
	return runs >= 2 && n >= 300
}

// articleGoesOn reports whether the article plainly goes on after a line
// that reads as the heading of a comment section: within a few lines
// starts a stretch where most lines are long paragraphs, with no reader's
// name or date between them. A heading such as "Commentary" over an
// analysis, or a comment count in a share bar, does not end the article.
func articleGoesOn(lines []textLine, from, end int) bool {
	i := from
	for i < min(end, from+3) && !lines[i].strong {
		i++
	}
	strong, runes := 0, 0
	for k := i; k < min(end, i+6); k++ {
		if lines[k].date || lines[k].rule != "" {
			return false
		}
		if lines[k].strong {
			strong++
			runes += lines[k].runes
		}
	}
	return strong >= 4 && runes >= 1500
}

// endsSentence reports whether s ends like a sentence. A line that ends
// in an ASCII character other than white space, a quote or a closing
// bracket (most lines) is told by that character alone.
func endsSentence(s string) bool {
	if s != "" {
		switch c := s[len(s)-1]; {
		case c >= utf8.RuneSelf || sentenceTail[c]:
		default:
			return c == '.' || c == '!' || c == '?' || c == ':' || c == ';'
		}
	}
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("\"'“”«»)]’", r)
	})
	if s == "" {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…:;", r)
}

// sentenceTail marks the ASCII characters endsSentence trims from the end
// of a line: white space, quotes and closing brackets.
var sentenceTail = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true, '"': true, '\'': true, ')': true, ']': true}

// foldSpaces trims white space at both ends of a line and folds runs of
// ASCII blanks inside it into one space. Other spaces inside the line, such
// as no-break spaces, are the text's own and stay.
func foldSpaces(s string) string {
	s = trimSpace(s)
	return foldTrimmed(s, lang.BlankRun(s))
}

// foldTrimmed is foldSpaces of s trimmed, blanks being lang.BlankRun(s).
func foldTrimmed(s string, blanks bool) string {
	if !blanks {
		return s // nothing to fold: spare the copy
	}
	var b strings.Builder
	b.Grow(len(s))
	blank := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' {
			blank = true
			continue
		}
		if blank {
			b.WriteByte(' ')
			blank = false
		}
		b.WriteByte(c)
	}
	return b.String()
}
