package article

import (
	"strings"
	"testing"
)

// checkPlainFrontMatter holds plainFrontMatter, when it writes fm, to yaml,
// and reports whether it wrote it.
func checkPlainFrontMatter(t *testing.T, fm *frontMatter) bool {
	t.Helper()
	got, ok := plainFrontMatter(fm)
	if !ok {
		return false
	}
	want, err := yamlFrontMatter(fm)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(want) {
		t.Errorf("plainFrontMatter(%+v) =\n%q, yaml writes\n%q", *fm, got, want)
	}
	return true
}

func TestPlainFrontMatter(t *testing.T) {
	long := strings.Repeat("Ein langer Titel über die Stadt und ihre Brücken ", 3) // 152 bytes: over yaml's width of 80
	tests := []struct {
		name  string
		fm    frontMatter
		plain bool // plainFrontMatter writes it
	}{
		{"empty", frontMatter{}, true},
		{"title only", frontMatter{Title: "Bohren, bis es heiß wird"}, true},
		{"title, date, author, lang", frontMatter{Title: "Was wir wollen", Date: "2019-10-19T19:08:00", Author: "Anna Muster", Lang: "de"}, true},
		{"instant with zone", frontMatter{Title: "A day out", Date: "2021-03-03T10:12:00+01:00"}, true},
		{"instant in UTC", frontMatter{Title: "A day out", Date: "2021-03-03T10:12:00Z"}, true},
		{"day", frontMatter{Date: "2021-03-03"}, true},
		{"marks inside", frontMatter{Title: "Why? Because (mostly) it's late – and cold/wet.", Site: "The Ledger"}, true},
		{"ends with a question", frontMatter{Title: "Who pays for it?"}, true},
		{"letters outside ASCII", frontMatter{Title: "Brücken über die Oder", Author: "Zoë Ærø"}, true},
		{"colon outside ASCII", frontMatter{Title: "Łódź: nie"}, true},
		{"colon and space", frontMatter{Title: "Klimaschutz: Bohren"}, true},
		{"hash after a space", frontMatter{Title: "Top 10 #1"}, true},
		{"quoted, with quotes in it", frontMatter{Title: "It's late: 'again'", Site: "'Quoted' site"}, true},
		{"starts with a non-ASCII quote", frontMatter{Title: "„Es kommt darauf an“, sagt sie", Description: "«Non» : oui"}, true},
		{"starts with a parenthesis", frontMatter{Title: "(mostly) fine"}, false},
		{"starts with a dash", frontMatter{Title: "- a list?"}, false},
		{"starts with a dot", frontMatter{Title: ".nan"}, false},
		{"starts with a digit", frontMatter{Title: "10 Tipps für den Garten"}, false},
		{"starts with a quote", frontMatter{Title: `"Wir bleiben"`}, true},
		{"yaml keyword", frontMatter{Lang: "no"}, false},
		{"yaml keyword in capitals", frontMatter{Title: "Yes"}, false},
		{"double space", frontMatter{Title: "A  gap"}, false},
		{"trailing space", frontMatter{Title: "Trailing "}, false},
		{"ends with a comma", frontMatter{Title: "Lists,"}, true},
		{"ends with a colon", frontMatter{Title: "Lists:"}, true},
		{"colon inside a word", frontMatter{Title: "Ratio 3:1 at 10:45"}, true},
		{"hash inside a word", frontMatter{Title: "C# in a week"}, true},
		{"marks of a title", frontMatter{Title: `Wahl-O-Mat | "Die Zeit" – 50% mehr… @home *neu* ~ $5 & mehr`}, true},
		{"curly quotes and guillemets", frontMatter{Title: "It’s «late» „ja“"}, true},
		{"starts with a letter outside Latin", frontMatter{Title: "東京の朝"}, true},
		{"language tag", frontMatter{Lang: "de-DE"}, true},
		{"tab", frontMatter{Title: "a\tb"}, false},
		{"line separator", frontMatter{Title: "a\u2028b"}, false},
		{"next line", frontMatter{Title: "a\u0085b"}, false},
		{"byte order mark", frontMatter{Title: "a\ufeffb"}, false},
		{"emoji", frontMatter{Title: "Sun \U0001F31E"}, false},
		{"invalid byte", frontMatter{Title: "a\xffb"}, false},
		{"control character", frontMatter{Title: "a\x7fb"}, false},
		{"markup", frontMatter{Title: "a <b> tag"}, false},
		{"link", frontMatter{Title: "see [x](y)"}, false},
		{"tags", frontMatter{Title: "Tagged", Tags: []yamlText{"one", "two"}}, true},
		{"tags quoted", frontMatter{Title: "Tagged", Tags: []yamlText{"x:y", "a,b", "it's", "#x", "q?", "{a}", "Ĭx", "a b"}}, true},
		{"tag of a digit", frontMatter{Tags: []yamlText{"one", "2024"}}, false},
		{"empty tag", frontMatter{Tags: []yamlText{""}}, false},
		{"url", frontMatter{URL: "https://example.org/a-b?c=d&e=%20#top", Image: "https://example.org/img/a_b.jpg?w=640&h=480", Title: "A title", Lang: "en-US"}, true},
		{"url ending with a slash", frontMatter{URL: "https://example.org/"}, true},
		{"url with brackets", frontMatter{URL: "https://example.org/?a[]=1"}, false},
		{"long", frontMatter{Title: yamlText(strings.TrimSpace(long))}, true},
		{"longer than 200 bytes", frontMatter{Description: yamlText(strings.TrimSpace(long + long))}, true},
		{"plainMax bytes", frontMatter{Description: yamlText(strings.Repeat("word ", plainMax/5-1) + strings.Repeat("x", plainMax%5+5))}, true},
		{"longer than plainMax", frontMatter{Description: yamlText(strings.Repeat("a", plainMax) + " bc")}, false},
		{"description and image", frontMatter{Description: "A short summary of the day.", Image: "Photo"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fm := tt.fm
			if got := checkPlainFrontMatter(t, &fm); got != tt.plain {
				t.Errorf("plainFrontMatter wrote it: %v, want %v", got, tt.plain)
			}
		})
	}
}

func FuzzPlainFrontMatter(f *testing.F) {
	f.Add("Was wir wollen", "2019-10-19T19:08:00", "Anna Muster", "de", "Die Zeit")
	f.Add("Why? Because (mostly) it's late", "2021-03-03", "Jane Doe", "en", "The Ledger")
	f.Add("No", "0001-01-01T00:00:00Z", "x", "no", "a'b")
	f.Add("C# 3:1 – «x» 50%", "2021-03-03", "Zoë", "de-DE", "https://example.org/a-b?c=d&e=%20#top")
	f.Add("a:", "", "b #c", "true", "東京")
	f.Fuzz(func(t *testing.T, title, date, author, lang, site string) {
		fm := frontMatter{Title: yamlText(title), Date: isoDate(date), Author: yamlText(author), Lang: yamlText(lang), Site: yamlText(site),
			URL: yamlText(site + title), Description: yamlText(title + " " + author), Image: yamlText(lang + site)}
		checkPlainFrontMatter(t, &fm)
	})
}

// FuzzScalarStyle holds one value written plain or single-quoted to yaml.
func FuzzScalarStyle(f *testing.F) {
	for _, s := range []string{"Klimaschutz: Bohren", "It's: 'x'", "#1 hit", "„Ja“", "a:b", "'q", "x #y", "{a}", "yes", "é: x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkPlainFrontMatter(t, &frontMatter{Description: yamlText(s)})
		checkPlainFrontMatter(t, &frontMatter{Tags: []yamlText{yamlText(s)}})
		checkPlainFrontMatter(t, &frontMatter{Title: "Tags", Tags: []yamlText{"one", yamlText(s), "x:y"}})
	})
}

// BenchmarkFrontMatter writes an HTML page's front matter (a headline with
// a colon, a URL, a description, an image, tags) with plainFrontMatter and
// with yaml.
func BenchmarkFrontMatter(b *testing.B) {
	fm := frontMatter{
		Title: "Stadtrat: Neue Brücke über die Oder kommt später", Date: "2021-03-03T10:12:00+01:00",
		Author: "Anna Muster", Site: "Die Zeitung", URL: "https://example.org/lokal/stadtrat-bruecke-oder-123.html",
		Lang: "de", Description: "Die neue Brücke wird teurer und kommt zwei Jahre später, sagt die Verwaltung.",
		Image: "https://example.org/img/bruecke.jpg?w=1200", Tags: []yamlText{"Stadtrat", "Verkehr", "Oder"},
	}
	for _, bb := range []struct {
		name  string
		write func(*frontMatter) ([]byte, error)
	}{{"plain", func(fm *frontMatter) ([]byte, error) {
		out, ok := plainFrontMatter(fm)
		if !ok {
			b.Fatal("not plain")
		}
		return out, nil
	}}, {"yaml", yamlFrontMatter}} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := bb.write(&fm); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
