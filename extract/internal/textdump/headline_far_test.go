package textdump

import (
	"fmt"
	"strings"
	"testing"
)

// TestTextTitleFarAbove checks that a headline far above the article, over
// a long list (a live ticker, a list of ingredients or of links), is found
// when its date or byline stands under it, and only then.
func TestTextTitleFarAbove(t *testing.T) {
	links := func(word string) []string {
		var ls []string
		for k := 1; k <= 85; k++ {
			ls = append(ls, fmt.Sprintf("  • %s %d", word, k))
		}
		return ls
	}
	cases := []struct {
		name     string
		headline string
		under    string // the line under the headline
		list     []string
		paras    []string
		want     string
	}{
		{"Spanish headline dated", "Crónica: el puerto reabre el muelle de los ferris", "14 de marzo de 2024", links("Sección"), []string{
			"El muelle de los ferris de Puerto Aldea ha estado vacío durante veinte años, y el consejo quiere ahora que vuelvan los barcos. La votación puso fin a un debate que dividía la ciudad desde que salió el último barco.",
			"La construcción del nuevo muelle durará dos años y costará más de lo que la ciudad gasta en sus calles en una década. El estado ha prometido pagar la mayor parte de la obra.",
			"Las navieras han dicho que volverán cuando el muelle sea seguro, y la primera ya ha pedido una fecha. El capitán del puerto espera los primeros barcos en la primavera siguiente.",
		}, "Crónica: el puerto reabre el muelle de los ferris"},
		{"German headline with a byline", "Liveticker: Der Hafen öffnet die Fähranleger wieder", "Von Anna Muster", links("Rubrik"), []string{
			"Der Fähranleger von Hafenstadt steht seit zwanzig Jahren leer, und der Rat will die Fähren nun zurückholen. Die Abstimmung beendete einen Streit, der die Stadt seit der letzten Abfahrt gespalten hatte.",
			"Der Bau des neuen Anlegers wird zwei Jahre dauern und mehr kosten, als die Stadt in zehn Jahren für ihre Straßen ausgibt. Das Land hat versprochen, den größten Teil zu zahlen.",
			"Die Reedereien wollen zurückkehren, sobald der Anleger sicher ist, und die erste hat schon nach einem Termin gefragt. Der Hafenmeister erwartet die ersten Schiffe im übernächsten Frühjahr.",
		}, "Liveticker: Der Hafen öffnet die Fähranleger wieder"},
		{"undated line far above is no headline", "Le port rouvre le quai des ferries", "Partager", links("Rubrique"), []string{
			"Le quai des ferries de Port-Aldée est vide depuis vingt ans, et le conseil veut maintenant faire revenir les bateaux. Le vote a mis fin à un débat qui divisait la ville depuis le départ du dernier bateau.",
			"La construction du nouveau quai durera deux ans et coûtera plus que ce que la ville dépense pour ses rues en dix ans. L'État a promis de payer la plus grande partie des travaux.",
			"Les compagnies ont dit qu'elles reviendraient quand le quai serait sûr, et la première a déjà demandé une date. Le capitaine du port attend les premiers bateaux au printemps suivant.",
		}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ls := []string{"Stadtblatt", "", c.headline, "", c.under, ""}
			ls = append(ls, c.list...)
			for _, p := range c.paras {
				ls = append(ls, "", p)
			}
			doc, err := extractText([]byte(strings.Join(ls, "\n")))
			if err != nil {
				t.Fatal(err)
			}
			if c.want != "" && doc.Title != c.want {
				t.Errorf("title = %q, want %q", doc.Title, c.want)
			}
			if c.want == "" && doc.Title == c.headline {
				t.Errorf("title = %q, the undated line far above", doc.Title)
			}
		})
	}
}
