package htmlpage

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestChooseTitle(t *testing.T) {
	tests := []struct {
		name string
		head string // inside <head>
		body string
		want string
	}{
		{"h1 confirmed by og:title", `<title>Rain expected all week | Daily Bugle</title><meta property="og:title" content="Rain expected all week">`,
			`<h1>Rain expected all week</h1>`, "Rain expected all week"},
		{"site name h1 loses to title", `<title>Baking bread at home | Crumbs Blog</title>`,
			`<h1><a href="/">Crumbs Blog</a></h1><h2>Baking bread at home</h2>`, "Baking bread at home"},
		{"second h1 matches the title", `<title>Winter walks – Hiking Diary</title>`,
			`<h1><a href="https://hiking.example/">Hiking Diary</a></h1><h1>Winter walks</h1>`, "Winter walks"},
		{"kicker left out", `<title>Drilling until it gets hot | Paper</title>`,
			`<h1><span class="headline__kicker">Climate:</span> <span>Drilling until it gets hot</span></h1>`, "Drilling until it gets hot"},
		{"section before headline", `<meta property="og:title" content="Ministers agree on the new budget">`,
			`<h1>Politics Ministers agree on the new budget</h1>`, "Ministers agree on the new budget"},
		{"visible headline differs from metadata", `<title>Lounge access ends for saver tickets</title>`,
			`<h1>Rail lounge closes its doors to saver fares</h1>`, "Rail lounge closes its doors to saver fares"},
		{"no h1, title without site", `<title>Ten tips for tomato growers - Garden World</title>`,
			`<p>text</p>`, "Ten tips for tomato growers"},
		{"headline first part of a wiki title", `<title>Penny - Valley Wiki</title>`,
			`<h1>Penny</h1>`, "Penny"},
		{"label h1 skipped", `<title>Remembering the victims - Archive</title><meta property="og:title" content="Remembering the victims">`,
			`<h1>You are here:</h1><h1>Memorial day Remembering the victims</h1>`, "Remembering the victims"},
		{"entity in JSON-LD headline", `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Salt &#038; pepper"}</script>`,
			``, "Salt & pepper"},
		{"hidden h1 ignored", `<title>Energy research - Ministry</title>`,
			`<h1 class="aural" aria-hidden="true">Navigation and service</h1><h1>Energy research and the economy</h1>`, "Energy research and the economy"},
		{"first h2 without h1", `<title>Training - Fire Brigade Town</title>`,
			`<h2>Boat service training</h2><h2>Contact</h2>`, "Boat service training"},
		{"first h2 sharing nothing with the metadata", `<title>Weekly snow report - Avalanche Service</title>`,
			`<h2>Access keys</h2><p>x</p>`, "Weekly snow report"},
		{"JSON-LD headline over an h2 like og:title", `<meta property="og:title" content="Dead pigeons found in the dome"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Animal charity files complaint over dead pigeons"}</script>`,
			`<h2>Dead pigeons found in the dome</h2>`, "Animal charity files complaint over dead pigeons"},
		{"short h1 named in the title is the site", `<title>Basic muffin recipe : Muffin Recipes | Baking every day</title>`,
			`<h1>Muffin Recipes</h1><h2>Basic muffin recipe</h2>`, "Basic muffin recipe"},
		{"h1 equal to the title is kept whole", `<title>Can fish feel pain / suffer?</title><meta property="og:title" content="Can fish feel pain?">`,
			`<h1>Can fish feel pain / suffer?</h1>`, "Can fish feel pain / suffer?"},
		{"h1 equal to a part of the title", `<title>Fair supply chains - Youth Association of the Region - YAR</title>`,
			`<h1>Fair supply chains</h1>`, "Fair supply chains"},
		{"domain h1 is the site", `<title>Sharing files between Linux and old computers</title>`,
			`<h1>jan-example.de</h1>`, "Sharing files between Linux and old computers"},
		{"one-word h1 more precise than the title", `<title>History - Boys Choir of the Town</title>`,
			`<h1>Choirhistory</h1>`, "Choirhistory"},
		{"one-word h1 equal to a section", `<title>News - The first electron counts</title>`,
			`<h1>News</h1>`, "The first electron counts"},
		{"first h2 sharing a word form", `<title>Submission | Digital Review</title>`,
			`<h2>Checklist for submissions</h2>`, "Checklist for submissions"},
		{"h1 in nav ignored", `<title>Spring recipes | Cook</title>`,
			`<nav><h1>Menu of the site</h1></nav><p>x</p>`, "Spring recipes"},
		{"kicker marked off by a hidden colon", `<title>Harbour works: Ferry moves to the north pier | Coast Times</title>`,
			`<h1><span class="topic">Harbour works</span><span class="invisible">: </span><span>Ferry moves to the north pier</span></h1>`, "Ferry moves to the north pier"},
		{"kicker set off by a colon in og:title", `<meta property="og:title" content="Anniversary: Town library turns one hundred">`,
			`<h1> <div class="label">Anniversary</div> Town library turns one hundred </h1>`, "Town library turns one hundred"},
		{"kicker over a line break, title is the rest", `<title>Snow again? - Valley Voice</title>`,
			`<h1><span class="small">Weather outlook:</span><br> Snow again?</h1>`, "Snow again?"},
		{"leading element the metadata does not set off", `<title>Three new parks to open in the city this spring</title>`,
			`<h1><span class="big">Three new parks</span> Open this spring in the city</h1>`, "Three new parks Open this spring in the city"},
		{"styled first word is no kicker", `<meta property="og:title" content="Bikes - for every rider on the road">`,
			`<h1><span class="brand">Bikes</span> for every rider on the road</h1>`, "Bikes for every rider on the road"},
		{"site name glued by a bare bar", `<title>City Paper|Bridge reopens after repairs</title><meta property="og:site_name" content="City Paper">`,
			`<p>x</p>`, "Bridge reopens after repairs"},
		{"logo h1 spelt like the address", `<title>Harbour Light » Blog » Tide tables</title><link rel="canonical" href="https://www.harbourlight.org/blog/tides">`,
			`<h1>Harbour Light</h1><h2>Tide tables</h2>`, "Tide tables"},
		{"domain part of the title is the site", `<title>surfwavewatch.org | Surf forecast</title><meta property="og:url" content="https://surfwavewatch.org/forecast">`,
			`<p>x</p>`, "Surf forecast"},
		{"site name without its domain suffix", `<meta property="og:title" content="How to patch a tent | campcraft"><meta property="og:site_name" content="campcraft.net">`,
			`<p>x</p>`, "How to patch a tent"},
		{"section h1 named in the title ends nothing", `<title>Ski Club Hollow - News » Season opens on Saturday</title>`,
			`<h1>Members win the relay</h1><h1>News</h1><h2>Season opens on Saturday</h2>`, "Season opens on Saturday"},
		{"one-word label h1s do not hide the h2 headline", `<title>Guide/Install - Tool Wiki</title>`,
			`<h1>Page</h1><h1>User</h1><h2>Installing the tool</h2>`, "Installing the tool"},
		{"short h1 said longer in the title", `<title>Garden cabin 4 by the lake. Cheap holiday homes | Lakeside Rentals</title>`,
			`<h1>Cabin 4</h1>`, "Cabin 4"},
		{"short h1 with a word the title lacks", `<title>Garden cabin 4 by the lake | Lakeside Rentals</title>`,
			`<h1>Cabin 5</h1>`, "Garden cabin 4 by the lake"},
		{"metadata kickers disagree before a shared headline", `<title>gamecorner | Previews: Harbour Tycoon Beta</title><meta property="og:title" content="Steam and sails?: Harbour Tycoon Beta">`,
			`<p>x</p>`, "Harbour Tycoon Beta"},
		{"site name with a colon before og:title", `<title>Books Galore: Interview: Talking with Ann</title><meta property="og:title" content="Interview: Talking with Ann">`,
			`<p>x</p>`, "Interview: Talking with Ann"},
		{"strapline h1 is not the headline", `<title>Trail maps now show more - Update: new maps</title>`,
			`<h1 class="article-strapline">Update: new maps</h1><h2>Trail maps now show more</h2>`, "Trail maps now show more"},
		{"product h1 opening with the site's name", `<title>Bugle Watch | Bugle</title><link rel="canonical" href="https://www.bugle.com/watch">`,
			`<h1>Bugle Watch</h1>`, "Bugle Watch"},
		{"ruby readings left out", ``,
			`<h1><ruby>漢字<rt>かんじ</rt></ruby>の本</h1>`, "漢字の本"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := readMeta(root).chooseTitle(); got != tt.want {
				t.Errorf("title = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestSplitKicker(t *testing.T) {
	tests := []struct {
		name, h1     string
		ok, marked   bool
		kicker, rest string
	}{
		{"span then text", `<span class="topic">Floods</span> River reaches record height`, true, false, "Floods", "River reaches record height"},
		{"separator element between", `<span>Floods</span><span aria-hidden="true"> – </span><span>River reaches record height</span>`, true, true, "Floods", "River reaches record height"},
		{"inside a link", `<a href="/x"><span>Floods</span> River reaches record height</a>`, true, false, "Floods", "River reaches record height"},
		{"plain text first", `River reaches <em>record</em> height`, false, false, "", ""},
		{"kicker longer than the rest", `<span>River reaches record height in town</span> Floods again`, false, false, "", ""},
		{"rest in lower case", `<span>Rivers</span> reach record heights`, false, false, "", ""},
		{"one element only", `<span>River reaches record height</span>`, false, false, "", ""},
		{"kicker class already left out", `<span class="kicker">Floods</span> River reaches record height`, false, false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<h1>" + tt.h1 + "</h1>"))
			if err != nil {
				t.Fatal(err)
			}
			var h1 *html.Node
			for n := range root.Descendants() {
				if n.Data == "h1" {
					h1 = n
					break
				}
			}
			k, ok := splitKicker(h1)
			if ok != tt.ok || k.marked != tt.marked || k.kicker != tt.kicker || k.rest != tt.rest {
				t.Errorf("splitKicker = %+v, %v; want {%q %q %v}, %v", k, ok, tt.kicker, tt.rest, tt.marked, tt.ok)
			}
		})
	}
}

func TestWithoutPrefix(t *testing.T) {
	tests := []struct {
		name          string
		h             string
		raw, stripped []string
		want          string
	}{
		{"date before headline", "1. Februar 2022 Ministers agree on the budget", []string{"Ministers agree on the budget"}, nil, "Ministers agree on the budget"},
		{"section and bar before headline", "Local News | Ministers agree on the budget", []string{"Ministers agree on the budget"}, nil, "Ministers agree on the budget"},
		{"site after headline", "Ministers agree on the budget | Daily Bugle", []string{"Ministers agree on the budget"}, nil, "Ministers agree on the budget"},
		{"own part before a dash kept", "Buying a puppy – tips for every breed", nil, []string{"tips for every breed"}, "Buying a puppy – tips for every breed"},
		{"kicker before stripped title", "Security Attacks cost twenty percent of budgets", nil, []string{"Attacks cost twenty percent of budgets"}, "Attacks cost twenty percent of budgets"},
		{"too short to trust", "Politics Budget", []string{"Budget"}, nil, "Politics Budget"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := withoutPrefix(tt.h, tt.raw, tt.stripped); got != tt.want {
				t.Errorf("withoutPrefix(%q) = %q, want %q", tt.h, got, tt.want)
			}
		})
	}
}

func TestHostLabel(t *testing.T) {
	tests := []struct{ name, url, want string }{
		{"www and country suffix", "https://www.example.co.uk/a/b", "example"},
		{"subdomain", "http://news.example.com/", "example"},
		{"archived page", "https://web.archive.org/web/2014/http://www.harbour.example/x", "harbour"},
		{"http in the path", "https://www.example.org/http-guide", "example"},
		{"no address", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := hostLabel(tt.url); got != tt.want {
				t.Errorf("hostLabel(%q) = %q, want %q", tt.url, got, tt.want)
			}
		})
	}
}

func TestNamesHost(t *testing.T) {
	tests := []struct {
		name, part, label string
		want              bool
	}{
		{"spaced name", "Bay 4 Boats", "bay4boats", true},
		{"domain", "bayforboats.com", "bayforboats", true},
		{"other domain", "Node.js", "bayforboats", false},
		{"name and a word", "Bugle Magazine", "bugle", true},
		{"headline opening with the name", "Bugle wins the press award", "bugle", false},
		{"no label", "Bugle", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := namesHost(tt.part, tt.label); got != tt.want {
				t.Errorf("namesHost(%q, %q) = %v, want %v", tt.part, tt.label, got, tt.want)
			}
		})
	}
}

func TestTrimNames(t *testing.T) {
	tests := []struct{ name, title, site, want string }{
		{"bare bar before", "Bugle|Bridge reopens", "Bugle", "Bridge reopens"},
		{"dash glued after", "Bridge reopens -Bugle", "Bugle", "Bridge reopens"},
		{"script without spaces", "桥梁重新开放-日报", "日报", "桥梁重新开放"},
		{"hyphen joining words", "Bugle-affair goes to court", "Bugle", "Bugle-affair goes to court"},
		{"spaced separator left to the splitter", "Bridge reopens | Bugle", "Bugle", "Bridge reopens | Bugle"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := trimNames(tt.title, []string{tt.site}); got != tt.want {
				t.Errorf("trimNames(%q) = %q, want %q", tt.title, got, tt.want)
			}
		})
	}
}

func TestTidyHeading(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"ornament before the name", "[> Anna Berg", "Anna Berg"},
		{"arrows", ">> Archive notes", "Archive notes"},
		{"leading colon and soft hyphen", ": Wind\u00adpower   today", "Windpower today"},
		{"spaced guillemets are quotes", "« Nous restons » dit-elle", "« Nous restons » dit-elle"},
		{"ellipsis is text", "... and then it rained", "... and then it rained"},
		{"number", "#1 on the list", "#1 on the list"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tidyHeading(tt.in); got != tt.want {
				t.Errorf("tidyHeading(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCutGluedName(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"Chinese site after a hyphen", "桥梁重新开放了吗-日报网", "桥梁重新开放了吗"},
		{"Japanese site after a full-width bar", "東京で初雪が降りました｜ニュース", "東京で初雪が降りました"},
		{"digits after the hyphen", "COVID-19疫情", "COVID-19疫情"},
		{"Latin words", "Well-known facts about tea", "Well-known facts about tea"},
		{"headline too short", "新闻-人民日报网", "新闻-人民日报网"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cutGluedName(tt.in); got != tt.want {
				t.Errorf("cutGluedName(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitAll(t *testing.T) {
	got := splitAll("Headline : Blog name | Tagline – more")
	want := []string{"Headline", "Blog name", "Tagline", "more"}
	if strings.Join(got, "/") != strings.Join(want, "/") {
		t.Errorf("splitAll = %q, want %q", got, want)
	}
}

func TestIsDomain(t *testing.T) {
	for in, want := range map[string]bool{"example.com": true, "eva-lindner.de": true, "Dr. Smith": false, "v1.2": false, "News": false} {
		if got := isDomain(in); got != want {
			t.Errorf("isDomain(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestSharesWord(t *testing.T) {
	tests := []struct {
		h, t string
		want bool
	}{
		{"Boat service training", "Fire brigade - training", true},
		{"Beitragseinreichungen prüfen", "Beitragseinreichung | Revue", true},
		{"Schreiben Sie Texte", "Der Schreibstil", true},
		{"Access keys", "Weekly snow report", false},
		{"Go to the top", "Go west", false},
	}
	for _, tt := range tests {
		if got := sharesWord(tt.h, []string{tt.t}); got != tt.want {
			t.Errorf("sharesWord(%q, %q) = %v, want %v", tt.h, tt.t, got, tt.want)
		}
	}
}

func TestReadMetaDate(t *testing.T) {
	tests := []struct {
		name string
		head string
		want string
	}{
		{"JSON-LD", `<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-03-08T11:15:28Z","dateModified":"2021-03-09T10:00:00Z"}</script>`, "2021-03-08T11:15:28Z"},
		{"republished", `<script type="application/ld+json">{"@type":"Article","datePublished":"2021-12-06"}</script><meta property="article:published_time" content="2022-12-15T09:13:00+01:00">`, "2022-12-15T09:13:00+01:00"},
		{"microdata on a span", `</head><body><span itemprop="datePublished" content="2020-03-18T13:15:00+01:00">18.03.2020</span>`, "2020-03-18T13:15:00+01:00"},
		{"a how-to's date", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","datePublished":"2022-01-10T22:06:08Z"}</script>`, "2022-01-10T22:06:08Z"},
		{"an embedded video's date is not the page's", `<script type="application/ld+json">{"@type":"VideoObject","datePublished":"2022-01-10"}</script>`, ""},
		{"a web page's own date, when nothing else dates it", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2018-06-07T10:13:17+00:00","dateModified":"2019-12-01T19:06:47+00:00"}]}</script>`, "2018-06-07T10:13:17Z"},
		{"an article's date before its page's", `<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2018-06-07"},{"@type":"Article","datePublished":"2018-06-09"}]}</script>`, "2018-06-09"},
		{"a meta tag's date before the page's", `<meta property="article:published_time" content="2018-06-08"><script type="application/ld+json">{"@type":"WebPage","datePublished":"2018-06-07"}</script>`, "2018-06-08"},
		{"JSON-LD in a script without its type", `<script>{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2022-01-28T06:00:00+01:00"}</script>`, "2022-01-28T06:00:00+01:00"},
		{"a script that is code", `<script>var x = {"datePublished": "2022-01-28"};</script>`, ""},
		{"modified only is no date", `<meta property="article:modified_time" content="2022-12-15T09:13:00+01:00">`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, err := html.Parse(strings.NewReader("<html><head>" + tt.head + "</head><body></body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			if got := readMeta(root).date.String(); got != tt.want {
				t.Errorf("date = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestCleanAuthor(t *testing.T) {
	tests := []struct{ in, site, want string }{
		{"Jane Doe", "", "Jane Doe"},
		{"Von Jonas Wernicke", "", "Jonas Wernicke"},
		{"Posted on March 3, 2021 by Lena Okafor", "", "Lena Okafor"},
		{"Auteur: Léa Dvořák", "", "Léa Dvořák"},
		{"Carla Hoffbauer,", "", "Carla Hoffbauer"},
		{"facebook.com/jane.doe", "", ""},
		{"https://example.com/authors/jane", "", ""},
		{"example.com", "", ""},
		{"Daily Bugle", "Daily Bugle", ""},
		{", par", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := cleanAuthor(tt.in, tt.site); got != tt.want {
				t.Errorf("cleanAuthor(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestJSONPersons(t *testing.T) {
	root, err := html.Parse(strings.NewReader(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"x",
		"author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Organization","name":"Daily Bugle"},{"@type":"Person","name":"John Roe"}]}</script></head></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if got := readMeta(root).author; got != "Jane Doe, John Roe" {
		t.Errorf("author = %q, want the persons only", got)
	}
}

func TestPageImageAndTags(t *testing.T) {
	tests := []struct {
		name    string
		head    string
		pageURL string
		image   string
		tags    []string
	}{
		{"relative image made absolute", `<meta property="og:image" content="/img/a.jpg">`, "https://news.example/a/1", "https://news.example/img/a.jpg", nil},
		{"the first image given", `<meta name="twitter:image" content="https://cdn.example/t.jpg"><meta property="og:image" content="https://cdn.example/o.jpg">`, "", "https://cdn.example/t.jpg", nil},
		{"relative image without a page URL dropped", `<meta property="og:image" content="/img/a.jpg">`, "", "", nil},
		{"script image dropped", `<meta property="og:image" content="javascript:alert(1)">`, "https://news.example/a", "", nil},
		{"tags and keywords, once each", `<meta property="article:tag" content="Harbour, ferries"><meta property="article:tag" content="Council"><meta name="keywords" content="council, port aldery ,, ferries">`, "", "",
			[]string{"Harbour, ferries", "Council", "port aldery", "ferries"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root := mustParse(t, "<html><head>"+tt.head+"</head><body><p>Text.</p></body></html>")
			doc, _, _, _ := readPage(root, Options{URL: tt.pageURL})
			if doc.Image != tt.image {
				t.Errorf("Image = %q, want %q", doc.Image, tt.image)
			}
			if strings.Join(doc.Tags, "|") != strings.Join(tt.tags, "|") {
				t.Errorf("Tags = %q, want %q", doc.Tags, tt.tags)
			}
		})
	}
}
