package htmlpage

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/internal/lang"
)

// bodyText reads an HTML page and returns its body's plain text.
func bodyText(t *testing.T, page string) (string, *article.Document) {
	t.Helper()
	doc, err := FromHTML(context.Background(), []byte(page), Options{})
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	var sb strings.Builder
	for _, b := range doc.Blocks {
		sb.WriteString(b.Plain)
		sb.WriteByte('\n')
	}
	return sb.String(), doc
}

// A blog's header: its description, a paragraph of running text above
// every post.
const blogHeader = `<div id="header"><h1><a href="/">Ledger Notes</a></h1>
<div class="description"><p>Investors often skip the small print of quarterly filings, and it is the job of this
blog to read it for them, looking for soft spots in reserves, write-downs and one-off charges that change the
picture of a company's earnings, week after week and filing after filing.</p></div></div>`

// A profile box in a column beside the posts, with more text than a
// short post's.
const profileBox = `<div class="column-left"><div class="box"><h2>About me</h2><dl><dt>Name:</dt><dd>Jo Hartley</dd><dt>Location:</dt><dd>Leeds</dd></dl>
<p>I have written about advertising for nineteen years, first in agencies, then on my own, and I still think
most of it is dreadful, which is why this blog exists at all.</p><p>I like trains, long walks along the canal, a good
pie, and I do not like slogans with quotation marks that nobody needed, or jingles that stay in the head all day.</p>
<p>Write to me if you have seen something, anything, that I should see, and I will put it up here, with your name, the
place and the day, if you want me to.</p>
<p><a href="/profile">View my complete profile</a></p></div></div>`

// A comment form under a post that has no comments yet, longer than the
// post.
const commentForm = `<div class="lower"><div class="box"><div class="inner"><h2>Deja un comentario</h2><p>Todavía no hay comentarios.</p>
<form><p><label>Nombre (obligatorio)</label><input name="author"></p><p><label>Correo (no será publicado) (obligatorio)</label><input name="email"></p>
<p><label>Sitio web</label><input name="url"></p><p>Puedes usar estas etiquetas HTML: a, abbr, b, blockquote, cite, code, del, em, i, q, strike, strong.</p>
<p>Los comentarios se revisan, uno a uno, antes de salir, así que ten paciencia, vuelve mañana, y no escribas dos veces.</p></form></div></div></div>`

func TestHeadlineChoice(t *testing.T) {
	longArticle := strings.Repeat(`<p>The harbour board met again on Monday to decide how the new pier will be paid for, and after
three hours of debate it agreed that the town and the region will share the cost in equal parts over ten years.</p>`, 8)
	tests := []struct {
		name string
		page string
		want string // a phrase the body must hold
		not  string // a phrase it must not hold
		won  string // the candidate named as chosen
	}{
		{
			name: "short post under a blog description",
			page: `<html lang="en"><head><title>Ledger Notes: Handset maker delays its launch</title></head><body>` + blogHeader + `
<div class="main"><h2 class="date-header">Sunday, October 14, 2012</h2><div class="post">
<h3 class="post-title"><a href="/2012/10/launch.html">Handset maker delays its launch</a></h3>
<div class="post-body"><div>The handset maker is counting on its new system to revive sales, but word now comes that the
January launch could slip to March, which may be too little and too late for it.</div></div></div></div>
<div class="right"><h2>Followers</h2><ul><li><a href="/a">Ann</a></li><li><a href="/b">Bo</a></li></ul></div></body></html>`,
			want: "launch could slip to March",
			not:  "small print of quarterly filings",
			won:  "text under the headline",
		},
		{
			name: "short list post beside a profile box",
			page: `<html lang="en"><head><title>Five worst slogans of the week</title></head><body>` + profileBox + `
<div class="main"><div class="posts"><div class="day"><div class="post"><h3 class="post-title">Five worst slogans of the week</h3>
<div class="entry"><div>The worst "unnecessary" quotation marks ever seen on a shop front.<br>
• Seven of the worst celebrity ads of the last seven years.<br>• A jingle nobody asked for, played on every station.<br>
• The most literary hand-washing sign ever put up in an office.</div></div>
<div>posted by jo at 2:23 PM</div></div></div></div></div></body></html>`,
			want: "celebrity ads of the last seven years",
			not:  "nineteen years",
			won:  "text under the headline",
		},
		{
			name: "video post over a comment form",
			page: `<html lang="es"><head><title>La Muerte</title></head><body><div id="content"><div class="post">
<h2>La Muerte</h2><div class="video"><iframe src="https://video.example/1"></iframe></div>
<div class="entry"><div>Un maravilloso vídeo animado para una banda de Bogotá. Creado por un estudio pequeño.</div></div></div></div>` + commentForm + `</body></html>`,
			want: "maravilloso vídeo animado",
			not:  "Sitio web",
			won:  "text under the headline",
		},
		{
			name: "article in its own column below the headline",
			page: `<html lang="en"><head><title>Town shares the cost of the pier</title></head><body>
<div class="head"><h1>Town shares the cost of the pier</h1><p>By a staff writer. Share this on the networks you use.</p></div>
<div class="story">` + longArticle + `</div></body></html>`,
			want: "share the cost in equal parts",
			won:  "readability",
		},
		{
			name: "title heading a box far below a long article",
			page: `<html lang="en"><head><title>Town shares the cost of the pier</title></head><body>
<div class="story">` + longArticle + `</div><div class="box"><h4>Town shares the cost of the pier</h4><p>Read the other stories of the
harbour in the series that began last year.</p></div></body></html>`,
			want: "share the cost in equal parts",
			won:  "readability",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body, doc := bodyText(t, tt.page)
			if !strings.Contains(body, tt.want) {
				t.Errorf("body lacks %q:\n%s", tt.want, body)
			}
			if tt.not != "" && strings.Contains(body, tt.not) {
				t.Errorf("body holds %q:\n%s", tt.not, body)
			}
			last := ""
			if n := len(doc.Candidates); n > 0 {
				last = doc.Candidates[n-1]
			}
			if !strings.HasPrefix(last, "chosen: "+tt.won+",") {
				t.Errorf("explained %q, want the choice of %s", doc.Candidates, tt.won)
			}
		})
	}
}

func TestHeadlineAt(t *testing.T) {
	h := func(level int, s string) article.Block {
		return article.Block{Kind: article.Heading, Level: level, Plain: s}
	}
	p := func(s string) article.Block { return article.Block{Kind: article.Paragraph, Plain: s} }
	tests := []struct {
		name   string
		blocks []article.Block
		title  string
		want   int
	}{
		{"heading that is the title", []article.Block{h(1, "Site"), h(3, "Pier rebuilt"), p("Text.")}, "Pier rebuilt", 1},
		{"first h1 without a match", []article.Block{h(2, "Menu"), h(1, "Pier"), h(1, "More")}, "Pier rebuilt at last", 1},
		{"paragraph with the title is no headline", []article.Block{p("Pier rebuilt"), h(2, "News")}, "Pier rebuilt", -1},
		{"case and quotes folded", []article.Block{h(2, "“Pier Rebuilt”")}, "pier rebuilt", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, _ := headlineAt(tt.blocks, sizesOf(tt.blocks), tt.title); got != tt.want {
				t.Errorf("headlineAt = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestArticleContinues checks that an article whose text goes on below an
// image and an ad slot, in a box named like chrome, is given whole.
func TestArticleContinues(t *testing.T) {
	para := func(s string) string {
		return "<p>" + s + " The work will start in the spring, when the ferries stop, and should be done before the summer season begins in earnest.</p>"
	}
	tests := []struct {
		name, lang, more, last string
	}{
		{"rest of a blog post", "en", `<div class="entry-more">`, "the old timber will be sold"},
		{"german continuation in a meta box", "de", `<div id="artikel-meta">`, "das alte Holz wird verkauft"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html lang="` + tt.lang + `"><head><title>Pier to be rebuilt</title></head><body><div class="post">
<h1>Pier to be rebuilt</h1><div class="entry-body">` + para("The council voted on Thursday to rebuild the pier.") + `</div>
<figure><img src="/pier.jpg" alt=""></figure><div class="ad-slot"><script>show()</script></div>` + tt.more +
				para("The cost is shared by the town and the region.") + para("The harbour master welcomed the vote.") +
				para("Fishermen asked for a longer landing stage.") + para("In the end, "+tt.last+".") + `</div></div>
<div class="sidebar"><h2>Most read</h2><ul><li><a href="/a">Other story</a></li></ul></div>
<aside>` + strings.Repeat("<p>Our paper has served the coast since 1901, and its reporters cover every council, court and harbour board meeting.</p>", 5) + `</aside>
<footer>` + strings.Repeat("<p>All rights reserved by the publisher of this paper, its printers and agents; no part may be copied, stored or sent on without leave in writing.</p>", 5) + `</footer></body></html>`
			body, _ := bodyText(t, page)
			for _, want := range []string{"rebuild the pier", "longer landing stage", tt.last} {
				if !strings.Contains(body, want) {
					t.Errorf("body lacks %q:\n%s", want, body)
				}
			}
		})
	}
}

func TestRunningBlocks(t *testing.T) {
	tests := []struct {
		name string
		body string
		want string // the text of the blocks, one a line
	}{
		{"old table layout", `<div><a href="/">Home</a> | <a href="/n">News</a></div><table><tr><td>Harbour staff said the night ferry runs again from Monday.<br><br>Tickets stay valid.</td></tr></table>`,
			"Harbour staff said the night ferry runs again from Monday. Tickets stay valid.\n"},
		{"lines in an unusual container", `<center><span>Der Hafen bei Nacht, gefilmt von der Mole aus.</span></center><div><a href="/a">Start</a> <a href="/b">Videos</a></div>`,
			"Der Hafen bei Nacht, gefilmt von der Mole aus.\n"},
		{"labels and links only", `<form><label>Name</label><input></form><ul><li><a href="/a">One story of many</a></li></ul>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for _, b := range runningBlocks(splitPage(mustParse(t, "<html><body>"+tt.body+"</body></html>"), "", false), "", false) {
				got += b.Plain + "\n"
			}
			if got != tt.want {
				t.Errorf("runningBlocks = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestDropRepeats(t *testing.T) {
	long := "The report found that home values were up from the same period last year, the first such rise in five years."
	lang := "Le rapport montre que les prix des logements ont augmenté par rapport à l'an dernier, une première en cinq ans."
	p := func(s string) article.Block { return article.Block{Kind: article.Paragraph, Plain: s} }
	h := func(s string) article.Block { return article.Block{Kind: article.Heading, Level: 2, Plain: s} }
	tests := []struct {
		name string
		in   []article.Block
		want int
	}{
		{"printable copy after the article", []article.Block{p(long), p(lang), p(long), p(lang)}, 2},
		{"repeat with other spacing and case", []article.Block{p(long), p(" " + strings.ToUpper(long[:1]) + long[1:] + " ")}, 1},
		{"short lines may repeat", []article.Block{p("By Jane Doe"), p(long), p("By Jane Doe")}, 3},
		{"headings may repeat", []article.Block{h(long), p(lang), h(long)}, 3},
		{"three texts, each twice", []article.Block{p(long), p(lang), p(long + " Again."), p(lang), p(long + " Again."), p(long)}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := dropRepeats(tt.in); len(got) != tt.want {
				t.Errorf("dropRepeats kept %d blocks, want %d", len(got), tt.want)
			}
			// Every fold given the same hash: the folds are told apart
			// whole, and the same blocks are kept.
			same := dropRepeatsBy(tt.in, func([]byte) uint64 { return 7 })
			if got := dropRepeats(tt.in); !slices.EqualFunc(got, same, func(a, b article.Block) bool { return a.Plain == b.Plain && a.Kind == b.Kind }) {
				t.Errorf("with one hash for all, dropRepeats kept %d blocks, want the %d it keeps otherwise", len(same), len(got))
			}
		})
	}
}

func TestShingles(t *testing.T) {
	tests := []struct{ name, in string }{
		{"sentence", "The Ferry left at Seven, and the crossing took an hour."},
		{"apostrophes", "It's the captain's call: 'rough' seas don't stop us"},
		{"digits and marks", "Route 66 -- 3 stops/day; A-B (C) x2y"},
		{"short", "two words"},
		{"empty", ""},
		{"white space only", " \t\n "},
		{"German", "Die Fähre ÜBER den Fluß fährt um Sieben"},
		{"curly apostrophes", "L’équipe d’Île-de-France gagne ÉNORMÉMENT"},
		{"special lower-casing", "İSTANBUL ΣΟΦΟΣ Straße KELVIN \u212a"},
		{"ideographs and marks", "東京で 会議 — résumé naïve café"},
		{"invalid UTF-8", "ab\xffcd ef\xc3 gh ij"},
		{"ASCII marks in other text", "Route 66: l'été — It's 3 O'CLOCK, NAÏVE [café] x2y"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want, got []uint64
			nw := wordShingles(tt.in, func(h uint64) { want = append(want, h) })
			ng := forShingles(tt.in, func(h uint64) { got = append(got, h) })
			if ng != nw || !slices.Equal(got, want) {
				t.Errorf("forShingles = %d words %v, want %d words %v", ng, got, nw, want)
			}
			if lang.IsASCII(tt.in) {
				got = got[:0]
				if ng := textShingles(tt.in, func(h uint64) { got = append(got, h) }); ng != nw || !slices.Equal(got, want) {
					t.Errorf("textShingles = %d words %v, want %d words %v", ng, got, nw, want)
				}
			}
		})
	}
}

// wordShingles is forShingles as words split by strings.FieldsFunc: what
// textShingles is held to in the tests.
func wordShingles(t string, f func(uint64)) int {
	var w [3]uint64
	n := 0
	for word := range strings.FieldsFuncSeq(strings.ToLower(t), notWordRune) {
		w[0], w[1], w[2] = w[1], w[2], fnv64(word)
		if n++; n >= 3 {
			f(w[0]*961 + w[1]*31 + w[2])
		}
	}
	return n
}

// TestBlockSizes holds blockSizes to textSize and runningText on the
// blocks of the fixtures and of a spread of the corpus.
func TestBlockSizes(t *testing.T) {
	for name, root := range speedPages(t) {
		t.Run(name, func(t *testing.T) {
			blocks := splitPage(root, "", false).blocks
			sz := sizesOf(blocks)
			for i, b := range blocks {
				if sz.running(blocks, i) != runningText(b) {
					t.Errorf("block %d %q: running %v, want %v", i, b.Plain, sz.running(blocks, i), runningText(b))
				}
				for _, j := range []int{i + 1, min(i+7, len(blocks)), len(blocks)} {
					if got, want := sz.of(i, j), textSize(blocks[i:j]); got != want {
						t.Errorf("blocks %d to %d: %d characters, want %d", i, j, got, want)
					}
				}
			}
		})
	}
}
