package clean

import (
	"strings"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// CommentsRule names what DropComments removes.
const CommentsRule = "comments"

// commentSectionWords are the words of a class name or id that name a
// section of readers' comments or its form, not one comment ("comment" alone
// marks a comment in a thread, or a live ticker's entry).
var commentSectionWords = map[string]bool{
	"comments": true, "commentlist": true, "respond": true, "disqus": true,
	"kommentare": true, "commentaires": true, "comentarios": true, "commenti": true,
	"komentarze": true, "reacties": true,
}

// commentPairs are the second words that make "comment" name a section:
// comment-list, comment-section, comment-form.
var commentPairs = map[string]bool{
	"list": true, "section": true, "thread": true, "area": true, "form": true,
	"respond": true, "block": true, "box": true,
}

// commentNotWords say that a class describes the element's relation to
// comments (has-comments, no-comments, comments-off), not a section of
// them, or name the commentary of a live ticker (live-comments).
var commentNotWords = map[string]bool{
	"no": true, "with": true, "without": true, "has": true, "is": true, "category": true,
	"tag": true, "off": true, "hide": true, "show": true, "open": true, "closed": true,
	"count": true, "link": true, "number": true,
	"live": true, "ticker": true, "match": true, // a live ticker's commentary is the article
}

// commentSectionName reports whether a class name or id names a section of
// readers' comments.
func commentSectionName(name string) bool {
	if i := strings.Index(name, "--"); i > 0 {
		name = name[:i] // a BEM modifier
	}
	found := false
	prev := ""
	for w := range lang.AlnumWords(strings.ToLower(name)) {
		if commentNotWords[w] {
			return false
		}
		// "comment" and a word of commentPairs after it name one too.
		if commentSectionWords[w] || prev == "comment" && commentPairs[w] {
			found = true
		}
		prev = w
	}
	return found
}

// postNames are classes and ids that name the whole post or the page's
// content: an element that has one wraps the article, whatever other
// class (a category "…-comments") it has too.
var postNames = map[string]bool{
	"post": true, "hentry": true, "type-post": true, "entry": true, "article": true,
	"content": true, "main": true, "entry-content": true, "post-content": true,
	"article-body": true, "article-content": true, "single-post": true,
}

// isCommentSection reports whether the element n is a section of readers'
// comments by its class or id. An element that holds the page's headline
// (an <h1>) or is named as the post (postNames) is a wrapper of the whole
// post, whatever its other names.
func isCommentSection(n *html.Node) bool {
	if protected[n.DataAtom] && n.DataAtom != atom.Article {
		return false
	}
	named := false
	for _, name := range append(strings.Fields(attr(n, "class")), attr(n, "id")) {
		if postNames[strings.ToLower(name)] {
			return false // the post's wrapper, with a class of its topics
		}
		named = named || commentSectionName(name)
	}
	if !named {
		return false
	}
	for d := range n.Descendants() {
		if d.Type == html.ElementNode && d.DataAtom == atom.H1 {
			return false
		}
	}
	return true
}

// subHeadings are the heading elements that may head a comment section.
var subHeadings = map[atom.Atom]bool{
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
}

// isCommentHeading reports whether n is a heading of a comment section or
// of a comment form: "12 Comments", "Leave a Reply", "3 Responses to
// “Title”". As all that follows it goes, a heading that only opens with a
// word of comments ("Comments from the council") does not count: the
// heading is one of commentHeadings whole, or opens with one of its
// phrases of more than one word.
func isCommentHeading(n *html.Node) bool {
	if !subHeadings[n.DataAtom] {
		return false
	}
	l := NewLine(strings.TrimSpace(nodeText(n, 200)))
	if !CommentsHeading.matchLine(&l) {
		return false
	}
	f := l.Folded()
	if commentHeadingSet[f] {
		return true
	}
	for i := 0; i < len(f); i++ {
		if p := f[:i]; f[i] == ' ' && strings.Contains(p, " ") && commentHeadingSet[p] {
			return true
		}
	}
	return false
}

// DropComments removes the sections of readers' comments under root, for
// a reader who wants the article without them: each element whose class
// or id names such a section (comment lists, "respond" forms), and each
// comment heading ("12 Comments", "Leave a Reply") with all that follows
// it in its container (a wrapper that holds the heading alone counts as
// the heading). It returns a Removal, under CommentsRule, for each.
func DropComments(root *html.Node) []article.Removal {
	var cut []*html.Node
	marked := map[*html.Node]bool{}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode || marked[c] {
				continue
			}
			switch {
			case isCommentSection(c):
				cut = append(cut, c)
				marked[c] = true
			case isCommentHeading(c):
				for s := headingWrapper(c); s != nil; s = s.NextSibling {
					if !marked[s] {
						cut = append(cut, s)
						marked[s] = true
					}
				}
			default:
				walk(c)
			}
		}
	}
	walk(root)
	var removed []article.Removal
	for _, n := range cut {
		if n.Parent == nil {
			continue
		}
		text := nodeText(n, 200)
		if n.Type == html.TextNode {
			text = lang.Collapse(n.Data)
		}
		if text != "" {
			removed = append(removed, article.Removal{Rule: CommentsRule, Text: text})
		}
		n.Parent.RemoveChild(n)
	}
	return removed
}

// headingWrapper returns the outermost element that holds the heading h
// and nothing else (<div class="title"><h3>3 Comments</h3></div>), or h.
func headingWrapper(h *html.Node) *html.Node {
	n := h
	for p := n.Parent; p != nil && p.Type == html.ElementNode && !protected[p.DataAtom] && onlyElement(p, n); p = p.Parent {
		n = p
	}
	return n
}

// onlyElement reports whether c is p's only child that is an element or
// holds visible text.
func onlyElement(p, c *html.Node) bool {
	for k := p.FirstChild; k != nil; k = k.NextSibling {
		if k == c {
			continue
		}
		if k.Type == html.ElementNode || k.Type == html.TextNode && strings.TrimSpace(k.Data) != "" {
			return false
		}
	}
	return true
}
