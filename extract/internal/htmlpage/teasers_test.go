package htmlpage

import (
	"strings"
	"testing"
)

func TestTeaserRail(t *testing.T) {
	article := `<p>The harbour board met again on Monday to decide how the new pier will be paid for, and after three hours
of debate it agreed that the town and the region will share the cost in equal parts over ten years.</p>
<p>The old pier, built of timber in 1910, has been closed to the public since a storm tore away its end two winters ago,
and the ferries have landed at a temporary pontoon in the inner harbour ever since.</p>
<p>Work on the new concrete structure is due to begin in the autumn, once the summer ferries stop, and the contractor
expects it to take eighteen months if the weather allows work through most of the winter.</p>
<p>Fishermen asked the board for a longer landing stage on the seaward side, and the board said it would look at the
cost of that before the contract is signed in September.</p>`
	teaser := func(head, summary, when string) string {
		return `<h3><a href="/n/` + strings.ReplaceAll(head, " ", "-") + `">` + head + `</a></h3><p>` + summary + `</p><p>` + when + `</p>`
	}
	tests := []struct {
		name string
		lang string
		tail string
		cut  bool
		gone string // a phrase of the tail that must go, or stay when !cut
	}{
		{"sections of headlines with relative times", "en", `<h2>World</h2>` +
			teaser("Floods close the coast road", "Rain fell all night on the hills above the bay.", "32M ago") +
			teaser("Ferry strike called off", "The union and the company agreed on pay.", "2H ago") +
			`<h2>U.S.</h2>` + teaser("Bridge vote delayed again", "The council wants a second survey first.", "5H ago"), true, "Ferry strike called off"},
		{"german rail without times", "de", `<h2>Mehr aus der Region</h2>` +
			teaser("Neue Buslinie ab Mai", "Die Linie fährt alle zwanzig Minuten.", "") +
			teaser("Stadtfest abgesagt", "Der Veranstalter nennt die Kosten.", "") +
			teaser("Hafen wird ausgebaggert", "Die Arbeiten dauern bis zum Herbst.", ""), true, "Stadtfest abgesagt"},
		{"spanish headlines with dates", "es", teaser("Cierra el puerto por la tormenta", "El viento superó los cien kilómetros por hora.", "3 de julio") +
			teaser("Nuevo horario de los ferris", "Los barcos saldrán cada hora en verano.", "2 de julio") +
			teaser("El ayuntamiento aprueba el presupuesto", "La oposición votó en contra.", "1 de julio"), true, "Nuevo horario de los ferris"},
		{"the article's own short sections", "de", `<h4>Stufe 1</h4><p>Alle Beiträge werden zuerst mit einer Liste abgeglichen.</p>
<h4>Stufe 2</h4><p>Die Nutzer melden unpassende Beiträge selbst.</p><h4>Stufe 3</h4><p>Moderatoren prüfen die Meldungen in zwei Minuten.</p>`, false, "Moderatoren prüfen"},
		{"two teasers are no rail", "en", teaser("Floods close the coast road", "Rain fell all night.", "32M ago") +
			teaser("Ferry strike called off", "The union agreed on pay.", "2H ago"), false, "The union agreed on pay."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := `<html lang="` + tt.lang + `"><head><title>Town and region share the pier's cost</title></head><body><article>
<h1>Town and region share the pier's cost</h1>` + article + tt.tail + `</article></body></html>`
			body, doc := bodyText(t, page)
			if !strings.Contains(body, "share the cost in equal parts") {
				t.Fatalf("article lost:\n%s", body)
			}
			if got := strings.Contains(body, tt.gone); got == tt.cut {
				t.Errorf("body holds %q: %v, want %v:\n%s", tt.gone, got, !tt.cut, body)
			}
			explained := false
			for _, r := range doc.Removed {
				explained = explained || r.Rule == "teaser-rail" && strings.Contains(r.Text, tt.gone)
			}
			if explained != tt.cut {
				t.Errorf("teaser-rail removal explained: %v, want %v", explained, tt.cut)
			}
		})
	}
}
