package extract

import (
	"strings"
	"unicode"
)

// stopWords are the commonest short words of each language pare knows. A
// line rich in them is running text rather than a menu entry or a label;
// which language's words it holds tells the page's language.
var stopWords = map[string]string{
	"de": `der die das und ist nicht ein eine einen einem einer es sie er wir ich zu mit auf für von den dem des
		im in an als auch sich wird werden wurde hat haben sind war aus bei nach wie noch nur aber so um über
		oder dass wenn man kann mehr schon sei vor durch zum zur diese dieser dieses bis`,
	"en": `the and of to a in is that it for was on with as are be by at this have from or an but not they his
		her which we their has were been you will would can more there who had its than into about also`,
	"es": `el la los las de del y que en un una es por con para no se lo su al como más pero sus le ha este
		esta son fue entre también sobre ya muy sin`,
	"fr": `le la les de des du et un une est que qui dans pour pas sur au avec il elle ce se sont par plus ne
		nous vous mais ont été aux cette son leur être`,
	"it": `il lo la gli le di del della che e un una è per non con sono si come anche più ma nel alla al dei
		delle questo questa`,
	"nl": `de het een en van is dat die in op te voor met niet zijn aan er ook als maar om door bij naar wordt
		deze heeft`,
	"pl": `i w na z się nie do że to jest o jak ale co po od za przez są jego jej ich czy tak już oraz było może
		dla który która które jako`,
	"pt": `o a os as de do da em um uma que e é não para com por se mais mas como foi são ao dos das`,
	"ru": `и в не на что с по как это к из у за от о же для но а то так его её он она они мы вы бы был была
		было были уже или ещё при`,
	"fi": `ja on ei se että oli hän myös kun mutta tai ovat joka sen ole ovat olla kuin jo vain`,
	"sv": `och att det som en på är av för med till den har inte om ett var men de jag från`,
	"cs": `a se na je že v s z do to jako ale by pro o jsou jeho tak už podle`,
}

// stopLangs maps each stop word to the languages it belongs to.
var stopLangs = func() map[string][]string {
	m := map[string][]string{}
	for lang, list := range stopWords {
		for _, w := range strings.Fields(list) {
			m[w] = append(m[w], lang)
		}
	}
	return m
}()

// lineWords splits a line into lower-cased words, punctuation trimmed.
func lineWords(s string) []string {
	f := strings.Fields(strings.ToLower(s))
	out := f[:0]
	for _, w := range f {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// guessLang returns the language whose stop words are the most frequent in
// the texts, or "" when too few are seen to tell.
func guessLang(texts []string) string {
	count := map[string]int{}
	total := 0
	for _, t := range texts {
		for _, w := range lineWords(t) {
			for _, l := range stopLangs[w] {
				count[l]++
			}
			total++
		}
	}
	best, n, second := "", 0, 0
	for l, c := range count {
		if c > n || c == n && l < best {
			best, second, n = l, n, c
		} else if c > second {
			second = c
		}
	}
	if n < 12 || float64(n) < 1.3*float64(second) {
		return ""
	}
	return best
}
