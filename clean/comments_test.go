package clean

import "testing"

func TestCommentPolicy(t *testing.T) {
	runTextRule(t, CommentPolicy, []textRuleCase{
		{"disqus", "View the discussion thread. Blog comments powered by Disqus", true},
		{"english guidelines", "All comments are reviewed by our editors according to the community guidelines.", true},
		{"german closed", "Kommentare sind geschlossen.", true},
		{"german register", "Um einen Kommentar zu schreiben, müssen Sie sich registrieren.", true},
		{"spam filter", "Diese Website verwendet Akismet, um Spam zu reduzieren. Erfahre mehr darüber, wie deine Kommentardaten verarbeitet werden.", true},
		{"spanish", "Los comentarios están sujetos a nuestras normas de participación.", true},
		{"fields below", "Wenn Sie diesen Beitrag kommentieren möchten, füllen Sie bitte die nachstehenden Felder aus.", true},
		{"required fields", "Your email address will not be published. Required fields are marked *", false},
		{"article sentence", "In einem Kommentar für die Zeitung schrieb der Minister, die Lage sei ernst.", false},
	})
}

func TestCommentPolicySpanishVerb(t *testing.T) {
	runTextRule(t, CommentPolicy, []textRuleCase{
		{"register to comment", "Para comentar debes registrarte y completar los datos generales.", true},
		{"verb in a sentence", "El ministro se negó a comentar la decisión del tribunal.", false},
	})
}

func TestCommentsHeading(t *testing.T) {
	runTextRule(t, CommentsHeading, []textRuleCase{
		{"count", "3 Kommentare", true},
		{"spanish with count", "Comentar este artículo 2 comentarios", true},
		{"english reply", "Leave a Reply", true},
		{"german reply", "Schreibe eine Antwort", true},
		{"a sentence about an answer", "Schreibe eine Antwort an die Behörde, bevor die Frist endet.", false},
		{"german prompt", "Schreibe einen Kommentar", true},
		{"with colon", "Comments:", true},
		{"french", "Laisser un commentaire", true},
		{"spanish", "Deja un comentario", true},
		{"polish", "Dodaj komentarz", true},
		{"headline", "Kommentar: Die Regierung muss jetzt handeln", false},
		{"replies to a post", "11 Antworten zu „Ein Sonntag am See“", true},
		{"english responses", "3 responses to “A quiet week in the valley”", true},
		{"sentence about a comment", "Kommentar im Blog gepostet.", false},
		{"code", `"Comment": {`, false},
		{"table row", "│ Antworten │ Antworten bis Juni │", false},
		{"sentence", "Comments from the minister drew sharp criticism on Monday.", false},
	})
}
