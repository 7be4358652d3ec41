package extract

import (
	"strings"
	"testing"
)

func TestToUTF8(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{"utf-8 as is", []byte("<p>Grüße</p>"), "<p>Grüße</p>"},
		{"utf-8 bom dropped", []byte("\xEF\xBB\xBFhé"), "hé"},
		{"utf-16le bom", []byte{0xFF, 0xFE, 'h', 0, 0xE9, 0}, "hé"},
		{"declared latin-1", []byte(`<meta charset="iso-8859-1"><p>Gr` + "\xfc\xdf" + `e</p>`), `<meta charset="iso-8859-1"><p>Grüße</p>`},
		{"declared windows-1250", []byte(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><p>` + "\xb9" + `</p>`), `<meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><p>ą</p>`},
		{"undeclared stray bytes", []byte("caf\xe9 cr\xe8me"), "café crème"},
		{"utf-8 wins over a wrong declaration", []byte(`<meta charset="iso-8859-1"><p>Grüße</p>`), `<meta charset="iso-8859-1"><p>Grüße</p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := string(toUTF8(tt.in, "")); got != tt.want {
				t.Errorf("toUTF8 = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestToUTF8DeclaredUTF8WithStrayBytes(t *testing.T) {
	in := []byte(`<meta charset="utf-8"><p>Grüße, caf` + "\xe9" + `</p>`)
	want := `<meta charset="utf-8"><p>Grüße, café</p>`
	if got := string(toUTF8(in, "")); got != want {
		t.Errorf("toUTF8 = %q, want %q", got, want)
	}
}

func TestToUTF8MetaAfterALongHead(t *testing.T) {
	in := []byte("<html><head><!-- " + strings.Repeat("saved page ", 200) + "-->" +
		`<meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>` + "\xd6\xd0\xce\xc4" + `</title>`)
	if got := string(toUTF8(in, "")); !strings.Contains(got, "<title>中文</title>") {
		t.Errorf("gb2312 declared after 1024 bytes not used: %q", got[len(got)-40:])
	}
}
