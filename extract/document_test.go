package extract

import (
	"errors"
	"testing"
)

func TestParseInput(t *testing.T) {
	tests := []struct {
		in      string
		want    Input
		wantErr bool
	}{
		{"", Auto, false}, {"auto", Auto, false}, {"html", HTML, false},
		{"text", Text, false}, {"pdf", Auto, true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseInput(tt.in)
			if (err != nil) != tt.wantErr || got != tt.want {
				t.Errorf("ParseInput(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func TestExtractBytesErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		opts Options
		want error
	}{
		{"empty", "", Options{}, ErrEmpty},
		{"blank", " \n\t\n", Options{}, ErrEmpty},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", Options{}, ErrBinary},
		{"html without text", "<html><head><title>x</title></head><body><nav><a href=/>Home</a></nav></body></html>", Options{}, ErrNoContent},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ExtractBytes([]byte(tt.in), tt.opts)
			if !errors.Is(err, tt.want) {
				t.Fatalf("ExtractBytes error = %v, want %v", err, tt.want)
			}
			if doc != nil {
				t.Errorf("got a document with the error")
			}
		})
	}
}

func TestExtractBytesFillsSourceAndURL(t *testing.T) {
	page := `<html lang="en"><head><title>A small test page</title></head><body><article>
<h1>A small test page</h1><p>` + repeatSentence("The harbour was quiet before the storm came in from the west.", 12) + `</p>
<p><a href="/more">Relative link</a> inside a paragraph with enough words to stay in the article body.</p></article></body></html>`
	doc, err := ExtractBytes([]byte(page), Options{URL: "https://news.example.org/a/b.html", Source: "in/b.html"})
	if err != nil {
		t.Fatal(err)
	}
	if doc.URL != "https://news.example.org/a/b.html" || doc.Source != "in/b.html" {
		t.Errorf("URL, Source = %q, %q", doc.URL, doc.Source)
	}
	if doc.Format != HTML {
		t.Errorf("Format = %v, want html", doc.Format)
	}
	body := doc.Body()
	if want := "(https://news.example.org/more)"; !contains(body, want) {
		t.Errorf("relative link not made absolute; body:\n%s", body)
	}
}
