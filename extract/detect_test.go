package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

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
		{"utf-16le without bom", []byte("<\x00p\x00>\x00H\x00e\x00l\x00l\x00o\x00"), false},
		{"three stray nul bytes in a page", []byte("<html><body><p>" + strings.Repeat("Some text of a page. ", 20) + "\x00\x00\x00</p></body></html>"), false},
		{"mostly nul bytes", append([]byte("<p>"), make([]byte, 600)...), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := isBinary(tt.in); got != tt.want {
				t.Errorf("isBinary = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestLooksLikeHTMLDumpWithLeakedTags(t *testing.T) {
	dump := `<img height="1" width="1" style="display:none" src="https://px.example/p.gif"> <div><img src="https://stats.example/w" alt="">` +
		"\n\n  • Home\n  • Sections\n      □ Region\n      □ World\n" + strings.Repeat("The mayor presented the budget to the council on Monday evening, and the debate ran late.\n\n", 60)
	if looksLikeHTML([]byte(dump)) {
		t.Errorf("a text dump with one leaked line of tags was read as HTML")
	}
	page := "<meta charset=utf-8>\n<style>" + strings.Repeat(".a{color:red}\n", 800) + "</style><div>" +
		strings.Repeat("<p>The mayor presented the budget to the council on <b>Monday</b> evening.</p>\n", 60) + "</div>"
	if !looksLikeHTML([]byte(page)) {
		t.Errorf("a page opening with a long style block was read as text")
	}
}

// TestDetectOnCorpus checks that every page of the shared corpus is read as
// HTML and every dump of it as text. It skips when the corpus is absent.
func TestDetectOnCorpus(t *testing.T) {
	for _, kind := range []string{"html", "text", "innertext"} {
		paths, _ := filepath.Glob(filepath.Join(corpusDir, kind, "*"))
		if len(paths) == 0 {
			t.Skip("corpus not found at " + corpusDir)
		}
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if got := looksLikeHTML(toUTF8(b, "")); got != (kind == "html") {
				t.Errorf("%s: looksLikeHTML = %v", p, got)
			}
		}
	}
}
