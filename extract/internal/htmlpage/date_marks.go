package htmlpage

import (
	"strings"

	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
)

// dateWords are class-name words of the elements that show an article's
// date: a link there is the date's permalink or archive, not a link to
// another article.
var dateWords = map[string]bool{
	"date": true, "datum": true, "time": true, "published": true, "pubdate": true,
	"posted": true, "postdate": true, "dateline": true, "timestamp": true, "fecha": true,
	"publication": true, "publish": true,
}

// updateMarks and publishedMarks are the class words and itemprops that
// mark a date as that of an update or of publication.
var (
	updateMarks    = map[string]bool{"updated": true, "modified": true, "update": true, "datemodified": true, "lastmod": true}
	publishedMarks = map[string]bool{"published": true, "datepublished": true, "pubdate": true, "publishdate": true}
)

// The marks of a date element's class, as bits: its words name it a date
// (dateWords), an update's (updateMarks) or the publication's
// (publishedMarks).
const (
	markDate = 1 << iota
	markUpdate
	markPublished
)

// classMarkWords maps each word of dateWords, updateMarks and
// publishedMarks to its marks.
var classMarkWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for bit, words := range map[uint8]map[string]bool{markDate: dateWords, markUpdate: updateMarks, markPublished: publishedMarks} {
		for w := range words {
			m[w] |= bit
		}
	}
	return m
}()

// classMarks returns the marks of n's class, reading its words once: bit
// markDate is hasWord(n, dateWords), and so on.
func classMarks(n *html.Node) uint8 {
	var marks uint8
	for name := range strings.FieldsSeq(strings.ToLower(attr(n, "class"))) {
		if i := strings.Index(name, "--"); i > 0 {
			name = name[:i]
		}
		for w := range lang.AlnumWords(name) {
			marks |= classMarkWords[w]
		}
	}
	return marks
}

// dateMarks returns the marks of n by its class and, for an update's and
// the publication's, its itemprop: bit markUpdate is set when n's class
// or itemprop holds a word of updateMarks, and so on.
func dateMarks(n *html.Node) uint8 {
	marks := classMarks(n)
	if prop := attr(n, "itemprop"); prop != "" {
		prop = strings.ToLower(prop)
		if updateMarks[prop] {
			marks |= markUpdate
		}
		if publishedMarks[prop] {
			marks |= markPublished
		}
	}
	return marks
}

// setMarks sets d's marks from those of its element (dateMarks), read.
func (d *dateSpot) setMarks(marks uint8) {
	d.update, d.published, d.classed = marks&markUpdate != 0, marks&markPublished != 0, marks&markDate != 0
	d.node = nil
}
