package textdump

import (
	"strings"
	"unicode"

	"github.com/pare-dev/pare/extract/internal/dates"
	"github.com/pare-dev/pare/internal/lang"
)

// factUnits are the measures and counted things a page's facts are given
// in, beside the units of ingredients (units): times, energy, sizes,
// prices, portions.
var factUnits = lang.WordSet(`min mins minute minutes minuten minuto minutos minuty hr hrs h std stunde stunden hour hours
	hora horas heure heures godz sec sek s tag tage day days día días jour jours dni
	kcal kj cal kalorien calories cm mm m km qm m² kw ps
	eur euro euros chf usd gbp pln zł
	portion portionen porción porciones personen person persons people servings serves
	x stk`)

// factLabels name the facts a recipe, a rating or a counter gives with a
// figure: times, yields, ratings, comments, views.
var factLabels = lang.WordSet(`total prep cook cooking bake baking ready active inactive yield yields servings serves
	ratings rating reviews review votes comments comment likes views shares
	gesamt gesamtzeit zubereitung zubereitungszeit arbeitszeit kochzeit backzeit ruhezeit wartezeit
	portionen bewertungen bewertung kommentare kommentar stimmen aufrufe
	preparación cocción raciones valoraciones comentarios votos
	préparation cuisson repos portions avis commentaires
	przygotowanie porcje komentarze oceny`)

// factLine reports whether a line gives figures and what they count, and
// nothing else, as the facts of a recipe, a rating or a counter of
// comments do ("Total 2 hr 15 min", "Servings 12", "652 Ratings", "für 4
// Personen", "30 Min."): numbers that are no years, units, small words,
// and at most a word that names such a fact. A headline says more.
func factLine(s string) bool {
	if !dates.HasDigit(s) {
		return false
	}
	numbers := 0
	for f := range strings.FieldsSeq(s) {
		w := lang.ToLower(strings.TrimFunc(f, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '€' && r != '$' && r != '%'
		}))
		switch {
		case w == "":
			// a mark: "•", "|", "–"
		case figure(w):
			if !(len(w) == 4 && dates.IsDigits(w) && (w[:2] == "19" || w[:2] == "20")) {
				numbers++
			}
		case units[w] || factUnits[w] || lang.StopLangs[w] != nil || w == "€" || w == "$" || w == "%":
		case factLabels[w]:
		default:
			return false
		}
	}
	return numbers > 0
}

// figure reports whether w is a number, with its decimal mark, range,
// fraction or sign: "12", "4.52", "0,00", "1/2", "10-15", "½", "€5", "20%".
func figure(w string) bool {
	digit := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r) || strings.ContainsRune("½¼¾⅓⅔⅛", r):
			digit = true
		case strings.ContainsRune(".,:/-–+%€$£'’", r):
		default:
			return false
		}
	}
	return digit
}
