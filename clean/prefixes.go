package clean

import "unicode/utf8"

// prefixIndex holds a list of lower-case phrases by their first byte, so
// that a rule that asks which phrase a line starts with compares the line
// with the few phrases that start as it does, not with the whole list.
// Each bucket keeps the list's order.
type prefixIndex struct {
	exact [256][]string // by first byte
	fold  [128][]string // by first byte, for lines whose first byte is ASCII, case folded
	all   []string
}

// newPrefixIndex indexes phrases.
func newPrefixIndex(phrases []string) *prefixIndex {
	x := &prefixIndex{all: phrases}
	for _, p := range phrases {
		if p == "" {
			for b := range x.exact {
				x.exact[b] = append(x.exact[b], p)
			}
			for b := range x.fold {
				x.fold[b] = append(x.fold[b], p)
			}
			continue
		}
		x.exact[p[0]] = append(x.exact[p[0]], p)
		if p[0] >= utf8.RuneSelf {
			// A phrase that opens with another script's letter may fold
			// to an ASCII one (the Kelvin sign to "k"): keep it in every
			// bucket.
			for b := range x.fold {
				x.fold[b] = append(x.fold[b], p)
			}
			continue
		}
		lo, up := p[0], p[0]
		if 'a' <= lo && lo <= 'z' {
			up = lo - 'a' + 'A'
		}
		x.fold[lo] = append(x.fold[lo], p)
		if up != lo {
			x.fold[up] = append(x.fold[up], p)
		}
	}
	return x
}

// startingAs returns the phrases that s may start with, as they are: those
// whose first byte is s's (all of them when s is empty).
func (x *prefixIndex) startingAs(s string) []string {
	if s == "" {
		return x.all
	}
	return x.exact[s[0]]
}

// startingAsFold returns the phrases that s may start with, case folded
// (strings.EqualFold).
func (x *prefixIndex) startingAsFold(s string) []string {
	if s == "" || s[0] >= utf8.RuneSelf {
		return x.all
	}
	return x.fold[s[0]]
}

// mayStart reports whether a text whose first byte is fw's may start with
// one of the phrases, as they are: false only when none starts so. An
// empty fw may start with any.
func (x *prefixIndex) mayStart(fw string) bool {
	return fw == "" || len(x.exact[fw[0]]) > 0
}

// startsWithAny is the package's startsWithAny over the indexed phrases.
func (x *prefixIndex) startsWithAny(f string) bool {
	return startsWithAny(f, x.startingAs(f))
}
