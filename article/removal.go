package article

// Removal records that a rule removed a piece of a page.
type Removal struct {
	Rule string `json:"rule"` // the rule's name
	Text string `json:"text"` // what it removed, as plain text
}
