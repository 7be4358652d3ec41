package domtext

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestDump(t *testing.T) {
	tests := []struct {
		name, page, want string
	}{
		{"empty page", "", ""},
		{"text only", "plain words", "plain words\n"},
		{"hidden menu kept", `<nav hidden><ul><li>Home</li><li style="display:none">News</li></ul></nav><p>Body text.</p>`,
			"Home\nNews\n\nBody text.\n"},
		{"svg titles glued", `<div><svg><title>icon a</title></svg><svg><title>icon b</title></svg></div>`,
			"icon aicon b\n"},
		{"svg text is inline", `<p>Before<svg><text>chart label</text></svg>after</p>`,
			"Beforechart labelafter\n"},
		{"screen-reader label", `<p><a href="/x">Read more<span class="sr-only"> about the storm</span></a></p>`,
			"Read more about the storm\n"},
		{"aria-hidden kept", `<p>Price <span aria-hidden="true">★★★</span> rated</p>`, "Price ★★★ rated\n"},
		{"script and style dropped", `<p>one</p><script>var x = "two";</script><style>p{}</style><p>three</p>`,
			"one\n\nthree\n"},
		{"head dropped", `<html><head><title>Page title</title><meta name="x" content="y"></head><body><div>body</div></body></html>`,
			"body\n"},
		{"template dropped", `<div>a</div><template><div>b</div></template><div>c</div>`, "a\nc\n"},
		{"noscript parsed as markup", `<div>a</div><noscript><img src="x.png"><p>Enable scripts</p></noscript>`,
			"a\n\nEnable scripts\n"},
		{"iframe fallback dropped", `<div>a<iframe>fallback <b>text</b></iframe></div>`, "a\n"},
		{"nested blocks", `<div><div><section><div>deep</div></section></div><div>next</div></div>`, "deep\nnext\n"},
		{"inline elements add nothing", `<p>in<b>line</b> <i>words</i></p>`, "inline words\n"},
		{"white space collapsed", "<p>  a \t\n b  </p>\n\n<p>\n c\n</p>", "a b\n\nc\n"},
		{"space across nodes", `<p>a <b> b</b></p>`, "a b\n"},
		{"br breaks", `<p>a<br>b<br><br>c<br><br><br>d</p>`, "a\nb\n\nc\n\nd\n"},
		{"br at block end", `<div>a<br></div><div>b</div>`, "a\nb\n"},
		{"headings blank lines", `<div>kicker</div><h2>Heading</h2><div>text</div>`, "kicker\n\nHeading\n\ntext\n"},
		{"table cells", `<table><tr><th>k</th><th>v</th></tr><tr><td>a</td><td>1</td></tr></table>`, "k\tv\na\t1\n"},
		{"list items", `<ul><li>one</li><li>two <a>link</a></li></ul>`, "one\ntwo link\n"},
		{"table in pre", "<pre>x\n<table>\n  <tr>\n    <td>a</td>\n    <td>b  c</td>\n  </tr>\n</table></pre>", "x\na\tb  c\n"},
		{"pre kept", "<pre>a  b\n  c\r\nd</pre>", "a  b\n  c\nd\n"},
		{"nbsp kept inside", "<p>10\u00a0km</p>", "10\u00a0km\n"},
		{"nbsp-only line blank", "<div>a</div><div>\u00a0</div><div>b</div>", "a\n\nb\n"},
		{"zero-width-only line blank", "<div>a</div><div>\ufeff\u200b</div><div>b</div>", "a\n\nb\n"},
		{"entities decoded", `<p>fish &amp; chips &lt;3</p>`, "fish & chips <3\n"},
		{"select options", `<select><option>One</option><option>Two</option></select>`, "One\nTwo\n"},
		{"textarea kept", "<div>x</div><textarea>l1\nl2</textarea>", "x\nl1\nl2\n"},
		{"comments dropped", `<p>a<!-- b -->c</p>`, "ac\n"},
		{"latin-1 page", "<meta charset=\"iso-8859-1\"><p>caf\xe9</p>", "café\n"},
		{"utf-8 bom", "\xef\xbb\xbf<p>\u00e9t\u00e9</p>", "été\n"},
		{"stray bytes in utf-8 page", "<meta charset=\"utf-8\"><p>na\xefve \u00e9</p>", "naïve é\n"},
		{"frameset", `<frameset><frame src="a.html"></frameset><noframes>old</noframes>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Dump([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Dump(%q)\n got %q\nwant %q", tt.page, got, tt.want)
			}
		})
	}
}

func TestDumpFixture(t *testing.T) {
	page, err := os.ReadFile("testdata/hidden-menu.html")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/hidden-menu.txt")
	if err != nil {
		t.Fatal(err)
	}
	got, err := Dump(page)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("dump differs from testdata/hidden-menu.txt:\n%s", got)
	}
	for _, gone := range []string{"tracking", "dataLayer", "Template paragraph", "position:absolute", "| The Shoreline"} {
		if bytes.Contains(got, []byte(gone)) {
			t.Errorf("dump holds %q", gone)
		}
	}
}

func TestDumpTooLarge(t *testing.T) {
	_, err := Dump(make([]byte, MaxBytes+1))
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
}

func TestDumpDeep(t *testing.T) {
	nest := func(n int) []byte {
		return []byte("<div>top</div>" + strings.Repeat("<span>", n) + "deep" + strings.Repeat("</span>", n))
	}
	t.Run("deep", func(t *testing.T) {
		got, err := Dump(nest(400))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != "top\ndeep\n" {
			t.Errorf("got %q", got)
		}
	})
	t.Run("too deep for the parser", func(t *testing.T) {
		if _, err := Dump(nest(100_000)); !errors.Is(err, ErrParse) {
			t.Fatalf("err = %v, want ErrParse", err)
		}
	})
}

func FuzzDump(f *testing.F) {
	f.Add([]byte(`<p>a<br>b</p><svg><title>t</title></svg>`))
	f.Add([]byte("<pre>x\r\ny</pre><table><td>1<td>2</table>"))
	f.Add([]byte("<meta charset=shift_jis>\x82\xa0<noscript><p>n</p></noscript>"))
	if page, err := os.ReadFile("testdata/hidden-menu.html"); err == nil {
		f.Add(page)
	}
	f.Fuzz(func(t *testing.T, page []byte) {
		got, err := Dump(page)
		if err != nil {
			t.Fatal(err)
		}
		vis, err := Visible(page)
		if err != nil {
			t.Fatal(err)
		}
		if len(vis) > len(got) {
			t.Fatalf("visible text longer than the DOM text: %q, %q", vis, got)
		}
		if !utf8.Valid(got) {
			t.Fatalf("invalid UTF-8: %q", got)
		}
		if len(got) > 0 && (got[len(got)-1] != '\n' || got[0] == '\n') {
			t.Fatalf("dump not trimmed: %q", got)
		}
		if bytes.Contains(got, []byte("\n\n\n")) {
			t.Fatalf("two blank lines in a row: %q", got)
		}
	})
}

func BenchmarkDump(b *testing.B) {
	page, err := os.ReadFile("testdata/hidden-menu.html")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := Dump(page); err != nil {
			b.Fatal(err)
		}
	}
}
