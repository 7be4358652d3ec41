package htmlpage

import (
	"bytes"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
	"github.com/pare-dev/pare/internal/lang"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readMetaFormsByDescendants is the reading readPageWalk replaced: each
// element met by root.Descendants() read in turn.
func readMetaFormsByDescendants(root *html.Node) (pageMeta, pageForm) {
	r := &metaReader{raw: map[string]string{}}
	for n := range root.Descendants() {
		if n.Type == html.ElementNode {
			r.element(n)
		}
	}
	r.m.dates = r.raw
	r.m.date, r.m.dateFrom = pickDate(r.raw)
	return r.m, r.form
}

// TestReadPageWalk holds the one walk of readPage to the walks it
// replaced, on the fixtures, a spread of the corpus and pages made to
// test its edges: the metadata and forms that reading each element of
// root.Descendants() gives, and a bound of textBound's.
func TestReadPageWalk(t *testing.T) {
	pages := speedPages(t)
	for name, src := range map[string]string{
		"text in skipped elements": `<html><head><title>T</title><script>var a = "x";</script></head><body><p> one </p><svg><title>icon</title><text>two</text></svg><noscript><p>three</p></noscript><button>Go</button><p>four<span itemprop="datePublished" content="2021-03-04">x</span></p></body></html>`,
		"meta in the body":         `<html><body><h1>Headline</h1><meta property="og:title" content="Og"><meta name="description" content="A description"><time datetime="2020-01-02">2 Jan</time><input type="text"><label>Name</label></body></html>`,
		"empty":                    ``,
		"text only":                `just   text`,
	} {
		root, err := html.Parse(strings.NewReader(src))
		if err != nil {
			t.Fatal(err)
		}
		pages[name] = root
	}
	for name, root := range pages {
		t.Run(name, func(t *testing.T) {
			r := readPageWalk(root)
			wantMeta, wantForm := readMetaFormsByDescendants(root)
			if !reflect.DeepEqual(r.m, wantMeta) {
				t.Errorf("meta %+v, want %+v", r.m, wantMeta)
			}
			if !reflect.DeepEqual(r.form, wantForm) {
				t.Errorf("form %+v, want %+v", r.form, wantForm)
			}
			if least := textBound(root); r.bound < least {
				t.Errorf("bound %d, want at least textBound's %d", r.bound, least)
			}
		})
	}
}

// shownByFolding is descriptionShown's search before bodySearch: the
// whole body's text folded, a window at a time (foldBodyText).
func shownByFolding(body *html.Node, p string) bool {
	var tw textWalker
	if foldBodyText(&tw, body, p, plainProbe(p)) {
		return true
	}
	if tw.invalid {
		return strings.Contains(collapsedText(body), p)
	}
	return bytes.Contains(tw.buf, []byte(p))
}

// shownBySkipping is descriptionShown's search now, with the shortest node
// whose middle may be left out given.
func shownBySkipping(body *html.Node, p string, minSkip int) bool {
	if plainProbe(p) {
		if found, ok := plainShown(body, p, minSkip); ok {
			return found
		}
	}
	return shownByFolding(body, p)
}

// probesOf returns probes to look for in a body whose folded text is
// text: pieces of it at a spread of places, cut as probe cuts a
// description, and each with a byte changed, which is seldom shown.
func probesOf(text string, n int) []string {
	var out []string
	for k := 0; k < n && len(text) > 0; k++ {
		i := runeStartAt(text, k*len(text)/n)
		end := min(len(text), i+40+k%40)
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		p := strings.TrimSpace(text[i:end])
		if p == "" {
			continue
		}
		out = append(out, p, p[:len(p)/2]+"#"+p[len(p)/2+1:])
	}
	return out
}

// TestPlainShown holds descriptionShown's search of the body to the
// folding of the whole body it replaced, and to its definition (the probe
// in collapsedText of the body), on the fixtures, a spread of the corpus
// and their descriptions and pieces of their text, with the middles of
// long nodes left out from 1 KB (as it runs), from 64 bytes and from 0.
func TestPlainShown(t *testing.T) {
	for name, root := range speedPages(t) {
		var body *html.Node
		for n := range root.Descendants() {
			if n.Type == html.ElementNode && n.DataAtom == atom.Body {
				body = n
				break
			}
		}
		if body == nil {
			continue
		}
		text := collapsedText(body)
		probes := probesOf(text, 24)
		if d := readMeta(root).desc; d != "" {
			probes = append(probes, probe(d))
		}
		t.Run(name, func(t *testing.T) {
			for _, p := range probes {
				want := strings.Contains(text, p)
				if old := shownByFolding(body, p); old != want {
					t.Fatalf("folding: %q shown %v, want %v", p, old, want)
				}
				for _, minSkip := range []int{skipMin, 64, 0} {
					if got := shownBySkipping(body, p, minSkip); got != want {
						t.Errorf("skipping from %d: %q shown %v, want %v", minSkip, p, got, want)
					}
				}
			}
		})
	}
}

// fuzzBody makes a body of text nodes from src, cut at each '|': each
// piece a text node of its own, in a paragraph, a script or straight in
// the body by turns, and adjacent ones where two '|' meet.
func fuzzBody(src string) *html.Node {
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	for i, piece := range strings.Split(src, "|") {
		text := &html.Node{Type: html.TextNode, Data: piece}
		switch i % 3 {
		case 0:
			p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			p.AppendChild(text)
			body.AppendChild(p)
		case 1:
			s := &html.Node{Type: html.ElementNode, Data: "script", DataAtom: atom.Script}
			s.AppendChild(text)
			body.AppendChild(s)
		default:
			body.AppendChild(text)
		}
	}
	return body
}

// FuzzPlainShown holds descriptionShown's search to the folding of the
// whole body on bodies of fuzzed text nodes (white space of every kind,
// bytes that are not UTF-8), long nodes repeated, with probes from their
// folded text or fuzzed.
//
//	go test ./extract/internal/htmlpage -run '^$' -fuzz FuzzPlainShown -fuzztime 60s
func FuzzPlainShown(f *testing.F) {
	f.Add("The council voted|  on \n Thursday to rebuild|the pier", "", 3, 7, 2)
	f.Add("x|"+strings.Repeat("var a = 1;\n\t ", 30)+"end of it|tail", "end of it tail", 0, 0, 0)
	f.Add("a\u00a0b\u3000c|\xff\xfe d e|f g", "d e", 1, 0, 3)
	f.Add("| |  |x", "x", 0, 1, 0)
	f.Fuzz(func(t *testing.T, src, p string, at, repeat, minSkip int) {
		if repeat = repeat % 8; repeat > 0 {
			// Long nodes: the pieces repeated.
			src = strings.Repeat(src+" ", repeat*20)
		}
		if len(src) > 1<<16 || len(p) > 200 {
			return
		}
		body := fuzzBody(src)
		if at > 0 {
			// A probe from the folded text.
			text := collapsedText(body)
			if len(text) > 0 {
				i := runeStartAt(text, at%len(text))
				p = strings.TrimSpace(text[i:min(len(text), i+len(p)+8)])
			}
		}
		minSkip = max(0, minSkip%2048)
		if got, want := shownBySkipping(body, p, minSkip), shownByFolding(body, p); got != want {
			t.Errorf("%q shown %v, want %v (from %d)", p, got, want, minSkip)
		}
	})
}

// TestLazyDateMarks holds nearDateTexts, which reads the marks of an
// element's class only for the date texts it keeps, to the reading of
// every candidate's marks as it is met, on the fixtures and a spread of
// the corpus, with and without the texts far from the headline.
func TestLazyDateMarks(t *testing.T) {
	for name, root := range speedPages(t) {
		title := readMeta(root).chooseTitle()
		for _, far := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s far %v", name, far), func(t *testing.T) {
				got := nearDateTexts(root, title, far, textBound(root))
				want := dateTextsMarked(root, title, far, textBound(root), true)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("texts %+v, want %+v", got, want)
				}
			})
		}
	}
}

// TestImageHolders holds splitPage, which asks isImageBox only of the
// elements imageHolders found, to the split that asked it of every
// element: on the fixtures and a spread of the corpus, as they are and
// after the DOM rules, every element that is not a holder is no image box,
// and the blocks and their sources are the same.
func TestImageHolders(t *testing.T) {
	for name, root := range speedPages(t) {
		for _, cleaned := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s cleaned %v", name, cleaned), func(t *testing.T) {
				page, old := cloneNode(root), cloneNode(root)
				if cleaned {
					clean.ApplyDOM(page, clean.DefaultDOMRules())
					clean.ApplyDOM(old, clean.DefaultDOMRules())
				}
				holders := imageHolders(page)
				for n := range page.Descendants() {
					if n.Type == html.ElementNode && !holders[n] && isImageBox(n) {
						t.Fatalf("<%s> is an image box and no holder", n.Data)
					}
				}
				got := splitPage(page, "https://example.org/", false)
				want := &blockBuilder{domain: "https://example.org/"}
				want.walk(old)
				want.flush()
				if !reflect.DeepEqual(got.blocks, want.blocks) {
					t.Fatalf("blocks differ")
				}
				if len(got.srcs) != len(want.srcs) {
					t.Fatalf("%d sources, want %d", len(got.srcs), len(want.srcs))
				}
				for i := range got.srcs {
					if g, w := renderSource(got.srcs[i]), renderSource(want.srcs[i]); g != w {
						t.Fatalf("source %d: %q, want %q", i, g, w)
					}
				}
			})
		}
	}
}

// renderSource writes the nodes a block renders from, as HTML.
func renderSource(src blockSource) string {
	var sb strings.Builder
	nodes := src.inline
	if src.node != nil {
		nodes = []*html.Node{src.node}
	}
	for _, n := range nodes {
		_ = html.Render(&sb, n)
	}
	return sb.String()
}

// TestNearStopCorpus holds nearDateTexts, which stops reading the page
// once no near text can follow, to the reading of the whole page, on every
// page of both corpora (slow: skipped in -short mode).
func TestNearStopCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	paths := corpusPages(t, 1)
	for _, p := range paths {
		root := parseFile(t, p)
		title := readMeta(root).chooseTitle()
		got := nearDateTexts(root, title, false, textBound(root))
		want := dateTextsMarked(root, title, false, textBound(root), true)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: texts %+v, want %+v", filepath.Base(p), got, want)
		}
	}
}

// TestNearStopEdges checks nearDateTexts against the reading of the whole
// page on pages made to put a date at the edges of what it reads: a short
// element that starts in the window below the headline and ends past it,
// a long one that opens with a date there, and the same in a link, at
// every place around the window's end.
func TestNearStopEdges(t *testing.T) {
	const title = "A headline of the page"
	for _, shape := range []struct{ name, open, close string }{
		{"short span", "<span>", "</span>"},
		{"long box", "<div>", strings.Repeat(" more words of the box", 8) + "</div>"},
		{"link", `<a href="/x">`, "</a>"},
		{"time", `<time datetime="2021-03-12">`, "</time>"},
	} {
		for shift := -40; shift <= 40; shift += 4 {
			t.Run(fmt.Sprintf("%s at %+d", shape.name, shift), func(t *testing.T) {
				filler := strings.Repeat("word ", (dateAfter+shift)/5)
				page := "<html><body><h1>" + title + "</h1><p>" + filler + "</p>" + shape.open +
					"Posted 12 March 2021" + shape.close + "<p>" + strings.Repeat("tail text ", 300) + "</p></body></html>"
				root, err := html.Parse(strings.NewReader(page))
				if err != nil {
					t.Fatal(err)
				}
				got := nearDateTexts(root, title, false, textBound(root))
				want := dateTextsMarked(root, title, false, textBound(root), true)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("texts %+v, want %+v", got, want)
				}
			})
		}
	}
}

// dropRepeatsByFold is dropRepeats as it was, with each block's fold made
// as a string (lang.Fold) and hashed.
func dropRepeatsByFold(blocks []article.Block) []article.Block {
	seen := map[string]bool{}
	out := blocks[:0:0]
	for _, b := range blocks {
		if b.Kind != article.Heading && len(b.Plain) >= repeatMin && utf8.RuneCountInString(b.Plain) >= repeatMin {
			f := lang.Fold(b.Plain)
			if seen[f] {
				continue
			}
			seen[f] = true
		}
		out = append(out, b)
	}
	return out
}

// TestDropRepeatsFolds holds dropRepeats, which folds each block into one
// buffer for its hash, to the reading by the folds as strings, on the
// blocks of the fixtures and a corpus spread, each page's blocks also
// followed by every third of them again with its case changed.
func TestDropRepeatsFolds(t *testing.T) {
	for name, root := range speedPages(t) {
		blocks := splitPage(root, "", false).blocks
		for i := 0; i < len(blocks); i += 3 {
			b := blocks[i]
			b.Plain = strings.ToUpper(b.Plain[:len(b.Plain)/2]) + b.Plain[len(b.Plain)/2:]
			blocks = append(blocks, b)
		}
		t.Run(name, func(t *testing.T) {
			got, want := dropRepeats(blocks), dropRepeatsByFold(blocks)
			if !slices.EqualFunc(got, want, func(a, b article.Block) bool { return a.Plain == b.Plain && a.Kind == b.Kind }) {
				t.Errorf("kept %d blocks, want %d", len(got), len(want))
			}
		})
	}
}
