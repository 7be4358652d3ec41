package htmlpage

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDateTexts(t *testing.T) {
	tests := []struct {
		name string
		body string
		want []string
	}{
		{"meta line under headline", `<nav><span class="date">1 Jan 2020</span></nav><article><h1>Pier</h1><div class="article-meta">By Jane | 05.09.2023, 17:12</div><p>Text.</p></article>`,
			[]string{"By Jane | 05.09.2023, 17:12"}},
		{"time element and its line", `<h1>Pier</h1><p>Posted <time datetime="2024-05-08">8 May 2024</time></p>`, []string{"Posted 8 May 2024", "8 May 2024"}},
		{"below before above", `<p>Kicker 2 Feb 2021</p><h1>Pier</h1><div><p>Lead.</p></div><p>3 Feb 2021</p>`,
			[]string{"3 Feb 2021", "Kicker 2 Feb 2021"}},
		{"far from the headline in the tree, near in reading", `<div><div><h1>Pier</h1></div></div><ul><li>Home</li></ul><div><div><ul><li><span>Datum</span> <time>16.02.2021</time></li></ul></div></div>`,
			[]string{"Datum 16.02.2021", "16.02.2021"}},
		{"dates in links date other pages", `<h1>Pier</h1><ul><li><a href="/a">Other story, 28.04.2020</a></li></ul>`, nil},
		{"a time element in a permalink", `<h1>Pier</h1><span><a href="/p" rel="bookmark"><time datetime="2021-02-02">2 Feb 2021</time></a></span>`, []string{"2 Feb 2021"}},
		{"a date-classed link", `<h1>Pier</h1><span class="entry-date"><a href="/2021/02">2 Feb 2021</a></span>`, []string{"2 Feb 2021"}},
		{"a date line with a link", `<h1>Pier</h1><p>Archiv: <a href="/p">2 Feb 2021</a></p>`, []string{"Archiv: 2 Feb 2021"}},
		{"a link labelled as the date of publication", `<h1>Pier</h1><p>Posted on <a href="/p">2 Feb 2021</a></p>`, []string{"Posted on 2 Feb 2021", "2 Feb 2021"}},
		{"the article's time beside it", `<h1>Pier</h1><aside class="meta"><i class="icon"></i><p><time datetime="2023-04-12">12.04.2023 - 08:45</time></p><p>Source: Wire</p></aside><p>Text.</p>`,
			[]string{"12.04.2023 - 08:45"}},
		{"a sidebar's other dates", `<h1>Pier</h1><aside><ul><li><a href="/o">Other story</a> <span>3 Feb 2021</span></li></ul></aside>`, nil},
		{"far below the headline", `<h1>Pier</h1><p>` + strings.Repeat("word ", 300) + `</p><p>2 Feb 2021</p>`, nil},
		{"long paragraph: its opening", `<h1>Pier</h1><p class="meta">On 2 Feb 2021 ` + strings.Repeat("word ", 40) + `</p>`, []string{"On 2 Feb 2021 word word word word word word word word word word word word word w"}},
		{"long paragraph without a number at its start", `<h1>Pier</h1><p>` + strings.Repeat("word ", 40) + `2 Feb 2021</p>`, nil},
		{"without <h1>, the first <h2> is the headline", `<header><span>Monday, 1 Nov 2021</span> ` + strings.Repeat("word ", 80) + `</header><h2>Pier</h2><p>2 Feb 2021</p>`,
			[]string{"2 Feb 2021"}},
		{"a date heading", `<h2 class="date-header"><span>Dienstag, 9. Juli 2013</span></h2><h3>Pier</h3>`,
			[]string{"Dienstag, 9. Juli 2013"}},
		{"an article's footer holds its date, the page's does not", `<article><h1>Pier</h1><p>Text.</p><footer><span>28.01.22</span></footer></article><footer><p>1.1.2020</p></footer>`,
			[]string{"28.01.22"}},
		{"hidden headline is no anchor", `<h1 class="visually-hidden">Site</h1><p>` + strings.Repeat("word ", 300) + `</p><h1>Pier</h1><p>2 Feb 2021</p>`,
			[]string{"2 Feb 2021"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, d := range dateTexts(root, "") {
				if !d.far {
					got = append(got, d.text)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("dateTexts = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFarDate(t *testing.T) {
	far := `<h1>Pier</h1><p>` + strings.Repeat("word ", 300) + `</p>`
	tests := []struct{ name, body, want string }{
		{"labelled in a box", far + `<div><span>Datum:</span> 19.11.2021 <br><span>Autor:</span> Jane</div>`, "2021-11-19"},
		{"label in the text", far + `<div>Erschienen am: 01.11.2023</div>`, "2023-11-01"},
		{"marked published", far + `<div><time class="published" datetime="2021-02-02">2 Feb 2021</time></div>`, "2021-02-02"},
		{"an update, when nothing else dates the page", far + `<div>Letzte Änderung: 31.10.2023</div>`, "2023-10-31"},
		{"a wiki's last edit", far + `<ul><li id="lastmod">Diese Seite wurde zuletzt am 3. März 2021 um 10:02 Uhr geändert.</li></ul>`, "2021-03-03"},
		{"last edited, in English", far + `<p class="info">Guide/Start (last edited 2019-04-02 11:28:18 by Jane)</p>`, "2019-04-02"},
		{"the state of a page", far + `<p class="updated">Stand 12.05.2022</p>`, "2022-05-12"},
		{"publication before an update", far + `<div>Letzte Änderung: 31.10.2023</div><div>Veröffentlicht: 02.10.2023</div>`, "2023-10-02"},
		{"several labelled dates in one text", far + `<p>Letzte Änderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>Aufrufe: 61</p>`, "2023-11-01"},
		{"a byline", far + `<div class="submitted">Gespeichert von jane am 24. Juli 2017 - 18:55</div>`, "2017-07-24"},
		{"a date in a sentence about another day", far + `<div>31.10.2023 wurde die Halle eröffnet.</div>`, ""},
		{"unlabelled", far + `<div>31.10.2023</div>`, ""},
		{"a related article's date", far + `<ul><li><div>Other story, 28.04.2020</div></li></ul>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if d, ok := farDate(slices.Values(dateTexts(root, ""))); ok {
				got = d.Time.Format("2006-01-02")
			}
			if got != tt.want {
				t.Errorf("farDate = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestShownNearHeadline(t *testing.T) {
	tests := []struct{ name, body, want string }{
		{"a date written into a box beside its elements", `<h1>Pier</h1><div class="author"><a href="/a">Jane Doe</a>, 21. Jan. 2015 <div class="rating">3.5 of 5 from 12 votes; thanks for voting and come again soon to vote</div></div>`, "2015-01-21"},
		{"a date in a paragraph's sentence", `<h1>Pier</h1><p>The council <a href="/c">decided</a> on 3 May 2021.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if shown := readShown(dateTexts(root, "")); len(shown) > 0 {
				got = shown[0].date.String()
			}
			if got != tt.want {
				t.Errorf("shown date = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDateTextsAnchor(t *testing.T) {
	body := `<h1>Site name</h1><p>1 Jan 2020</p><p>` + strings.Repeat("word ", 300) + `</p><h2>Pier opens</h2><p>2 Feb 2021</p>`
	root, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, title, want string }{
		{"the heading that is the title", "Pier Opens", "2 Feb 2021"},
		{"else the first <h1>", "Something else", "1 Jan 2020"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dateTexts(root, tt.title)
			if len(got) == 0 || got[0].text != tt.want {
				t.Errorf("dateTexts = %+v, want %q first", got, tt.want)
			}
		})
	}
}

func TestDateTextsAnchorElsewhere(t *testing.T) {
	menu := `<div class="menu">` + strings.Repeat("<span>Menu item</span> ", 60) + `</div>`
	body := menu + `<div class="news"><span class="date">03.02.2022</span><div class="headline">Pier opens at last</div><p>Text.</p></div>` + menu + `<h2>Contact</h2><p>Call 0123 456789</p>`
	root, err := html.Parse(strings.NewReader("<html><body>" + body + "</body></html>"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, title, want string }{
		{"no <h1>: the element that is the title", "Pier opens at last", "03.02.2022"},
		{"nor such an element: the first <h2>", "Something else", "Call 0123 456789"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := dateTexts(root, tt.title)
			if len(got) == 0 || got[0].text != tt.want {
				t.Errorf("dateTexts = %+v, want %q first", got, tt.want)
			}
		})
	}
}

func TestDateTextMarks(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<h1>Pier</h1><p><time class="entry-date published" datetime="2019-02-10">10 Feb 2019</time>` +
		`<time class="updated" datetime="2019-02-11">11 Feb 2019</time></p>`))
	if err != nil {
		t.Fatal(err)
	}
	marks := map[string]string{}
	for _, d := range dateTexts(root, "") {
		marks[d.text] = fmt.Sprintf("published %v update %v", d.published, d.update)
	}
	want := map[string]string{"10 Feb 2019": "published true update false", "11 Feb 2019": "published false update true"}
	for text, w := range want {
		if marks[text] != w {
			t.Errorf("%q: %s, want %s", text, marks[text], w)
		}
	}
}

func TestLabelBefore(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"label", "Lead text. Aktualisiert:", "Lead text. Aktualisiert:"},
		{"back to the previous number", "Publiziert: 11.08.2021, 09:20 Aktualisiert:", "Aktualisiert:"},
		{"at most a few words", strings.Repeat("x", 60) + " am", strings.Repeat("x", 37) + " am"},
		{"a number before the last bytes", "7 " + strings.Repeat("y", 50) + " on", strings.Repeat("y", 37) + " on"},
		{"a number just inside them", strings.Repeat("y", 20) + "9" + strings.Repeat("z", 36) + " on", strings.Repeat("z", 36) + " on"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := labelBefore(tt.in); got != tt.want {
				t.Errorf("labelBefore(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// speedPages returns the fixture pages and a spread of the shared
// corpus's, when it is there, for the tests that hold a faster reading to
// the one it replaced.
func speedPages(t *testing.T) map[string]*html.Node {
	paths, _ := filepath.Glob("../../../testdata/html/*.html")
	corpus, _ := filepath.Glob("../../../../shared/corpus/html/*.html")
	for i := 0; i < len(corpus); i += 10 {
		paths = append(paths, corpus[i])
	}
	pages := map[string]*html.Node{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if root, err := html.Parse(bytes.NewReader(data)); err == nil {
			pages[filepath.Base(p)] = root
		}
	}
	if len(pages) == 0 {
		t.Skip("no pages")
	}
	return pages
}

// TestNearDateTexts checks, on the fixtures and a spread of the corpus,
// that the date texts without those far from the headline are those that
// come before them with them.
func TestNearDateTexts(t *testing.T) {
	for name, root := range speedPages(t) {
		t.Run(name, func(t *testing.T) {
			title := readMeta(root).chooseTitle()
			all, near := dateTexts(root, title), nearDateTexts(root, title, false, textBound(root))
			k := 0
			for k < len(all) && !all[k].far {
				k++
			}
			if !reflect.DeepEqual(all[:k], near) && (k > 0 || len(near) > 0) {
				t.Errorf("near texts %+v, want %+v", near, all[:k])
			}
		})
	}
}

// TestReadMetaForms checks that the form controls read in readMeta's walk
// are readForms'.
func TestReadMetaForms(t *testing.T) {
	for name, root := range speedPages(t) {
		t.Run(name, func(t *testing.T) {
			if _, got := readMetaForms(root); !reflect.DeepEqual(got, readForms(root)) {
				t.Errorf("forms %+v, want %+v", got, readForms(root))
			}
		})
	}
}
