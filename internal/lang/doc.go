// Package lang holds the knowledge of words that both extraction paths and
// the boilerplate rules share: folding text for loose comparison (Fold,
// Collapse), word sets and word splitting, the stop words of each language
// pare knows and the language they tell (GuessLang), the scripts without a
// stop-word list (Ideographs, UnlistedScript), and the words that open a
// byline.
package lang
