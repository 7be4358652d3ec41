package clean

import "strings"

// SupportPrompt matches a plea for money, a subscription or a reaction that
// a site sets under or inside an article: "Unterstützen Sie unseren
// Journalismus", "Jede Spende hilft", "Hat Ihnen der Artikel gefallen?".
var SupportPrompt = TextRule{
	Name: "support-prompt",
	Gate: &Gate{Max: 250, Words: append([]string{"spende", "donate"}, supportPhrases.phrases...), Prefixes: []string{"unterstütze ", "follow ", "folgen sie ", "folge ", "sigue a "}},
	MatchLine: func(ln *Line) bool {
		lower := ln.Lower()
		if ln.RunesOver(250) {
			return false
		}
		l := lower
		return ln.lowerHas(supportPhrases) ||
			// "spende" at the line's start or after a space, not inside
			// "suspender".
			strings.HasPrefix(l, "spende") || strings.Contains(l, " spende") ||
			strings.HasPrefix(l, "unterstütze ") || followOn(l) || donateButton(l)
	},
}

// supportPhrases ask for money, a subscription, a reaction or a follow.
var supportPhrases = newPhraseSet(
	"unterstützen sie", "unterstütze uns", "jetzt unterstützen", "spenden sie",
	"support us", "support our journalism", "support independent", "donate now", "donate today", "please donate", "make a donation",
	"faire un don", "je fais un don", "soutenez", "donación", "dona ahora", "apoya",
	"wesprzyj", "sostienici", "doneer",
	"artikel gefallen", "gefällt ihnen dieser artikel", "wie bewerten sie", "hat ihnen der beitrag",
	"did you enjoy this", "did you like this article", "was this article helpful", "war dieser artikel hilfreich",
	"war diese seite hilfreich", "lesen sie gern", "cancela cuando quieras", "jetzt teilen", "ihr beitrag hilft",
	"im abo", "ins abo", "abo abschließen", "jetzt abonnieren", "subscription", "hazte miembro", "instant access",
	"online access", "follow us", "folgen sie uns", "folge uns", "síguenos", "suivez-nous", "obserwuj nas",
	"download the app", "app herunterladen", "in den kommentaren", "in the comments",
	"sie lesen gern", "gefällt dir unser", "gefällt ihnen unser", "if you enjoyed reading", "if you enjoyed this",
	"consider supporting", "letter to the editor", "ios and android", "ios und android", "ios y android",
	"telegram channel", "canal de telegram", "telegram-kanal", "whatsapp channel", "canal de whatsapp", "whatsapp-kanal",
	"youtube channel", "canal de youtube", "youtube-kanal", "chaîne youtube", "besuchen sie unseren", "do subskrypcji",
	"einfach nur unterstützen", "unterzeichnen sie jetzt", "jetzt unterzeichnen", "petition unterschreiben", "petition unterzeichnen",
	"sign the petition", "signez la pétition", "firma la petición",
)

// donateButton reports whether a short line holds the word "donate", as a
// site's button or link does ("Donate", "Donate to our fund"). In a
// sentence ("…was able to donate the supplies") and in other words
// ("les donateurs") it is the article's.
func donateButton(l string) bool {
	if runesOver(l, 60) {
		return false
	}
	for i := strings.Index(l, "donate"); i >= 0; {
		end := i + len("donate")
		if (i == 0 || !isLetterByte(l[i-1])) && (end == len(l) || !isLetterByte(l[end])) {
			return true
		}
		k := strings.Index(l[end:], "donate")
		if k < 0 {
			break
		}
		i = end + k
	}
	return false
}

// isLetterByte reports whether an ASCII byte is a letter; bytes of other
// scripts count as letters too, so a word never ends inside one.
func isLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// AffiliateNote matches a note that links on the page earn the site a
// commission, or that the post is advertising.
var AffiliateNote = TextRule{
	Name: "affiliate-note",
	Gate: &Gate{Max: 400, Words: joined(affiliateWords.phrases, paidWords.phrases)},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(400) {
			return false
		}
		return ln.lowerHas(affiliateWords) || ln.lowerHas(paidWords) && ln.lowerHas(linkWord)
	},
}

// affiliateWords say that links earn the site money or that the post is
// advertising; paidWords name a payment, which makes a note of one with
// linkWord.
var (
	affiliateWords = newPhraseSet("affiliate", "enthält werbung", "advertising disclosure", "may receive compensation", "advertisers do not influence")
	paidWords      = newPhraseSet("provision", "commission", "compensation")
	linkWord       = newPhraseSet("link")
)

// followOn reports whether a line asks the reader to follow the site on a
// network: "Follow The Daily on Twitter and Instagram".
func followOn(l string) bool {
	if !strings.HasPrefix(l, "follow ") && !strings.HasPrefix(l, "folgen sie ") && !strings.HasPrefix(l, "folge ") && !strings.HasPrefix(l, "sigue a ") {
		return false
	}
	return containsAny(l, "twitter", "instagram", "facebook", "tiktok", "youtube", "linkedin", "mastodon", "bluesky", "threads")
}
