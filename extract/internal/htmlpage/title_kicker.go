package htmlpage

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// headKicker is a headline that opens with a kicker in an element of its
// own: "<h1><span class="topic">Elections</span> Turnout is up</h1>".
type headKicker struct {
	kicker, rest string
	// marked is set when punctuation alone, in an element or a text of
	// its own (often hidden, for screen readers), stands between the two:
	// the page itself reads them as "kicker: headline".
	marked bool
}

// maxKickerWords is the longest kicker, in words.
const maxKickerWords = 8

// splitKicker splits a heading whose first part is an element of a few
// words followed by a headline at least as long, which starts as a
// sentence does (not in lower case: a styled first word is no kicker).
func splitKicker(n *html.Node) (headKicker, bool) {
	// Wrappers of the whole heading (a link, a span) are looked through.
	for {
		only := onlyChild(n)
		if only == nil || only.Type != html.ElementNode || skipped[only.DataAtom] {
			break
		}
		n = only
	}
	first := n.FirstChild
	for first != nil && blankNode(first) {
		first = first.NextSibling
	}
	if first == nil || first.Type != html.ElementNode || first.DataAtom == atom.Br ||
		skipped[first.DataAtom] || hasToken(first, kickerTokens) {
		return headKicker{}, false
	}
	k := headKicker{kicker: headingText(first)}
	rest := first.NextSibling
	for ; rest != nil; rest = rest.NextSibling {
		if isPunctuation(collapsedText(rest)) {
			k.marked = true
		} else if !blankNode(rest) && rest.DataAtom != atom.Br {
			break
		}
	}
	if rest == nil {
		return headKicker{}, false
	}
	var sb strings.Builder
	writeHeading(&sb, rest, nil)
	k.rest = tidyHeading(sb.String())
	kw, rw := len(words(k.kicker)), len(words(k.rest))
	if kw == 0 || kw > maxKickerWords || rw < 2 || kw > rw {
		return headKicker{}, false
	}
	if r, _ := utf8.DecodeRuneInString(k.rest); unicode.IsLower(r) {
		return headKicker{}, false
	}
	return k, true
}

// headline returns the heading without its kicker when the page marks the
// kicker off, or when a metadata title confirms it: the title is the rest
// (with a site name after a separator, say), or it sets the kicker off by a
// separator or a colon itself ("Elections: Turnout is up").
func (k headKicker) headline(full string, raw []string) string {
	if k.marked {
		return k.rest
	}
	fk := strings.TrimRight(lang.Fold(k.kicker), ": ")
	fr := lang.Fold(k.rest)
	for _, t := range raw {
		ft := lang.Fold(t)
		if ft == "" {
			continue
		}
		if ft == fr || separatedAfter(ft, fr) || separatedAfter(ft, fk) {
			return k.rest
		}
	}
	return full
}

// separatedAfter reports whether s starts with prefix followed by a
// separator or a colon (after the prefix's own end punctuation, which
// clean.Fold trims).
func separatedAfter(s, prefix string) bool {
	if prefix == "" || !strings.HasPrefix(s, prefix) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(s[len(prefix):], " \"'“”„‘’«».!?"))
	return strings.ContainsRune(":|–—-/·•»", r)
}

// onlyChild returns n's single child that is not blank, or nil.
func onlyChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if blankNode(c) {
			continue
		}
		if only != nil {
			return nil
		}
		only = c
	}
	return only
}

// blankNode reports whether n shows nothing: white space or a comment.
func blankNode(n *html.Node) bool {
	return n.Type == html.CommentNode || n.Type == html.TextNode && strings.TrimSpace(n.Data) == ""
}

// isPunctuation reports whether s is a separator alone: ":", "–", "|".
func isPunctuation(s string) bool {
	return s != "" && strings.Trim(s, ":|–—-/·•»") == ""
}
