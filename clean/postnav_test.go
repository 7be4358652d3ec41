package clean

import "testing"

func TestPostNav(t *testing.T) {
	runTextRule(t, PostNav, []textRuleCase{
		{"german next", "Nächster Beitrag Die Brücke am Hafen ist wieder offen", true},
		{"german label alone", "Vorheriger Artikel", true},
		{"english with colon", "Previous article: A new mayor for the valley", true},
		{"glued headline", "Next storyHow the river town rebuilt its school", true},
		{"french", "Article suivant Le port de pêche rouvre au printemps", true},
		{"spanish", "Artículo anterior: Lluvias intensas en el norte", true},
		{"bare next with colon", "Next: How to bake bread at home", true},
		{"bare next without colon", "Next Tuesday the council meets again to vote on the plan", false},
		{"sentence with next", "Next, open the settings and choose the new account.", false},
		{"word starting with next", "Nextcloud bringt eine neue Version heraus", false},
		{"label in a sentence", "Im nächsten Beitrag erklären wir, wie man den Garten winterfest macht.", false},
		{"lower-case after label", "Previous post was about gardening in spring", false},
	})
}
