package textdump

// shownAgain reports whether the page shows headline h again elsewhere
// (in a share text, a breadcrumb, a list of the site's articles) but not
// line a above it. A line that the page repeats is the page's name for
// itself: a quote or a kicker shown once above it does not take its
// place as a standfirst would.
func shownAgain(h, a textLine) bool {
	return h.shown > 1 && a.shown == 1
}
