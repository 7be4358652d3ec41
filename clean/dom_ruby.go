package clean

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// RubyReading drops the readings that ruby annotation puts over a word
// (furigana over Japanese kanji, pinyin over Chinese): they repeat the word
// in another script, and left inline they double the text ("子こども").
var RubyReading = DOMRule{
	Name: "ruby-reading",
	Drop: func(n *html.Node) bool {
		return n.DataAtom == atom.Rt || n.DataAtom == atom.Rp
	},
}
