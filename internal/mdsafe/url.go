package mdsafe

import (
	stdhtml "html"
	nurl "net/url"
	"strings"
	"unicode"
)

// WebURL returns s when it is an absolute http or https URL with a host,
// else "": only such a URL is the page's address, the base of its links.
func WebURL(s string) string {
	s = strings.TrimSpace(s)
	u, err := nurl.Parse(s)
	if err != nil || !IsWebURL(u) {
		return ""
	}
	return s
}

func IsWebURL(u *nurl.URL) bool {
	if u == nil || u.Host == "" {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return scheme == "http" || scheme == "https"
}

// SafeTarget reports whether a link or image target, as Markdown holds it,
// is http, https, mailto or relative. The scheme is read as a browser
// would: escapes and entities decoded, case folded, and control
// characters and white space inside it ignored.
func SafeTarget(dest string) bool {
	var sb strings.Builder
	for i := 0; i < len(dest); i++ {
		if dest[i] == '\\' && i+1 < len(dest) && IsASCIIPunct(dest[i+1]) {
			continue
		}
		sb.WriteByte(dest[i])
	}
	s := stdhtml.UnescapeString(sb.String())
	if u, err := nurl.PathUnescape(s); err == nil {
		s = u // a scheme hidden by %-escapes
	}
	sb.Reset()
	for _, r := range s {
		if r <= ' ' || r == 0x7F || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || unicode.IsControl(r) {
			continue
		}
		sb.WriteRune(unicode.ToLower(r))
	}
	s = sb.String()
	colon := strings.IndexByte(s, ':')
	if colon < 0 || strings.ContainsAny(s[:colon], "/?#") {
		return true // relative
	}
	switch s[:colon] {
	case "http", "https", "mailto":
		return true
	}
	return false
}
