package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/clean"
)

// TestTextFixtures checks what matters in each fixture apart from the golden
// files: the metadata read, the article text kept and the chrome dropped.
func TestTextFixtures(t *testing.T) {
	tests := []struct {
		file, title, date, author, lang string
		keep, drop                      []string
	}{
		{
			file: "de_news_w3m", title: "Neue Brücke über die Wiese wird im Frühjahr eröffnet",
			date: "2019-10-19T14:30:00", author: "Anna Beispiel", lang: "de",
			keep: []string{"Nach zwei Jahren Bauzeit", "## Was noch fehlt", "erklärte eine Sprecherin des Verbands."},
			drop: []string{"Startseite", "Teilen", "Foto: Stadtverwaltung", "Mehr zum Thema", "Hochwasserschutz", "Cookies", "Alle Rechte vorbehalten", "[bruecke"},
		},
		{
			file: "en_news_innertext", title: "Volunteers count a record number of swifts over the river valley",
			date: "2025-10-17T09:12:00", author: "Jane Doe", lang: "en",
			keep: []string{"The annual survey found", "## Why the numbers matter", "leave gaps under their roof tiles open."},
			drop: []string{"home-icon", "Share this article", "newsletter", "Bats return", "saw dozens of them", "community guidelines", "©"},
		},
		{
			file: "es_blog_w3m", title: "Tortilla de patatas al estilo de mi abuela",
			date: "2019-10-17", author: "María López", lang: "es",
			keep: []string{"Hay platos que saben a casa", "## Ingredientes", "- Cinco huevos grandes", "sigue un poco cremoso."},
			drop: []string{"Buscar", "Compartir", "Gazpacho", "Deja un comentario", "obligatorios", "Publicar", "derechos reservados"},
		},
		{
			file: "fr_news_w3m", title: "Le tramway de la ville desservira l'aéroport dès 2021",
			date: "2018-08-02T17:45:00", author: "Jean Dupont", lang: "fr",
			keep: []string{"La métropole a voté jeudi soir", "## Une opposition inquiète des coûts", "prévue pour le début de l'année prochaine."},
			drop: []string{"Partager", "Imprimer", "À lire aussi", "Les bus gratuits", "cookies", "Tous droits réservés", "Société > Transports"},
		},
		{
			file: "de_docs_w3m", title: "Konfiguration über Umgebungsvariablen", date: "2023-05-04", lang: "de",
			keep: []string{"## Namensschema", `\# Dieser Kommentar`, "```\nexport SERVER_HTTP_PORT=8081\nexec server --config=/etc/server.yaml\nif (port == 0) { port = 8080; }\n```", "1. Optionen auf der Kommandozeile", "3. Werte aus der Konfigurationsdatei", `\- Ein Minuszeichen`},
			drop: []string{"Auf GitHub bearbeiten", "War diese Seite hilfreich", "[Ja]", "CC BY 4.0", "Dokumentation »"},
		},
		{
			file: "pl_news_innertext", title: "Nowa linia kolejowa połączy dwa miasta szybciej niż autostrada",
			date: "2019-10-17T08:15:00", lang: "pl",
			keep: []string{"Pociągi na nowej trasie", "w jedną stronę."},
			drop: []string{"Udostępnij", "Reklama", "Zobacz także", "Remont dworca", "cookies", "prawa zastrzeżone"},
		},
		{
			file: "en_podcast_w3m", title: "Episode 42: The quiet history of public libraries",
			date: "2021-03-03", author: "Sam Writer", lang: "en",
			keep: []string{"In this episode we talk", "## Show notes", "tell a friend about it."},
			drop: []string{"0:00", "45:12", "Mute", "Share this", "Like this", "Leave a Reply", "Required fields", "All rights reserved", "[episode-cover]"},
		},
		{
			file: "nl_news_innertext", title: "Gemeente opent nieuwe fietsenstalling onder het station",
			date: "2016-03-03", lang: "nl",
			keep: []string{"Onder het stationsplein", "naar een depot gebracht."},
			drop: []string{"Delen", "Lees ook", "Meer nieuws", "Nieuwe bibliotheek", "cookies", "©"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "testdata", "text", tt.file+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := ExtractBytes(b, Options{})
			if err != nil {
				t.Fatalf("ExtractBytes: %v", err)
			}
			if doc.Format != article.Text {
				t.Errorf("format = %v, want text", doc.Format)
			}
			if doc.Title != tt.title {
				t.Errorf("title = %q, want %q", doc.Title, tt.title)
			}
			if got := doc.Date.String(); got != tt.date {
				t.Errorf("date = %q, want %q", got, tt.date)
			}
			if doc.Author != tt.author {
				t.Errorf("author = %q, want %q", doc.Author, tt.author)
			}
			if doc.Lang != tt.lang {
				t.Errorf("lang = %q, want %q", doc.Lang, tt.lang)
			}
			body := doc.Body()
			for _, s := range tt.keep {
				if !strings.Contains(body, s) {
					t.Errorf("body lacks %q", s)
				}
			}
			for _, s := range tt.drop {
				if strings.Contains(body, s) {
					t.Errorf("body keeps chrome %q", s)
				}
			}
			if strings.Contains(body, "# "+tt.title) || strings.Count(body, tt.title) > 0 {
				t.Errorf("body repeats the title")
			}
			if len(doc.Removed) == 0 {
				t.Errorf("no removals recorded")
			}
		})
	}
}

// TestTextRemovalsNamed checks that what the text path drops is recorded
// under the name of the rule that dropped it.
func TestTextRemovalsNamed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "testdata", "text", "en_podcast_w3m.txt"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ExtractBytes(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"0:00":          clean.PlayerLabel.Name,
		"Share this:":   clean.ShareBar.Name,
		"Leave a Reply": clean.CommentsHeading.Name,
	}
	got := map[string]string{}
	for _, r := range doc.Removed {
		got[r.Text] = r.Rule
	}
	for text, rule := range want {
		if got[text] != rule {
			t.Errorf("removal of %q by %q, want %q", text, got[text], rule)
		}
	}
}
