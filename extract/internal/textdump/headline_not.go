package textdump

import "github.com/pare-dev/pare/internal/lang"

// notHeadline reports whether a line belongs to a class of lines that are
// never the headline, whatever their place and their words: the label of
// a control or a request to the visitor (controlLine), the figures of a
// page's facts (factLine), a company's name and the postal code of its
// address, as an imprint gives them (companyName, postcodeTown), the
// label of a link to more pages of a kind (moreLink), a caption that
// opens with its picture's credit (photoCredit), a site's name that says
// what the site is (siteName), a motto listing adjectives (listMotto),
// the label of a document's kind or of a figure (documentLabel), the
// label of a date field without its date (dateLabel), a rating
// (ratingLine), a book's entry naming its editor (bookEntry).
func notHeadline(l textLine) bool {
	t := l.text
	if factLine(t) || companyName(t) || postcodeTown(t) || listMotto(t) || bookEntry(t) {
		return true
	}
	ws := lang.LineWords(t)
	return controlLine(ws) || moreLink(ws) || photoCredit(ws) || siteName(ws) || documentLabel(t, ws) ||
		dateLabel(t, ws) || ratingLine(ws)
}

// notHeadlineAt reports whether line i is no headline by the lines around
// it: an entry of a list whose entries each end with the same label
// (listEntry), a name over an e-mail address (emailBelow).
func notHeadlineAt(lines []textLine, i int) bool {
	return listEntry(lines, i) || emailBelow(lines, i)
}
