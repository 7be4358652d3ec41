package extract

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// tokenizerTags lists the tags html.Tokenizer finds in b, as checkMarkup
// read them before the tagScanner: kind and lower-cased name.
func tokenizerTags(b []byte) []string {
	var tags []string
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return tags
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			name, _ := z.TagName()
			tags = append(tags, fmt.Sprintf("%v %s", tt, name))
		}
	}
}

// scannerTags lists the tags a tagScanner finds in b.
func scannerTags(b []byte) []string {
	var tags []string
	s := tagScanner{b: b}
	for {
		tt, name := s.next()
		if tt == html.ErrorToken {
			return tags
		}
		// The tokenizer's TagName writes a NUL as U+FFFD; either way
		// the name is no element's (lookupLower).
		lower := make([]byte, len(name))
		for i, c := range name {
			lower[i] = asciiLower(c)
		}
		name = bytes.ReplaceAll(lower, []byte{0}, []byte("\uFFFD"))
		tags = append(tags, fmt.Sprintf("%v %s", tt, name))
	}
}

// checkSameTags fails when the scanner's tags are not the tokenizer's.
func checkSameTags(t *testing.T, b []byte) {
	t.Helper()
	want := tokenizerTags(b)
	got := scannerTags(b)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("scanner:\n%q\ntokenizer:\n%q", got, want)
	}
}

func TestTagScannerMatchesTokenizer(t *testing.T) {
	tests := map[string]string{
		"plain page":            `<!DOCTYPE html><html lang="en"><head><title>A &amp; B</title></head><body><p class=x>One<br/>two</p></body></html>`,
		"upper case":            `<DIV ID="a"><P>x</P></DIV><Br/>`,
		"self-closing":          `<img src="a.png"/><img src=a.png/><br/><p a=/><p a="/"/><input disabled/>`,
		"repeated attribute":    `<p a=1 A=2/><p a=x a/><p b="" a=/ a/>`,
		"attribute edge cases":  `<p =x><p a = "b" c='d>e' f=g>h</p><a href=x>y</a>`,
		"quotes left open":      `<p title="never closed>text</p>`,
		"comments":              `<!-- a <p> in a comment --><!--><p>1</p><!---><p>2</p><!-- x --!><p>3</p><!-- y --!x --><p>4</p>`,
		"bogus comments":        `<? xml ?><p>a</p><!x><p>b</p></ 3><p>c</p></><p>d</p><! >`,
		"doctype odd case":      `<!dOcTyPe html SYSTEM "x>y"><p>a</p>`,
		"cdata as comment":      `<![CDATA[<p>x</p>]]><p>y</p>`,
		"raw text elements":     `<title><p>no</p></title><style>p > a {}</style><textarea><b></textarea><xmp><i></xmp><iframe><u></iframe><noscript><s></noscript><noembed><a></noembed><noframes><q></noframes>`,
		"raw end tag variants":  `<title>a</titlex></TITLE ><p>b</p><style>c</style/><i>d</i><title>e</title`,
		"self-closing raw":      `<title/><p>still title</p></title><p>after</p>`,
		"script plain":          `<script>if (a < b && c > d) { x = "</div>"; }</script><p>after</p><script type="text/x">`,
		"script upper end tag":  `<script>x</SCRIPT><p>a</p><SCRIPT>y</script\t><p>b</p>`,
		"script escaped":        `<script><!-- document.write("<script>x</script>"); --></script><p>after</p>`,
		"script escape later":   `<script>a</script><p>x</p><script>b <!-- c</script><p>y</p>`,
		"script escape states":  `<script><!--a--><!-- <b --> </script><p>1</p><script><!-- <SCRIPT/>x</script>y--></script><p>2</p><script><!--<scripx></script><p>3</p>`,
		"script double escaped": `<script><!-- <script> -- - -> </script> --> </script><p>4</p><script><!--<script>--!></script>--></script><i>5</i>`,
		"plaintext":             `<p>a</p><plaintext><p>b</p></plaintext>`,
		"tags cut by the end":   `<p>a</p><div class="x`,
		"end tag cut":           `<p>a</p></di`,
		"less-than in text":     `a < b <<p>c</p> 3<4 <_x> <1>`,
		"lone less-than at end": `<p>a</p><`,
		"markup decl at end":    `<p>a</p><!-`,
		"comment cut":           `<p>a</p><!-- b <p>`,
		"end tag attributes":    `<p>a</p foo="b>c"><i>d</i>`,
		"nul and controls":      "<p\x00q>a</p\x00q><b\fc>d</b\fc>",
		"long and unknown tags": `<custom-element-with-a-very-long-name-indeed>x</custom-element-with-a-very-long-name-indeed><foo>y</foo>`,
		"not UTF-8":             "<p t=\"\xff\">caf\xe9</p><\xe9>",
		"empty":                 ``,
	}
	for name, page := range tests {
		t.Run(name, func(t *testing.T) {
			checkSameTags(t, []byte(page))
		})
	}
}

// TestTagScannerOnPages runs the comparison on the fixtures and, when they
// are there, on every page of the shared corpora.
func TestTagScannerOnPages(t *testing.T) {
	var paths []string
	for _, glob := range []string{"../testdata/html/*.html", corpusDir + "/html/*.html", bodyDir + "/html/*.html"} {
		p, _ := filepath.Glob(glob)
		paths = append(paths, p...)
	}
	if testing.Short() && len(paths) > 50 {
		paths = paths[:50]
	}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		t.Run(filepath.Base(filepath.Dir(filepath.Dir(p)))+"/"+filepath.Base(p), func(t *testing.T) {
			checkSameTags(t, b)
		})
	}
}

// TestCheckMarkupEscapedScript checks the count on a page whose script
// hides tags in "<!--", which are no elements.
func TestCheckMarkupEscapedScript(t *testing.T) {
	page := []byte(`<script><!-- document.write("<script><div></script>") --></script><div><div><div>x</div></div></div>`)
	tests := []struct {
		name string
		lim  Limits
		ok   bool
	}{
		{"within", Limits{MaxElements: 4, MaxDepth: 3}, true},
		{"too many", Limits{MaxElements: 3, MaxDepth: 3}, false},
		{"too deep", Limits{MaxElements: 4, MaxDepth: 2}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := checkMarkup(t.Context(), page, tt.lim)
			if (err == nil) != tt.ok {
				t.Errorf("checkMarkup = %v, want ok %v", err, tt.ok)
			}
		})
	}
}

func FuzzTagScanner(f *testing.F) {
	for _, s := range []string{
		`<p a=/>`, `<!-- x --!>`, `<script><!--</script>`, `<title/>x</title >`,
		`<p a=1 A=2/>`, `</ x>`, `<?x>`, `<!DOCTYPE>`, `<plaintext><p>`, `<a b='c`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		checkSameTags(t, b)
	})
}

// TestTagScannerRandomPages compares the scanner with the tokenizer on
// pages made at random (the same every run) of the pieces whose order
// matters to both: tag openings, quotes, comment marks, raw elements.
func TestTagScannerRandomPages(t *testing.T) {
	pieces := []string{
		"<", ">", "/", "</", "/>", "<!", "<!--", "-->", "--!>", "-", "!", "?", "=", " ", "\t", "\n", "\f",
		"'", `"`, "a", "B", "p", "br", "div", "x", "script", "SCRIPT", "title", "style", "textarea",
		"plaintext", "xmp", "noscript", "iframe", "DOCTYPE", "[CDATA[", "]]>", "\x00", "\xe9", "1", "--",
		"<p ", "<a href=", "</p>", "<script>", "</script>", "<title>", "</title >", "<!-- ", " a=b", " A=c",
	}
	state := uint64(15)
	rand := func(n int) int {
		state = state*6364136223846793005 + 1442695040888963407
		return int((state >> 33) % uint64(n))
	}
	n := 20000
	if testing.Short() {
		n = 2000
	}
	for i := 0; i < n; i++ {
		var sb strings.Builder
		for k := rand(40); k >= 0; k-- {
			sb.WriteString(pieces[rand(len(pieces))])
		}
		page := []byte(sb.String())
		want := tokenizerTags(page)
		got := scannerTags(page)
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("page %q:\nscanner:\n%q\ntokenizer:\n%q", page, got, want)
		}
	}
}
