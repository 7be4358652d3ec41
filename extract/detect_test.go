package extract

import "testing"

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"doctype", "<!DOCTYPE html><html><body>x</body></html>", true},
		{"leading space and html tag", "\n  <html lang=de>", true},
		{"xml prolog", `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, true},
		{"comment first", "<!-- saved page --><html>", true},
		{"fragment", "<div class=post><p>Hello</p></div>", true},
		{"plain dump", "Home News Sport\n\nA headline\n\nSome text of the article.", false},
		{"dump mentioning a tag", "Use the <b> tag for bold text.\nMore text here.", false},
		{"dump with bracket labels", "[logo]\n\nHeadline\n\nText.", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := looksLikeHTML([]byte(tt.in)); got != tt.want {
				t.Errorf("looksLikeHTML = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestIsBinary(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want bool
	}{
		{"text", []byte("Hello\nworld\n"), false},
		{"html", []byte("<html><body>\f</body></html>"), false},
		{"nul bytes", []byte("PK\x03\x04\x00\x00"), true},
		{"control characters", []byte("\x01\x02\x03\x04\x05\x06\x07\x08abc"), true},
		{"utf-16 with bom", []byte{0xFF, 0xFE, 'h', 0, 'i', 0}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isBinary(tt.in); got != tt.want {
				t.Errorf("isBinary = %v, want %v", got, tt.want)
			}
		})
	}
}
