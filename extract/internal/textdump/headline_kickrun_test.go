package textdump

import "testing"

func TestLabelRunInto(t *testing.T) {
	cases := []struct {
		name string
		dump string
		want string // the headline the label runs into, "" for none
	}{
		{"a section's label over its headline", "Radsport\nDie Tour der Küste: Wer am Hafen gewinnt und warum", "Die Tour der Küste: Wer am Hafen gewinnt und warum"},
		{"an English section", "Harbour News\nFerry pier of the old town is to be rebuilt", "Ferry pier of the old town is to be rebuilt"},
		{"an empty line between them", "Radsport\n\nDie Tour der Küste: Wer am Hafen gewinnt und warum", ""},
		{"a label too long", "Alles rund um den Radsport\nDie Tour der Küste: Wer am Hafen gewinnt und warum", ""},
		{"a label that ends a sentence", "Mehr lesen.\nDie Tour der Küste: Wer am Hafen gewinnt und warum", ""},
		{"a short line under the label", "Radsport\nDie Tour der Küste", ""},
		{"the label's date and byline under it", "Liebe Freunde am Hafen\nVeröffentlicht am 3. Mai 2021 von anna", ""},
		{"a figure opens the line under it", "Radsport\n12 Etappen, 3 Länder und 1 Sieger am Hafen", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			lines := readLines(c.dump)
			got := ""
			if i := labelRunInto(lines, 0); i >= 0 {
				got = lines[i].text
			}
			if got != c.want {
				t.Errorf("labelRunInto = %q, want %q", got, c.want)
			}
		})
	}
	t.Run("a label the page shows twice", func(t *testing.T) {
		lines := readLines("Blockhaus 2\nBlockhaus 4\nAnfahrt\nBlockhaus 4\nFerienhaus für vier Gäste mit Blick auf den See")
		if i := labelRunInto(lines, 3); i >= 0 {
			t.Errorf("labelRunInto = %q, want none", lines[i].text)
		}
	})
}
