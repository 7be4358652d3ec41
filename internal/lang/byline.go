package lang

// BylinePrefixes open a byline, in the languages pare knows: "Von Anna
// Beispiel", "By Jane Doe", "Por Ana Ruiz". Both paths read authors with
// them.
var BylinePrefixes = []string{
	"by ", "von ", "por ", "par ", "di ", "door ",
	"autor: ", "autorin: ", "author: ", "auteur: ", "text: ",
	"written by ", "geschrieben von ", "posted by ", "text von ", "ein artikel von ",
	"ein beitrag von ", "publicado por ", "escrito por ",
}
