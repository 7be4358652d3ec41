package clean

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/internal/lang"
)

func TestAuthorBio(t *testing.T) {
	runTextRule(t, AuthorBio, []textRuleCase{
		{"german blogger", "Hallo, ich bin Anna, Gärtnerin und Autorin dieses Blogs. Hier schreibe ich über Beete und Balkone.", true},
		{"german plain", "Ich bin Tom, Vater von zwei Kindern und leidenschaftlicher Koch.", true},
		{"english writer", "Jane Doe writes about science and health for the magazine.", true},
		{"three names, then the verb", "Anna Maria Muster schreibt über Politik.", true},
		{"first name only, then a role", "Jake is the founder of the studio.", true},
		{"names without a verb of writing", "Anna Muster und Tom Lee haben gewonnen.", false},
		{"german editor", "Max Muster schreibt seit 2010 über Wirtschaft und Verkehr.", true},
		{"english role", "Sam Lee is a senior writer at the magazine, covering energy and climate.", true},
		{"german role", "Eva Beispiel ist Redakteurin im Ressort Wirtschaft.", true},
		{"german teaches", "Paul Muster lehrt Geschichte an der Universität Basel.", true},
		{"english news sentence", "The minister is confident that the law will pass.", false},
		{"german news sentence", "Die Stadt Basel ist bereit, die Kosten zu tragen.", false},
		{"spanish", "María López escribe sobre cultura y viajes.", true},
		{"article sentence", "Ich bin sehr froh, dass wir das geschafft haben, sagte die Trainerin.", false},
		{"german the author", "Der Autor ist Professor an der Universität und berät Kliniken.", true},
		{"a headline naming the author", "Die Autorin Anna Muster im Gespräch über ihren Roman „Hafenwinter“", false},
		{"first name and a role", "Jake is the co-founder of a small consultancy and writes about compilers.", true},
		{"german first name and a role", "Inga ist Head of Social bei einem Verlag.", true},
		{"question", "Was ist offenes Wissen und warum zählt es?", false},
		{"place is a great place", "The old mill shop is a great place to buy bread for a picnic.", false},
		{"award-winning author", "Mary Ann Smith is an award-winning author of three novels.", true},
		{"city is the capital", "Berlin is the capital of Germany and its largest city.", false},
		{"thing with an article", "The Bod Pod is the main device used for this kind of test, with good accuracy.", false},
		{"introductory word and comma", "Today, Argentina is a dominant force in the sport.", false},
		{"german thing", "Die Deutsche Bahn ist Redakteur ihrer eigenen Geschichte.", false},
		{"name then other verb", "Peter Schmidt sagte am Montag, die Arbeiten seien fast abgeschlossen.", false},
		{"quoting what a writer wrote", "Anna Berger writes that the new harbour plan ignores the fishermen who use the old quay.", false},
		{"german quote of a writer", "Max Muster schreibt, dass die Brücke noch zwei Jahre halten wird.", false},
		{"a colon opens the quote", "As Tom Fischer reports in the evening paper:", false},
	})
}

// TestBioTurn holds bioTurn, which lowers ASCII words on the stack, to the
// look-up of every word lowered by lang.ToLower.
func TestBioTurn(t *testing.T) {
	ref := func(ws []string) bool {
		for _, w := range ws {
			if w == "is" || w == "ist" || bioVerbs[lang.ToLower(w)] {
				return true
			}
		}
		return false
	}
	verbs := keysOf(bioVerbs)
	tests := []struct {
		name string
		ws   []string
	}{
		{"none", nil},
		{"is", []string{"Doe", "is", "a"}},
		{"a verb in capitals", []string{"Doe", strings.ToUpper(verbs[0]), "about"}},
		{"a verb capitalised", []string{"Doe", strings.ToUpper(verbs[len(verbs)-1][:1]) + verbs[len(verbs)-1][1:]}},
		{"no verb", []string{"Die", "Stadt", "plant"}},
		{"outside ASCII", []string{"Müller", "Über", "ÜBER"}},
		{"a long word", []string{"Donaudampfschifffahrtsgesellschaftskapitän", "Xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"}},
	}
	for _, v := range verbs {
		tests = append(tests, struct {
			name string
			ws   []string
		}{"verb " + v, []string{"Anna", strings.ToUpper(v)}})
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, want := bioTurn(tt.ws), ref(tt.ws); got != want {
				t.Errorf("bioTurn(%q) = %v, want %v", tt.ws, got, want)
			}
		})
	}
}
