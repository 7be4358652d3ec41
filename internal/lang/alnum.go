package lang

import "iter"

// AlnumWords yields the runs of ASCII lower-case letters and digits in s,
// the words strings.FieldsFunc(s, notAlnum) returns for notAlnum true
// outside a-z and 0-9, without making their slice: the words of a class
// name or an id, once the caller has lower-cased it.
func AlnumWords(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := -1
		for i := 0; i <= len(s); i++ {
			if i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= '0' && s[i] <= '9') {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(s[start:i]) {
					return
				}
				start = -1
			}
		}
	}
}
