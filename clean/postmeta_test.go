package clean

import "testing"

func TestPostMeta(t *testing.T) {
	runTextRule(t, PostMeta, []textRuleCase{
		{"german", "Dieser Eintrag wurde veröffentlicht in Allgemein und verschlagwortet mit Garten. Permalink.", true},
		{"english", "This entry was posted in News and tagged city, bridge.", true},
		{"french", "Publié dans Société", true},
		{"article", "Dieser Eintrag in das Grundbuch ist seit gestern rechtskräftig.", false},
	})
}
