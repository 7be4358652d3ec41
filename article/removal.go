package article

// Removal records that a rule removed a piece of a page.
type Removal struct {
	Rule string // the rule's name
	Text string // what it removed, as plain text
}
