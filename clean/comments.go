package clean

import "strings"

// CommentPolicy matches a note about reader comments: their rules, the
// need to register, comments being closed or moderated ("Comments are
// moderated according to our guidelines", "Kommentare sind geschlossen").
var CommentPolicy = TextRule{
	Name: "comment-policy",
	Gate: &Gate{Max: 700, Words: commentWords.phrases},
	MatchLine: func(ln *Line) bool {
		if ln.RunesOver(700) || !ln.lowerHas(commentWords) {
			return false
		}
		return ln.lowerHas(commentPolicyWords)
	},
}

// commentWords name comments; commentPolicyWords say what the rules for
// them are or that they are closed.
var (
	commentWords       = newPhraseSet("comment", "kommentar", "kommentier", "comentari", "comentar ", "commentair", "commento", "commenti", "komentarz", "reactie")
	commentPolicyWords = newPhraseSet("policy", "guideline", "rules", "register", "log in", "sign in", "moderat", "closed",
		"regeln", "richtlinie", "netiquette", "registrier", "anmelden", "eingeloggt", "geschlossen", "freigeschaltet",
		"politique", "charte", "modér", "connect", "fermé",
		"normas", "política", "regist", "cerrad", "moderad",
		"regolamento", "chiusi", "zasady", "regulamin", "zamknięt", "zaloguj",
		"akismet", "e-mail-adresse wird nicht", "email address will not", "pflichtfelder", "required fields",
		"nachstehenden felder", "folgenden felder", "fields below", "disqus")
)

// CommentsHeading matches the heading of a comment section or a prompt to
// comment: "3 Kommentare", "Leave a Reply", "Schreibe einen Kommentar".
var CommentsHeading = TextRule{
	Name: "comments-heading",
	Gate: &Gate{Max: 120, FirstWords: firstWords(commentHeadings)},
	MatchLine: func(ln *Line) bool {
		s := ln.Text()
		if ln.RunesOver(120) || strings.ContainsAny(s, "{}") || strings.Contains(s, "│") {
			return false // a line of code or a table row
		}
		if !commentHeadingStarts[ln.foldedFirstWord()] {
			return false // no heading is the folded line or starts it
		}
		f := ln.Folded()
		if commentHeadingSet[f] {
			return true
		}
		// A longer line that ends like a sentence says something about a
		// comment; it heads nothing. The heading is the line up to one of
		// its spaces.
		for i := 0; i < len(f); i++ {
			if f[i] != ' ' {
				continue
			}
			if p := f[:i]; commentHeadingSet[p] && (len(strings.Fields(f)) <= 5 || strings.Contains(p, " ")) && !strings.HasSuffix(strings.TrimSpace(s), ".") {
				return true
			}
		}
		return false
	},
}

// commentHeadingSet holds the commentHeadings, to look a line up at once.
var commentHeadingSet = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range commentHeadings {
		m[p] = true
	}
	return m
}()

// commentHeadingStarts holds the first words of the commentHeadings: a
// folded line that one of them is or starts starts with one of these.
var commentHeadingStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range commentHeadings {
		m[firstWordOf(p)] = true
	}
	return m
}()

var commentHeadings = phraseList(`
	comments
	comment
	leave a reply
	leave a comment
	post a comment
	add a comment
	reader comments
	join the discussion
	kommentare
	kommentar
	kommentieren
	leserkommentare
	schreibe einen kommentar
	schreibe eine antwort
	hinterlasse eine antwort
	hinterlasse einen kommentar
	antwort hinterlassen
	schreiben sie einen kommentar
	kommentar schreiben
	kommentar verfassen
	kommentar hinzufügen
	kommentar abgeben
	diskussion
	antworten
	letzte kommentare
	neueste kommentare
	commentaires
	commentaire
	laisser un commentaire
	réagissez
	comentarios
	comentar este artículo
	commenter cet article
	comment on this article
	comentario
	deja un comentario
	deja tu comentario
	dejar un comentario
	commenti
	lascia un commento
	komentarze
	komentarz
	dodaj komentarz
	reacties
	reactie
	laat een reactie achter
	antworten zu
	kommentare zu
	responses to
	replies to
	comments on
	comments to
	réponses à
	respuestas a
	comentarios a
`)
