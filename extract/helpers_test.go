package extract

import "strings"

func repeatSentence(s string, n int) string {
	return strings.TrimSpace(strings.Repeat(s+" ", n))
}

func contains(s, sub string) bool { return strings.Contains(s, sub) }
