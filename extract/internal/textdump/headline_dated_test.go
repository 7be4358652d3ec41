package textdump

import "testing"

func TestCutLeadingDate(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"numeric date glued to the headline", "14.03.2023Geschäftsbericht 2022 (Auszug)", "Geschäftsbericht 2022 (Auszug)"},
		{"German date before the headline", "1. Februar 2022 Ministerin stellt den Plan vor", "Ministerin stellt den Plan vor"},
		{"English date and a bar", "March 3, 2024 | Council votes to rebuild the pier", "Council votes to rebuild the pier"},
		{"Spanish date", "14 de marzo de 2024 El puerto reabre el muelle", "El puerto reabre el muelle"},
		{"too little after the date", "03.05.2021 Pressemitteilung", "03.05.2021 Pressemitteilung"},
		{"a sentence going on in small letters", "12. Mai 2020 war ein schöner Tag", "12. Mai 2020 war ein schöner Tag"},
		{"a date inside the headline", "Der Rat tagt am 3. März 2024 im Rathaus", "Der Rat tagt am 3. März 2024 im Rathaus"},
		{"no date", "Council votes to rebuild the pier", "Council votes to rebuild the pier"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := cutLeadingDate(c.in); got != c.want {
				t.Errorf("cutLeadingDate(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestTrimLeadingMarks(t *testing.T) {
	cases := []struct {
		name, in, want string
	}{
		{"a bar glued before", "|Wandern im Herbst am See", "Wandern im Herbst am See"},
		{"a link's arrow", "[> Anna Berger", "Anna Berger"},
		{"a guillemet set apart", "» Das Team", "Das Team"},
		{"a bullet", "• Le port rouvre", "Le port rouvre"},
		{"a guillemet opening a quotation", "»Wir bleiben hier«", "»Wir bleiben hier«"},
		{"brackets of the headline's own", "[Update] Der Hafen öffnet", "[Update] Der Hafen öffnet"},
		{"nothing but marks", "| >", "| >"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := trimLeadingMarks(c.in); got != c.want {
				t.Errorf("trimLeadingMarks(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestGluedAfterDate(t *testing.T) {
	cases := []struct {
		line string
		want bool
	}{
		{"14.03.2023Geschäftsbericht der Stadtwerke 2022", true},
		{"1. Februar 2022Ministerin stellt den Plan vor", true},
		{"14.03.2023 Geschäftsbericht der Stadtwerke 2022", false},
		{"1. Februar 2022 | Ministerin stellt den Plan vor", false},
		{"Geschäftsbericht der Stadtwerke 2022", false},
	}
	for _, c := range cases {
		if got := gluedAfterDate(c.line, cutLeadingDate(c.line)); got != c.want {
			t.Errorf("gluedAfterDate(%q) = %v, want %v", c.line, got, c.want)
		}
	}
}

func TestGluedDateHeadline(t *testing.T) {
	if !gluedDateHeadline("14.03.2023Geschäftsbericht der Stadtwerke 2022") {
		t.Error("a date glued to its headline not found")
	}
	if gluedDateHeadline("14.03.2023 Geschäftsbericht der Stadtwerke 2022") || gluedDateHeadline("Geschäftsbericht der Stadtwerke 2022") {
		t.Error("a date set apart from its headline, or none, taken for a glued one")
	}
}
