// Package dates parses the dates pages write, for both extraction paths:
// ISO 8601 and other machine-readable forms, days in URLs and the time zone
// a site's host or language implies (numeric.go); dates written in numbers
// or words in many languages, "3. März 2021", "May 3rd, 2021", "3 de marzo
// de 2021" (words.go); and the labels and datelines that say what a date is:
// published, updated, "Wien, 14. Mai 2021 –" (labels.go).
//
// Which date is the article's is decided by the paths themselves:
// htmlpage/date_choice.go and textdump/dateline.go.
package dates
