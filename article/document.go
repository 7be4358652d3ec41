package article

import (
	"fmt"
	"time"
)

// Input says how Extract reads its bytes.
type Input int

// The kinds of input.
const (
	Auto Input = iota // sniff the bytes
	HTML              // a web page
	Text              // a plain-text dump of a page
)

// String returns the input kind's name as the CLI spells it.
func (in Input) String() string {
	switch in {
	case HTML:
		return "html"
	case Text:
		return "text"
	}
	return "auto"
}

// Document is an extracted article. Its JSON form (encoding/json) holds
// every field: the date as ISO 8601 (Date.MarshalJSON), the kinds by name.
// For the stable record pare writes, see Record.
type Document struct {
	Title       string   `json:"title"`
	Date        Date     `json:"date"`
	Author      string   `json:"author"`
	Site        string   `json:"site"`
	URL         string   `json:"url"`
	Lang        string   `json:"lang"`
	Source      string   `json:"source"`
	Description string   `json:"description"` // meta description or og:description
	Image       string   `json:"image"`       // og:image, absolute http(s)
	Tags        []string `json:"tags"`        // article:tag, keywords
	Format      Input    `json:"format"`      // HTML or Text: what the input turned out to be

	Blocks  []Block   `json:"blocks"`            // the body, title not included
	Removed []Removal `json:"removed,omitempty"` // what the rules removed, for an explain mode

	// Candidates says, one line each, which candidates for the article
	// were weighed and which was chosen and why, for an explain mode.
	Candidates []string `json:"candidates,omitempty"`
}

// Note adds a line to d.Candidates.
func (d *Document) Note(format string, args ...any) {
	d.Candidates = append(d.Candidates, fmt.Sprintf(format, args...))
}

// MarshalText writes the input kind's name.
func (in Input) MarshalText() ([]byte, error) { return []byte(in.String()), nil }

// Precision says how much of a Date is known.
type Precision int

// The precisions of a Date.
const (
	NoDate  Precision = iota // no date is known
	Day                      // only the day is known
	Local                    // the time of day is known, not its offset
	Instant                  // time and offset are known
)

// Date is a publication date with the precision it is known to.
type Date struct {
	Time      time.Time
	Precision Precision
}

// MarshalJSON writes the date as its ISO 8601 string, "" when unknown.
func (d Date) MarshalJSON() ([]byte, error) { return []byte(`"` + d.String() + `"`), nil }

// IsZero reports whether no date is known.
func (d Date) IsZero() bool { return d.Precision == NoDate }

// String formats the date as ISO 8601: 2006-01-02, 2006-01-02T15:04:05 or
// 2006-01-02T15:04:05-07:00, by precision; "" when no date is known.
func (d Date) String() string {
	switch d.Precision {
	case Day:
		return d.Time.Format("2006-01-02")
	case Local:
		return d.Time.Format("2006-01-02T15:04:05")
	case Instant:
		return d.Time.Format(time.RFC3339)
	}
	return ""
}
