package extract

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
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

// TestDetectEncodings checks pages that a byte-order mark, a header or
// their bytes alone must tell the encoding of.
func TestDetectEncodings(t *testing.T) {
	ja := "東京の港で新しい渡し船の運航が月曜日に始まり、朝七時に最初の船が四十人の乗客を乗せて出発した。市長は、島の住民にとって待ちに待った日だと述べた。天気が良ければ、夏の間は一時間ごとに船が出る予定である。"
	zh := "新的渡轮服务于星期一在港口开始运营，早上七点第一班船载着四十名乘客出发。市长表示，这是岛上居民期待已久的一天。如果天气良好，夏季期间每小时都会有一班船。"
	ru := "Новый паром начал работу в порту в понедельник, и первое судно отошло в семь утра с сорока пассажирами на борту. Мэр сказал, что жители острова долго ждали этого дня. Летом суда будут ходить каждый час, если позволит погода."
	page := func(title, text, meta string) string {
		return "<!DOCTYPE html><html><head>" + meta + "<title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" +
			text + "</p><p>" + text + "</p></article></body></html>"
	}
	encode := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatalf("encode: %v", err)
		}
		return b
	}
	utf16 := func(order unicode.Endianness, s string) []byte {
		return encode(unicode.UTF16(order, unicode.IgnoreBOM), s)
	}
	en := "The new ferry service started at the harbour on Monday, and the first boat left at seven in the morning with forty passengers on board."
	nulPage := []byte(page("Ferry service", en, `<meta charset="utf-8">`))
	nulPage = append(nulPage[:200:200], append([]byte("\x00\x00\x00"), nulPage[200:]...)...)
	tests := []struct {
		name        string
		in          []byte
		contentType string
		want        string // text the article must hold
	}{
		{"three stray NUL bytes", nulPage, "", "forty passengers"},
		{"utf-16le without a mark", utf16(unicode.LittleEndian, page("Ferry service", en, "")), "", "forty passengers"},
		{"utf-16be without a mark", utf16(unicode.BigEndian, page("Ferry service", en, "")), "", "forty passengers"},
		{"utf-16le without a mark, meta charset", utf16(unicode.LittleEndian, page("Ferry service", en, `<meta charset="utf-16">`)), "", "forty passengers"},
		{"shift_jis undeclared", encode(japanese.ShiftJIS, page("渡し船の運航", ja, "")), "", "最初の船が四十人の乗客"},
		{"gbk undeclared", encode(simplifiedchinese.GBK, page("渡轮服务", zh, "")), "", "第一班船载着四十名乘客"},
		{"gb18030 undeclared", encode(simplifiedchinese.GB18030, page("渡轮服务", zh, "")), "", "第一班船载着四十名乘客"},
		{"windows-1251 undeclared", encode(charmap.Windows1251, page("Новый паром", ru, "")), "", "сорока пассажирами"},
		{"utf-8 bom over a latin-1 header", append([]byte("\xEF\xBB\xBF"), page("Überfahrt", "Die Fähre legte um sieben Uhr ab, mit vierzig Fahrgästen an Bord, bei ruhigem Wetter über den See.", "")...), "text/html; charset=iso-8859-1", "vierzig Fahrgästen"},
		{"header over meta", encode(charmap.Windows1251, page("Новый паром", ru, `<meta charset="iso-8859-1">`)), "text/html; charset=windows-1251", "сорока пассажирами"},
		{"header in quotes", encode(charmap.ISO8859_1, page("Überfahrt", "Die Fähre legte um sieben Uhr ab, mit vierzig Fahrgästen an Bord, bei ruhigem Wetter über den See.", "")), `text/html; charset="ISO-8859-1"`, "vierzig Fahrgästen"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := ExtractBytes(tt.in, Options{ContentType: tt.contentType})
			if err != nil {
				t.Fatalf("ExtractBytes: %v", err)
			}
			if body := doc.Body(); !strings.Contains(body, tt.want) {
				t.Errorf("body lacks %q:\n%s", tt.want, body)
			}
		})
	}
}
