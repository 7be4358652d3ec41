package htmlpage

import "github.com/pare-dev/pare/extract/internal/dates"

// nearStop stops dateTextsMarked's walk, when the far texts are not
// asked for, once the text is past the last place a near one may start
// (dateAfter past the headline, and maxDateText more, where a text that
// started there ends) and no element still open may give one. The
// headline is known for sure once the first <h1> or <h2> that is the title
// ends (anchor takes it). An element still open then is as long as a
// dateline, and so gives only the opening of its text (lead): near only
// when it starts within the window around the headline, outside a link,
// with a digit in its first leadDigits bytes. Every text after would lie
// far from the headline, and be dropped.
type nearStop struct {
	on           bool
	anchored     bool
	hStart, hEnd int        // the headline's text, once anchored
	past         bool       // the text is past the window
	open         []openText // the nodes being walked, outermost first
	waiting      int        // the open elements that may still give a near text, once past
	done         bool       // the walk is over
}

// openText is an element being walked, by the start of its text.
type openText struct {
	start     int
	inLink    bool
	element   bool
	mayBeNear bool // marked once past the window
}

// passed notes that the text written, text, grew, and reports whether
// the walk is over.
func (ns *nearStop) passed(text string) bool {
	if !ns.anchored {
		return false
	}
	if !ns.past && len(text) > ns.hEnd+dateAfter+maxDateText+1 {
		ns.past = true
		for i := range ns.open {
			o := &ns.open[i]
			if o.element && !o.inLink && o.start >= ns.hStart-dateBefore && o.start <= ns.hEnd+dateAfter && dates.HasDigit(text[o.start:o.start+leadDigits]) {
				o.mayBeNear = true
				ns.waiting++
			}
		}
	}
	ns.done = ns.past && ns.waiting == 0
	return ns.done
}

// close notes that the innermost open node ends.
func (ns *nearStop) close() {
	if o := ns.open[len(ns.open)-1]; o.mayBeNear {
		ns.waiting--
	}
	ns.open = ns.open[:len(ns.open)-1]
}
