package textdump

import (
	"strings"
	"testing"
)

func TestEmbedCredit(t *testing.T) {
	tests := []struct {
		name, line string
		want       bool
	}{
		{"english date", "— Harbour Board (@harbourboard) March 3, 2021", true},
		{"german date", "— Stadtwerke Nordheim (@sw_nordheim) 14. Juni 2019", true},
		{"hyphen", "- Anna Muster (@anna.muster) 2 May 2020", true},
		{"no account", "— Anna Muster, Hafenmeisterin", false},
		{"no date", "— Anna Muster (@annamuster) on the pier", false},
		{"account with spaces", "— Anna Muster (@anna muster) March 3, 2021", false},
		{"no dash", "Anna Muster (@annamuster) March 3, 2021", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := embedCredit(tt.line); got != tt.want {
				t.Errorf("embedCredit(%q) = %v, want %v", tt.line, got, tt.want)
			}
		})
	}
}

func TestEmbedCreditKept(t *testing.T) {
	long := func(s string) string {
		return s + " Die Gemeinde hat am Dienstag die Pläne für den neuen Garten vorgestellt, der die beiden Ortsteile verbinden soll, und die Anwohner konnten ihre Fragen stellen."
	}
	quote := "    Der neue Garten ist eröffnet, kommt vorbei und seht ihn euch an, wir freuen uns auf euch alle!\n    — Stadt Nordheim (@nordheim) 3. Mai 2021\n"
	dump := "Start\nNeuer Garten\n" + long("Der Garten kommt.") + "\n" + quote + long("Die Kosten trägt das Land.") + "\n" + quote + "\nKontakt\nImpressum\n"
	doc := FromText(dump)
	var body []string
	for _, b := range doc.Blocks {
		body = append(body, b.Plain)
	}
	text := strings.Join(body, "\n")
	if n := strings.Count(text, "(@nordheim) 3. Mai 2021"); n != 2 {
		t.Errorf("the post's credit is shown %d times, want 2:\n%s", n, text)
	}
	if strings.Contains(text, "Impressum") {
		t.Errorf("body holds the footer:\n%s", text)
	}
}
