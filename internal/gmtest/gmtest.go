// Package gmtest renders pare's Markdown with goldmark, a CommonMark
// renderer, for the tests of the packages that write Markdown: what a
// reader sees of it, and whether it holds unsafe HTML. Only tests import it.
package gmtest

import (
	"bytes"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/net/html"
)

// Renderers are the CommonMark renderers the output is checked
// with: goldmark as it comes (raw HTML omitted) and with raw HTML allowed,
// both with the GFM tables, strikethrough and task lists pare's output may
// use.
func Renderers() map[string]goldmark.Markdown {
	ext := goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList)
	return map[string]goldmark.Markdown{
		"default": goldmark.New(ext),
		"unsafe":  goldmark.New(ext, goldmark.WithRendererOptions(gmhtml.WithUnsafe())),
	}
}

// Unsafe renders raw HTML as it is, so that any raw HTML shows.
func Unsafe() goldmark.Markdown { return Renderers()["unsafe"] }

// Render renders src with md.
func Render(t testing.TB, md goldmark.Markdown, src string) string {
	t.Helper()
	var buf bytes.Buffer
	if err := md.Convert([]byte(src), &buf); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	return buf.String()
}

// RenderedText returns the text a reader sees of rendered HTML: its text
// nodes and the alt text of its images, white space folded.
func RenderedText(t testing.TB, rendered string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(rendered))
	if err != nil {
		t.Fatal(err)
	}
	var sb strings.Builder
	for n := range root.Descendants() {
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
		case n.Type == html.ElementNode && n.Data == "img":
			sb.WriteString(attr(n, "alt"))
		case n.Type == html.ElementNode && (n.Data == "p" || n.Data == "li" || n.Data == "td" || n.Data == "th" || n.Data == "br"):
			sb.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(sb.String()), " ")
}

// attr returns the value of n's attribute key, or "".
func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val
		}
	}
	return ""
}

// CheckSafeHTML fails when rendered HTML holds a script, frame or plug-in
// element, an event-handler attribute, or a link or image whose target is
// not http(s), mailto or relative.
func CheckSafeHTML(t testing.TB, rendered string) {
	t.Helper()
	low := strings.ToLower(rendered)
	for _, bad := range []string{"<script", "<iframe", "<svg", "<object", "<embed"} {
		if strings.Contains(low, bad) {
			t.Errorf("rendered HTML holds %s:\n%s", bad, rendered)
		}
	}
	root, err := html.Parse(strings.NewReader(rendered))
	if err != nil {
		t.Fatal(err)
	}
	for n := range root.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(strings.ToLower(a.Key), "on") {
				t.Errorf("<%s> has the event handler %s=%q", n.Data, a.Key, a.Val)
			}
			if a.Key == "href" || a.Key == "src" {
				if scheme := URLScheme(a.Val); scheme != "" && scheme != "http" && scheme != "https" && scheme != "mailto" {
					t.Errorf("<%s %s=%q>: scheme %q", n.Data, a.Key, a.Val, scheme)
				}
			}
		}
	}
}

// URLScheme returns the scheme a browser reads in a URL, lower case, or ""
// for a relative one. Written apart from mdsafe.SafeTarget, to check it.
func URLScheme(u string) string {
	u = html.UnescapeString(u)
	var sb strings.Builder
	for _, r := range u {
		if r > ' ' && r != 0x7F {
			sb.WriteRune(r)
		}
	}
	s := strings.ToLower(sb.String())
	before, _, found := strings.Cut(s, ":")
	if !found || strings.ContainsAny(before, "/?#") {
		return ""
	}
	return before
}

// RoundTripTexts returns texts that hold Markdown's special characters in the places where
// they do and do not make syntax.
func RoundTripTexts() []string {
	return []string{
		"2*3 = 6 and 5 * 3 * 2", "snake_case_name and __init__", "*not emphasis* and **not strong**",
		"a_b_ and _a_b", "foo*bar*baz", "*a **b** c*", "a**b**c", "[link](https://example.org)",
		"![img](x.png) and [x] y", "[foo]: /url", "<b>bold</b> and <http://example.org>", "a <b c and x < y > z",
		"AT&T and &nosuch;", `C:\path\to\file and \* and \\`, "ends with \\", "`code` and `` double",
		"~~strike~~ and ~one~", "# hash", "#hashtag", "> quote", "- item", "+ item", "* item", "1. one",
		"2) two", "---", "***", "___", "===", "| a | b |", "[ ] task", "<!-- comment --> after",
		"<?php echo 1; ?>", "<![CDATA[x]]>", `"quoted" and 'single'`, "{braces} ^caret$ @at %", "1992. Ein Jahr",
		"a * b", "price: $5 * 2", "_", "*", "**", "[", "]", "<", "&", "!", "\\", "~", "`",
		"[a](b \"c\")", "<a href=\"x\">y</a>", "x\\[y]", "[a\\]b](c)", "***bold italic***", "__a__b",
	}
}

// CheckRoundTrip reports an error unless md, rendered with raw HTML
// allowed, reads as want (white space folded); place names the spot for
// the message.
func CheckRoundTrip(t testing.TB, place, md, want string) {
	t.Helper()
	got := RenderedText(t, Render(t, Unsafe(), md))
	if want = strings.Join(strings.Fields(want), " "); got != want {
		t.Errorf("%s: %q renders as %q, want %q", place, md, got, want)
	}
}
