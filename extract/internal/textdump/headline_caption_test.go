package textdump

import (
	"strings"
	"testing"

	"github.com/pare-dev/pare/extract/internal/dates"
)

func TestIsCaption(t *testing.T) {
	cases := []struct {
		name string
		line string
		want bool
	}{
		{"credit in brackets", "Die Brücke im Winter (Foto: Anna Muster)", true},
		{"credit after the caption", "Die Brücke im Winter. Foto: Anna Muster", true},
		{"German picture credit", "Bild: Anna Muster – Die Brücke im Winter", true},
		{"agency at the end", "A ferry leaves the harbour at dawn Getty Images", true},
		{"copyright sign", "Le port au petit matin © Anne Exemple", true},
		{"Spanish source", "El puerto al amanecer. Fuente: Ana Ejemplo", true},
		{"Spanish gallery counter", "Foto 1 de 1", true},
		{"German gallery counter", "Bild 3 von 10", true},
		{"English gallery counter with a slash", "Photo 2/5", true},
		{"news agency after the caption", "Un grupo de pingüinos en la Antártida. EFE", true},
		{"German agency after the caption", "Die Fähre verlässt den Hafen. dpa", true},
		{"a headline about a gallery", "Bild des Tages: 10 Fähren im Nebel", false},
		{"a headline ending with an abbreviation", "The harbour opens to ferries again. Or not", false},
		{"a headline about a photo", "Neuer Blick auf das Blue-Marble-Foto: Die Erde aus dem All", false},
		{"a headline naming a picture", "Das Bild des Jahres zeigt eine Fähre im Nebel", false},
		{"a plain headline", "Harbour town votes to rebuild its old pier", false},
		{"brackets without a credit", "Harbour town votes to rebuild its pier (again)", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := isCaption(c.line); got != c.want {
				t.Errorf("isCaption(%q) = %v, want %v", c.line, got, c.want)
			}
		})
	}
}

// FuzzCaptionLine holds captionLine to isCaption on any text.
func FuzzCaptionLine(f *testing.F) {
	for _, s := range []string{"Die Brücke im Winter (Foto: Muster)", "A bridge in winter Getty Images", "Penguins on the ice. AFP",
		"Foto 1 de 5", "Photo By Sam", "ISTOCK", "Hafen baut neuen Anleger", "Brücke (links)", "(C) 2024 Muster",
		"Die Brücke im Winter © Muster", "Brücke. CRÉDIT Muster", "Brücke ISTOC\u212A", "GETTY \u0130MAGES", "Fähre \xff stock"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := captionLine(s), isCaption(s); got != want {
			t.Errorf("captionLine(%q) = %v, want %v", s, got, want)
		}
	})
}

// TestCreditFreeMarks checks that no credit mark, in any case and inside
// a line, passes for free of credits: a mark added to creditMarks needs
// creditFree to know it.
func TestCreditFreeMarks(t *testing.T) {
	for _, m := range creditMarks {
		for _, s := range []string{m, strings.ToUpper(m), "A bridge in winter " + m + " Sam"} {
			t.Run(s, func(t *testing.T) {
				if creditFree(s) {
					t.Errorf("creditFree(%q) = true", s)
				}
			})
		}
	}
	if !creditFree("Hafen baut neuen Anleger") {
		t.Error("a headline is not free of credits")
	}
}

// FuzzDateName holds dateName to the lookup of the word lower-cased.
func FuzzDateName(f *testing.F) {
	for _, s := range []string{"März", "MONDAY", "Januar", "sept", "Wednesday1", "KELVIN", "\u212Aelvin", "İstanbul", "mayo", "x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, w string) {
		lw := strings.ToLower(w)
		if got, want := dateName(w), dates.MonthNames[lw] > 0 || dates.WeekdayNames[lw]; got != want {
			t.Errorf("dateName(%q) = %v, want %v", w, got, want)
		}
	})
}

// galleryCounterAll is galleryCounter without its look at the first
// letter: FuzzGalleryCounter holds galleryCounter to it.
func galleryCounterAll(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) < 2 || len(ws) > 4 || !pictureWords[ws[0]] {
		return false
	}
	switch len(ws) {
	case 2:
		a, b, ok := strings.Cut(ws[1], "/")
		return ok && dates.IsDigits(a) && dates.IsDigits(b)
	case 4:
		return dates.IsDigits(ws[1]) && (counterWords[ws[2]] || ws[2] == "/") && dates.IsDigits(ws[3])
	}
	return false
}

// FuzzGalleryCounter holds galleryCounter to galleryCounterAll.
func FuzzGalleryCounter(f *testing.F) {
	for _, s := range []string{"Foto 1 de 5", "BILD 3 von 10", "Photo 2 of 5", "Image 1/4", " foto 1/2", "Zdjęcie 1 z 4", "Hafen 1 von 2", "@foto 1/2", "\x60oto 1/2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := galleryCounter(s), galleryCounterAll(s); got != want {
			t.Errorf("galleryCounter(%q) = %v, want %v", s, got, want)
		}
	})
}
