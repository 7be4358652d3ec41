package htmlpage

import (
	"cmp"
	"iter"
	"slices"
	"sort"
	"strings"
)

// spotTexts reads the candidates of dateSpots into date texts: those near
// the headline (the window around it) at once, and with far the others
// as they are asked for.
func spotTexts(text string, h1Start, h1End int, candidates []dateSpot, far bool) shownTexts {
	var out []dateText
	var farSpots []farSpot
	for _, c := range candidates {
		d := dateText{datetime: c.datetime, lead: c.lead, update: c.update, published: c.published, classed: c.classed}
		switch s, e := c.start, c.end; {
		case s >= h1Start && e <= h1End:
			d.dist = 0 // in the headline: a date header
		case s >= h1End && s-h1End <= dateAfter:
			d.dist = s - h1End
		case e <= h1Start && h1Start-s <= dateBefore:
			d.dist = s - h1Start
		case s >= h1End:
			d.dist, d.far = s-h1End, true
		case e <= h1Start:
			d.dist, d.far = s-h1Start, true
		default:
			continue // a box around the headline
		}
		if d.far {
			if far {
				farSpots = append(farSpots, farSpot{c, d.dist})
			}
			continue
		}
		if c.node != nil {
			c.setMarks(dateMarks(c.node))
			d.update, d.published, d.classed = c.update, c.published, c.classed
		}
		// Copies: a piece of text would keep the whole page's text
		// alive as long as the page's metadata.
		// Without the space written after each text, most are folded
		// already, and collapse gives them back as they are.
		d.text = strings.Clone(collapse(strings.TrimSuffix(text[c.start:c.end], " ")))
		d.before = strings.Clone(labelBefore(text[:c.start]))
		out = append(out, d)
	}
	// The near texts by cost, nearest first; the far ones (cost 1<<30 +
	// dist, over any near text's) come after them all, from the top of
	// the page down: sorted apart, each in the order met where costs are
	// equal, as one sort of all did.
	sort.SliceStable(out, func(i, j int) bool { return out[i].cost() < out[j].cost() })
	seen := make(map[shownKey]bool, len(out))
	kept := out[:0]
	for _, d := range out {
		k := shownKey{d.text, d.datetime}
		if seen[k] {
			continue
		}
		seen[k] = true
		kept = append(kept, d)
	}
	shown := shownTexts{near: kept}
	if far {
		slices.SortStableFunc(farSpots, func(a, b farSpot) int { return cmp.Compare(a.dist, b.dist) })
		shown.far = &farTexts{text: text, spots: farSpots, seen: seen}
	}
	return shown
}

// shownTexts are the date texts of a page (dateTextsMarked): those near
// the headline read, and the far ones read only as they are asked for.
type shownTexts struct {
	near []dateText
	far  *farTexts // nil without the far texts
}

// farTexts are the texts far from the headline, in their order (by
// cost), each read into a dateText only when asked for: most pages are
// dated without them, and the far texts of a page full of numbers are
// hundreds.
type farTexts struct {
	text  string    // the page's text that the spots lie in
	spots []farSpot // the texts not read yet, in order
	read  []dateText
	seen  map[shownKey]bool // the texts before those not read yet
}

// farSpot is a far text's spot, with its distance from the headline.
type farSpot struct {
	dateSpot
	dist int
}

// shownKey tells repeated date texts apart: only the first is kept.
type shownKey struct{ text, datetime string }

// all yields the far texts in their order, reading them as it goes.
func (f *farTexts) all() iter.Seq[dateText] {
	return func(yield func(dateText) bool) {
		if f == nil {
			return
		}
		for i := 0; ; i++ {
			for i == len(f.read) && len(f.spots) > 0 {
				f.readNext()
			}
			if i == len(f.read) || !yield(f.read[i]) {
				return
			}
		}
	}
}

// readNext reads the next far text, kept unless it repeats one before it.
func (f *farTexts) readNext() {
	c := f.spots[0]
	f.spots = f.spots[1:]
	if c.node != nil {
		c.setMarks(dateMarks(c.node))
	}
	d := dateText{datetime: c.datetime, lead: c.lead, update: c.update, published: c.published, classed: c.classed, dist: c.dist, far: true}
	// No copies: the far texts are read while the page's text is
	// live, and let go with it.
	d.text = collapse(strings.TrimSuffix(f.text[c.start:c.end], " "))
	d.before = labelBefore(f.text[:c.start])
	k := shownKey{d.text, d.datetime}
	if f.seen[k] {
		return
	}
	f.seen[k] = true
	f.read = append(f.read, d)
}
