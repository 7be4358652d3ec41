package main

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"

	model "github.com/pare-dev/pare/article"
	"github.com/pare-dev/pare/extract"
)

// skipError says a page was left out by choice (--lang): it is reported
// as skipped, not failed.
type skipError struct{ reason string }

func (e skipError) Error() string { return "skipped: " + e.reason }

// skipped returns the reason err skips a page, and whether it does.
func skipped(err error) (string, bool) {
	var se skipError
	if errors.As(err, &se) {
		return se.reason, true
	}
	return "", false
}

// langCode is a language as --lang takes it: a primary subtag.
var langCode = regexp.MustCompile(`^[a-z]{2,3}$`)

// parseLangs reads --lang's comma-separated codes, lower-cased.
func parseLangs(list []string) ([]string, error) {
	var out []string
	for _, item := range list {
		for _, l := range strings.Split(item, ",") {
			l = strings.ToLower(strings.TrimSpace(l))
			if !langCode.MatchString(l) {
				return nil, fmt.Errorf("--lang: %q is not a language code (en, de, pt…)", l)
			}
			out = append(out, l)
		}
	}
	return out, nil
}

// filter applies the output options to a cleaned page: it drops tables
// (--no-tables), skips a page in another language (--lang) and fails one
// shorter than --min-words.
func (o *options) filter(doc *extract.Document) error {
	if len(o.langs) > 0 {
		primary, _, _ := strings.Cut(strings.ToLower(doc.Lang), "-")
		if !slices.Contains(o.langs, primary) {
			if primary == "" {
				return skipError{"language unknown (--lang " + strings.Join(o.langs, ",") + ")"}
			}
			return skipError{"language " + primary + " (--lang " + strings.Join(o.langs, ",") + ")"}
		}
	}
	if o.noTables {
		doc.Blocks = slices.DeleteFunc(doc.Blocks, func(b model.Block) bool { return b.Kind == model.Table })
	}
	if o.minWords > 0 {
		if n := doc.Words(); n < o.minWords {
			return fmt.Errorf("too short: %d words (--min-words %d)", n, o.minWords)
		}
	}
	return nil
}
