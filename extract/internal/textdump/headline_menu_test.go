package textdump

import (
	"strings"
	"testing"
)

func TestInMenuRun(t *testing.T) {
	cases := []lineCase{
		{"an entry of a navigation bar", "Start\nPolitik\nWirtschaft\nKultur\nSport\nReisen\nWetter", "Kultur", true},
		{"the first entry", "Accueil\nPolitique\nÉconomie\nCulture\nSport\nVoyages", "Accueil", true},
		{"the run's last line may be the headline", "Inicio\nPolítica\nEconomía\nCultura\nDeportes\nEl puerto vuelve a abrir", "El puerto vuelve a abrir", false},
		{"too few lines for a menu", "Home\nNews\nSport\nWeather\nThe pier reopens", "News", false},
		{"an empty line splits the run", "Strona główna\nPolityka\nGospodarka\n\nKultura\nSport\nPogoda", "Polityka", false},
		{"a long line is no menu entry", "Home\nNews\nSport\nThe town council votes to rebuild the old ferry pier\nWeather\nTravel\nContact", "The town council votes to rebuild the old ferry pier", false},
		{"a sentence is no menu entry", "Home\nNews\nSport\nIt rained.\nWeather\nTravel\nContact", "It rained.", false},
	}
	testLines(t, "inMenuRun", inMenuRun, cases)
}

// TestTextTitleNotFromMenu checks that an entry of a menu set between the
// headline and the date, as an innerText dump shows a section's navigation,
// does not win over the headline.
func TestTextTitleNotFromMenu(t *testing.T) {
	dump := strings.Join([]string{
		"Port Aldery Gazette", "",
		"The town council of Port Aldery votes to rebuild the old ferry pier", "",
		"Harbour", "Council", "Town", "Harbour wall", "Events", "Contact", "",
		"March 14, 2024", "",
		"The ferry pier of Port Aldery has stood empty for twenty years, and the council now wants the ferries back. " +
			"The vote of the town council ended a debate that had split the town since the last boat left.", "",
		"Building the new pier will take two years and cost more than the town spends on its roads in a decade. " +
			"The state has promised to pay for most of it, the council says, and to rebuild the wall of the old harbour.", "",
		"Ferry companies have said they would return once the pier is safe, and the first of them has asked for a date. " +
			"The harbour master expects the first boats in the spring after next.",
	}, "\n")
	wantTextTitle(t, dump, "The town council of Port Aldery votes to rebuild the old ferry pier")
}
